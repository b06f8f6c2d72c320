import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import { forceLayout } from './force-layout';
import { diameter, fitToNodes, linkEnds } from './geometry';
import { groupLayout } from './group-layout';
import { layoutOptions, layoutWithLinks } from './layouts';
import { drawSelectionRings, keepLayersOnRestyle, LARGE_STYLE_OVERRIDES } from './large-canvas';
import { LinkLayer, pngWithLinks, type DrawnLink } from './link-layer';
import { asDefaults, LABEL_LOOK, NODE_FROM_DATA } from './node-look';
import { ENTITY_META, ENTITY_TYPES, THREAT_COLORS } from '../../lib/entities';
import { formatNumber } from '../../lib/format';
import type { Graph, GraphNode, Verdict } from './model';
import type { LayoutName } from './state';
import { answeredAt } from './useExplorerData';

export interface GraphCanvasHandle {
  png(): Blob | null;
  fit(): void;
  /** Centres the view on these nodes. */
  focus(ids: string[]): void;
  /** Where every node is drawn now (what a saved investigation keeps). */
  positions(): { node: string; x: number; y: number }[];
}

interface Props {
  graph: Graph;
  selected: string[];
  /** Nodes matching the find box: highlighted. */
  found: string[];
  layout: LayoutName;
  /** Where nodes were when the investigation was saved: drawn there instead of laid out. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
  /** Nodes with analysts' notes: marked. */
  noted?: ReadonlySet<string>;
  onSelect: (ids: string[]) => void;
  onOpenGroup: (node: GraphNode) => void;
  /** A node the analyst dragged to a new place (its position is a change to save). */
  onMoved?: (id: string) => void;
}

/** One expansion's answer to its painted layout, for the analyst (status line) and the tests. */
export interface PaintTiming {
  nodes: number;
  edges: number;
  ms: number;
  /** Of which the layout itself, and what came before it (cache, React, adding the elements). */
  layoutMs: number;
  sinceAnswerToLayout: number;
}

const size = (hits: number) => 22 + Math.min(30, Math.log10(1 + hits) * 7);
/** From this many nodes the graph is drawn for speed: WebGL, or a snapshot while panning and zooming. */
export const LARGE_RENDER = 800;
/** From this many nodes the force layout is d3-force's (Barnes-Hut), not fCoSE's, whose cost outgrows the graph. */
export const LARGE_LAYOUT = 800;
/** Past this share of the graph, what an expansion added is laid out with the rest (the old layout no longer holds them). */
const EXPANSION_SHARE = 0.25;

let webgl2: boolean | undefined;
/**
 * Whether this browser draws WebGL 2 on a GPU (Cytoscape's WebGL renderer needs WebGL 2). A software
 * implementation (SwiftShader, llvmpipe: a browser without a GPU) is slower than the canvas renderer:
 * measured at 1,022 nodes, 6.8 against 42 frames per second, 248 against 74 ms per click.
 */
function hasWebgl2() {
  try {
    if (webgl2 === undefined) {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      const name = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
      webgl2 = Boolean(gl) && !/swiftshader|llvmpipe|software|softpipe/i.test(name);
    }
  } catch {
    webgl2 = false;
  }
  return webgl2;
}

/**
 * New nodes start on a ring around the node they came from, spaced evenly and wide enough not to
 * overlap: the layout then only refines positions that already read well, in few iterations.
 */
function aroundParent(k: number, of: number, parent: { x: number; y: number }) {
  const radius = Math.max(90, (of * 34) / (2 * Math.PI));
  const angle = (2 * Math.PI * k) / of;
  return { x: parent.x + Math.cos(angle) * radius, y: parent.y + Math.sin(angle) * radius };
}

const VERDICT_BADGE: Record<Verdict, { color: string; letter: string }> = {
  MALICIOUS: { color: '#b91c1c', letter: 'M' },
  SUSPICIOUS: { color: '#c2410c', letter: 'S' },
  LEGITIMATE: { color: '#15803d', letter: 'L' },
};
const badge = (v: Verdict) =>
  `data:image/svg+xml;utf8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><circle cx="10" cy="10" r="9" fill="${VERDICT_BADGE[v].color}" stroke="white" stroke-width="2"/><text x="10" y="14" font-family="sans-serif" font-size="11" font-weight="bold" text-anchor="middle" fill="white">${VERDICT_BADGE[v].letter}</text></svg>`,
  )}`;

function nodeData(n: GraphNode, noted: boolean) {
  return {
    id: n.id,
    label: `${noted ? '✎ ' : ''}${n.group ? `${n.label} ⊕` : n.label}`,
    noted,
    color: ENTITY_META[n.type].color,
    shape: n.group ? 'round-rectangle' : ENTITY_META[n.type].shape,
    border: n.worstLevel ? THREAT_COLORS[n.worstLevel] : '#ffffff',
    borderWidth: n.worstLevel === 'CRITICAL' || n.worstLevel === 'HIGH' ? 5 : n.worstLevel ? 3 : 1,
    size: n.group ? 40 : size(n.hits),
    opacity: n.dimmed ? 0.2 : n.inactive ? 0.45 : 1,
    hop: n.hop,
    typeIndex: ENTITY_TYPES.indexOf(n.type),
    ...(n.verdict ? { badge: badge(n.verdict) } : {}),
  };
}

const STYLE: cytoscape.StylesheetJson = [
  { selector: 'node', style: { ...NODE_FROM_DATA, ...LABEL_LOOK } },
  {
    selector: 'node[badge]',
    style: {
      'background-image': 'data(badge)',
      'background-width': '55%',
      'background-height': '55%',
      'background-position-x': '115%',
      'background-position-y': '-15%',
      'background-clip': 'none',
      'background-image-containment': 'over',
      'bounds-expansion': 8,
    } as never,
  },
  // a label that would cover another one (or a node) is left out: the busier node keeps its label
  { selector: 'node.quiet', style: { label: '' } },
  { selector: 'node:selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  { selector: 'node.found', style: { 'underlay-color': '#facc15', 'underlay-opacity': 0.8, 'underlay-padding': 8 } as never },
  { selector: 'node:locked', style: { 'border-style': 'double', 'border-width': 6 } },
  { selector: 'node[?noted]', style: { 'outline-color': '#7c3aed', 'outline-width': 3, 'outline-offset': 3, 'outline-opacity': 0.9 } as never },
  {
    selector: 'edge',
    style: { width: 'data(width)', 'line-color': '#94a3b8', 'curve-style': 'straight', opacity: 'data(opacity)' as never, label: '', 'font-size': 9 },
  },
  { selector: 'edge.path', style: { 'line-color': '#f59e0b', opacity: 1, 'z-index': 5 } },
  {
    selector: 'edge:selected, edge.hover',
    style: { label: 'data(label)', 'line-color': '#2563eb', opacity: 1, 'text-background-color': '#ffffff', 'text-background-opacity': 0.9 },
  },
];

/**
 * Moves overlapping nodes apart (a force layout keeps nodes near, not disjoint): each pass pushes every
 * overlapping pair apart along the line between them by the overlap plus a margin, pinned nodes staying
 * put, until no pair overlaps. Neighbours are found through a grid, so a pass is linear in the nodes.
 */
function separate(c: Core, margin = 10, passes = 200) {
  // every node on the canvas is shown (a hidden node leaves the graph), and asking would compute its style
  const nodes = c.nodes().toArray();
  const pos = nodes.map((n) => ({ ...n.position() }));
  const r = nodes.map((n) => diameter(n) / 2 + margin / 2);
  const fixed = nodes.map((n) => n.locked());
  const cell = 2 * Math.max(1, ...r);
  // a cell's key is a number (a string per node and neighbour cell cost 1.9 s of 4,600 nodes' passes)
  const key = (gx: number, gy: number) => gx * 4_194_304 + gy;
  let movedLast = new Uint8Array(pos.length).fill(1);
  for (let pass = 0; pass < passes; pass++) {
    const grid = new Map<number, number[]>();
    for (let i = 0; i < pos.length; i++) {
      const k = key(Math.floor(pos[i]!.x / cell), Math.floor(pos[i]!.y / cell));
      const list = grid.get(k);
      if (list) list.push(i);
      else grid.set(k, [i]);
    }
    let moved = false;
    const movedNow = new Uint8Array(pos.length);
    for (let i = 0; i < pos.length; i++) {
      // a pair neither of whose nodes moved in the last pass was apart then and is apart still
      if (!movedLast[i]) continue;
      const p = pos[i]!;
      const gx = Math.floor(p.x / cell);
      const gy = Math.floor(p.y / cell);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++) {
          const list = grid.get(key(gx + dx, gy + dy));
          if (!list) continue;
          for (const j of list) {
            if (j === i || (movedLast[j] && j < i) || (fixed[i] && fixed[j])) continue;
            const q = pos[j]!;
            let vx = q.x - p.x;
            let vy = q.y - p.y;
            let d = Math.hypot(vx, vy);
            const need = r[i]! + r[j]! - d;
            // a push leaves the pair exactly touching, give or take rounding: such a residue is no overlap
            // (counted as one, it kept the passes going: up to 0.4 s at 1,000 nodes)
            if (need <= 0.5) continue;
            // two nodes on one point: apart along a direction of their own
            if (d < 1e-6) [vx, vy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
            const si = fixed[i] ? 0 : fixed[j] ? 1 : 0.5;
            const push = need / d;
            p.x -= vx * push * si;
            p.y -= vy * push * si;
            q.x += vx * push * (1 - si);
            q.y += vy * push * (1 - si);
            moved = true;
            movedNow[i] = 1;
            movedNow[j] = 1;
          }
        }
    }
    if (!moved) break;
    movedLast = movedNow;
  }
  c.batch(() => nodes.forEach((n, i) => !fixed[i] && n.position(pos[i]!)));
}

const FONT = 10;
const LABEL_MAX_WIDTH = 180;
// Cytoscape widens every label box by its background padding and a 2-pixel margin of error
const LABEL_SLACK = 1 + 2;

let measure: CanvasRenderingContext2D | null | undefined;
/** A label's width as Cytoscape measures it (the canvas's text metrics in the node's font). */
function labelWidth(font: string, text: string) {
  if (measure === undefined) measure = document.createElement('canvas').getContext('2d') ?? null;
  if (!measure) return text.length * FONT * 0.65;
  measure.font = font;
  return Math.ceil(measure.measureText(text).width);
}

/**
 * Labels that overlap no other label and no other node, the selected and busiest nodes' first.
 * Labels scale with the zoom as nodes do, so what overlaps at one zoom overlaps at every zoom: one
 * pass per change of the graph (a spatial grid: linear in the nodes).
 */
function declutterLabels(c: Core, selected: ReadonlySet<string>) {
  const CELL = 120;
  const grid = new Map<string, { x1: number; y1: number; x2: number; y2: number }[]>();
  const cells = (b: { x1: number; y1: number; x2: number; y2: number }) => {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / CELL); i <= Math.floor(b.x2 / CELL); i++)
      for (let j = Math.floor(b.y1 / CELL); j <= Math.floor(b.y2 / CELL); j++) keys.push(`${i}:${j}`);
    return keys;
  };
  const hits = (b: { x1: number; y1: number; x2: number; y2: number }) =>
    cells(b).some((k) => grid.get(k)?.some((o) => o.x1 < b.x2 && b.x1 < o.x2 && o.y1 < b.y2 && b.y1 < o.y2));
  const put = (b: { x1: number; y1: number; x2: number; y2: number }) => {
    for (const k of cells(b)) {
      const list = grid.get(k);
      if (list) list.push(b);
      else grid.set(k, [b]);
    }
  };
  const nodes = c.nodes().toArray();
  if (!nodes.length) return;
  // every label is in the nodes' one font (read from one node: reading each would compute every node's style)
  const font = `${nodes[0]!.style('font-style')} ${nodes[0]!.style('font-weight')} ${FONT}px ${nodes[0]!.style('font-family')}`;
  // every node is an obstacle for the labels of the others
  for (const n of nodes) {
    const p = n.position();
    const r = diameter(n) / 2;
    put({ x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r });
  }
  const order = nodes.sort((a, b) => Number(selected.has(b.id())) - Number(selected.has(a.id())) || diameter(b) - diameter(a));
  const quiet: NodeSingular[] = [];
  const loud: NodeSingular[] = [];
  for (const n of order) {
    const text = String(n.data('label') ?? '');
    const p = n.position();
    const half = text ? Math.min(LABEL_MAX_WIDTH, labelWidth(font, text)) / 2 + LABEL_SLACK : 0;
    const top = p.y + diameter(n) / 2 + 4;
    const box = { x1: p.x - half, y1: top - LABEL_SLACK, x2: p.x + half, y2: top + FONT + LABEL_SLACK };
    if (!text || hits(box)) quiet.push(n);
    else {
      put(box);
      loud.push(n);
    }
  }
  c.batch(() => {
    for (const n of quiet) n.addClass('quiet');
    for (const n of loud) n.removeClass('quiet');
  });
}

/**
 * The node whose disc holds a point of the model (the one whose centre is nearest where discs
 * overlap); null over the background. Exact at any zoom, where the renderer's own picking widens
 * every node by a few screen pixels (a dozen model units on a zoomed-out graph).
 */
function nodeCovering(c: Core, x: number, y: number): string | null {
  let best: string | null = null;
  let bestShare = Infinity;
  c.nodes(':visible').forEach((n) => {
    const p = n.position();
    const r = n.width() / 2;
    const share = Math.hypot(p.x - x, p.y - y) / r;
    if (share <= 1 && share < bestShare) [best, bestShare] = [n.id(), share];
  });
  return best;
}

/** Sets the fields of an element's data that changed: setting any restyles it, and a large graph has thousands. */
function setChanged(el: cytoscape.SingularElementReturnValue, data: Record<string, unknown>) {
  const changed = Object.fromEntries(Object.entries(data).filter(([k, v]) => el.data(k) !== v));
  if (Object.keys(changed).length) el.data(changed);
}

/**
 * On a large graph, the node under the pointer is found from the nodes' discs (its links are the link
 * layer's, which finds its own). Cytoscape's own picking measures every element's bounding box, labels
 * included, on each mouse event (55 ms a press at 4,600 nodes and 6,200 links, and as much on every move
 * while hovering).
 */
function pickByGeometry(c: Core) {
  const r = (c as unknown as { renderer(): { findNearestElements?: unknown } }).renderer();
  if (typeof r.findNearestElements !== 'function') return;
  r.findNearestElements = (x: number, y: number) => {
    const node = nodeCovering(c, x, y);
    return node ? [c.getElementById(node)] : [];
  };
}

/**
 * Fits the view to the graph: a large graph by its nodes' discs (measuring its labels would compute every
 * element's style before the first frame); a small one with its labels, at most at 1.2 (a handful of
 * nodes fitted to the canvas would be drawn huge).
 */
function fitGraph(c: Core, large: boolean) {
  if (large) return fitToNodes(c, 40, 1.2);
  c.fit(undefined, 40);
  if (c.zoom() > 1.2) {
    c.zoom(1.2);
    c.center();
  }
}

type View = { zoom: number; x: number; y: number };
const viewOf = (c: Core): View => ({ zoom: c.zoom(), ...c.pan() });
const sameView = (a: View | null, b: View) => !!a && a.zoom === b.zoom && a.x === b.x && a.y === b.y;

/** Where a mouse event falls in the model's coordinates. */
function modelPoint(c: Core, e: MouseEvent, el: HTMLElement) {
  const box = el.getBoundingClientRect();
  const [pan, zoom] = [c.pan(), c.zoom()];
  return { x: (e.clientX - box.left - pan.x) / zoom, y: (e.clientY - box.top - pan.y) / zoom };
}

/** The node drawn under a mouse event (see nodeCovering). */
function nodeAt(c: Core, e: MouseEvent, el: HTMLElement): string | null {
  const { x, y } = modelPoint(c, e, el);
  return nodeCovering(c, x, y);
}

const tooltipOf = (n: GraphNode, noted: boolean) =>
  `${ENTITY_META[n.type].label}: ${n.group ? n.label : n.key}` +
  (n.group ? ' (double-click to open)' : ` · ${formatNumber(n.hits)} requests · ${formatNumber(n.detections)} detections`) +
  (n.verdict ? ` · verdict ${n.verdict.toLowerCase()}` : '') +
  (n.pinned ? ' · pinned' : '') +
  (noted ? ' · has notes' : '');

/** The graph drawn by Cytoscape.js; positions survive updates, pinned nodes stay where they are. */
const NONE = new Set<string>();

export const GraphCanvas = forwardRef<GraphCanvasHandle, Props>(function GraphCanvas(
  { graph, selected, found, layout, positions, noted = NONE, onSelect, onOpenGroup, onMoved },
  ref,
) {
  const container = useRef<HTMLDivElement>(null);
  const rings = useRef<HTMLCanvasElement>(null);
  const linksCanvas = useRef<HTMLCanvasElement>(null);
  const layer = useRef<LinkLayer | null>(null);
  const cy = useRef<Core | null>(null);
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  const handlers = useRef({ onSelect, onOpenGroup, onMoved, graph, noted });
  handlers.current = { onSelect, onOpenGroup, onMoved, graph, noted };
  const syncing = useRef(false);
  /** The timer of a selection report not yet sent (0 when none). */
  const reporting = useRef(0);
  const [tip, setTip] = useState<{ x: number; y: number; text: string } | null>(null);
  const [paint, setPaint] = useState<PaintTiming | null>(null);
  const lastLayout = useRef<LayoutName>(layout);
  const paintedAnswer = useRef(0);
  /** The view the canvas last fitted the graph to (a resize fits it again while nobody has moved it since). */
  const fitted = useRef<View | null>(null);

  useImperativeHandle(ref, () => ({
    png: () => {
      const c = cy.current;
      if (!c) return null;
      return layer.current ? pngWithLinks(c, layer.current) : (c.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob);
    },
    fit: () => {
      const c = cy.current;
      if (!c) return;
      c.fit(undefined, 40);
      fitted.current = viewOf(c);
    },
    focus: (ids) => {
      const c = cy.current;
      if (!c || !ids.length) return;
      const want = new Set(ids);
      c.animate({ fit: { eles: c.nodes().filter((n) => want.has(n.id())), padding: 120 } } as never, { duration: 200 });
    },
    positions: () => cy.current?.nodes().map((n) => ({ node: n.id(), ...n.position() })) ?? [],
  }));

  // a large graph is drawn by the WebGL renderer where the browser has WebGL 2, else by the canvas
  // renderer panning and zooming a snapshot of itself; the renderer is chosen when the core is made,
  // so crossing the threshold makes a new core that keeps the positions and the view
  const large = graph.nodes.length >= LARGE_RENDER;
  const carried = useRef<{ positions: Map<string, { x: number; y: number }>; zoom: number; pan: { x: number; y: number } } | null>(null);
  useEffect(() => {
    const c = cytoscape({
      container: container.current,
      // (a large graph's label look is its core's defaults: see asDefaults)
      style: large ? [{ selector: 'node', style: NODE_FROM_DATA }, ...STYLE.slice(1), ...LARGE_STYLE_OVERRIDES] : STYLE,
      minZoom: 0.02,
      maxZoom: 3,
      boxSelectionEnabled: true,
      selectionType: 'single',
      hideEdgesOnViewport: true,
      ...(large ? (hasWebgl2() ? { renderer: { name: 'canvas', webgl: true } } : { textureOnViewport: true, motionBlur: false }) : {}),
    } as cytoscape.CytoscapeOptions);
    if (large) asDefaults(c, LABEL_LOOK);
    container.current?.setAttribute('data-renderer', large ? (hasWebgl2() ? 'webgl' : 'canvas-texture') : 'canvas');
    // a large graph's selection is drawn as rings over it, so a click redraws no element
    let ringsFrame = 0;
    const ringsCanvas = rings.current;
    const redrawRings = () => {
      if (!ringsFrame)
        ringsFrame = requestAnimationFrame(() => {
          ringsFrame = 0;
          if (ringsCanvas && !c.destroyed()) drawSelectionRings(c, ringsCanvas);
        });
    };
    // a large graph's links are drawn, and found under the pointer, by the link layer
    const links = large && linksCanvas.current ? new LinkLayer(c, linksCanvas.current) : null;
    layer.current = links;
    let linkTip = false;
    const onPointerOverLinks = (e: MouseEvent) => {
      if (!links) return;
      const { x, y } = modelPoint(c, e, container.current!);
      // (over a node, the node's own tooltip)
      const link = nodeCovering(c, x, y) ? null : links.near(x, y, 8 / c.zoom());
      links.hover(link?.id ?? null);
      if (link) {
        const box = container.current!.getBoundingClientRect();
        setTip({ x: e.clientX - box.left, y: e.clientY - box.top - 14, text: link.label });
        linkTip = true;
      } else if (linkTip) {
        setTip(null);
        linkTip = false;
      }
    };
    const onPointerLeft = () => {
      links?.hover(null);
      if (linkTip) setTip(null);
      linkTip = false;
    };
    if (large) {
      pickByGeometry(c);
      keepLayersOnRestyle(c);
      c.on('select unselect position viewport resize add remove', redrawRings);
      container.current!.addEventListener('mousemove', onPointerOverLinks);
      container.current!.addEventListener('mouseleave', onPointerLeft);
    }
    // where the last click on a node landed: its selection is checked against the exact node there
    let lastTap: { x: number; y: number; at: number } | null = null;
    c.on('tap', 'node', (e) => {
      lastTap = { ...e.position, at: performance.now() };
    });
    // one report per gesture: a box selection fires one event per node
    c.on('select unselect', 'node', () => {
      if (syncing.current || reporting.current) return;
      reporting.current = window.setTimeout(() => {
        reporting.current = 0;
        let ids = c.$('node:selected').map((n) => n.id());
        const tap = lastTap;
        lastTap = null;
        if (tap && performance.now() - tap.at < 1000 && ids.length === 1) {
          const exact = nodeCovering(c, tap.x, tap.y);
          if (exact && exact !== ids[0]) {
            syncing.current = true;
            c.batch(() => {
              c.getElementById(ids[0]!).unselect();
              c.getElementById(exact).select();
            });
            syncing.current = false;
            ids = [exact];
          }
        }
        handlers.current.onSelect(ids);
      }, 0);
    });
    // the platform's double-click (its own timing and distance, as the OS sets them), on the node under the pointer
    const onDoubleClick = (e: MouseEvent) => {
      const id = nodeAt(c, e, container.current!);
      const n = id ? handlers.current.graph.nodes.find((x) => x.id === id) : undefined;
      if (n?.group) handlers.current.onOpenGroup(n);
    };
    container.current!.addEventListener('dblclick', onDoubleClick);
    c.on('dragfree', 'node', (e) => {
      handlers.current.onMoved?.(e.target.id());
      declutterLabels(c, new Set(selectedRef.current));
    });
    c.on('mouseover', 'node', (e) => {
      const n = handlers.current.graph.nodes.find((x) => x.id === e.target.id());
      const p = e.target.renderedPosition();
      if (n) setTip({ x: p.x, y: p.y - e.target.renderedHeight() / 2 - 8, text: tooltipOf(n, handlers.current.noted.has(n.id)) });
    });
    c.on('mouseover', 'edge', (e) => {
      e.target.addClass('hover');
      const p = e.target.renderedMidpoint();
      setTip({ x: p.x, y: p.y - 10, text: e.target.data('label') });
    });
    c.on('mouseout', 'node, edge', (e) => {
      e.target.removeClass('hover');
      // (the pointer left a node for a link of the link layer, whose tooltip is up already)
      if (!linkTip) setTip(null);
    });
    c.on('viewport', () => setTip(null));
    // a canvas that changes size (the time brush docked under it, the window resized) keeps the whole
    // graph in view, unless the view has moved since it was fitted (the analyst's pan or zoom, a focus)
    c.on('resize', () => {
      if (!sameView(fitted.current, viewOf(c))) return;
      fitGraph(c, large);
      fitted.current = viewOf(c);
    });
    cy.current = c;
    // lets end-to-end tests find where a node is drawn, to click it as an analyst would
    Object.assign(container.current as HTMLDivElement & { cy?: Core; links?: LinkLayer | null }, { cy: c, links });
    const el = container.current!;
    return () => {
      el.removeEventListener('dblclick', onDoubleClick);
      el.removeEventListener('mousemove', onPointerOverLinks);
      el.removeEventListener('mouseleave', onPointerLeft);
      links?.destroy();
      layer.current = null;
      clearTimeout(reporting.current);
      reporting.current = 0;
      carried.current = { positions: new Map(c.nodes().map((n) => [n.id(), { ...n.position() }])), zoom: c.zoom(), pan: { ...c.pan() } };
      cancelAnimationFrame(ringsFrame);
      ringsCanvas?.getContext('2d')?.clearRect(0, 0, ringsCanvas.width, ringsCanvas.height);
      c.destroy();
      cy.current = null;
    };
  }, [large]);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    // a node that went away (hidden, filtered, undone) takes its tooltip with it
    setTip(null);
    const changed = performance.now();
    const wanted = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
    const added: ElementDefinition[] = [];
    const links: ElementDefinition[] = [];
    // a large graph's links, for the link layer (none of them are Cytoscape's)
    const linkLayer = layer.current;
    const drawnLinks: DrawnLink[] = [];
    let removed = 0;
    c.batch(() => {
      c.elements().forEach((el) => {
        if (!wanted.has(el.id())) {
          el.remove();
          removed++;
        }
      });
      const fresh = graph.nodes.filter((n) => c.getElementById(n.id).empty());
      const siblings = new Map<string, number>();
      for (const n of fresh) if (n.parent) siblings.set(n.parent, (siblings.get(n.parent) ?? 0) + 1);
      const placed = new Map<string, number>();
      // where each new node starts: on a ring around its parent (drawn already, or placed just before it);
      // nodes without one on a row. A layout started from one point (or from fCoSE's spectral draft, which
      // puts a star's leaves on one spot) leaves whole groups stacked
      const at = new Map<string, { x: number; y: number }>();
      let roots = 0;
      for (const n of graph.nodes) {
        const existing = c.getElementById(n.id);
        if (existing.nonempty()) setChanged(existing, nodeData(n, noted.has(n.id)));
        else {
          const drawnParent = n.parent ? c.getElementById(n.parent) : null;
          const parent = drawnParent?.nonempty() ? drawnParent.position() : n.parent ? at.get(n.parent) : undefined;
          const k = placed.get(n.parent ?? '') ?? 0;
          placed.set(n.parent ?? '', k + 1);
          const start =
            positions?.get(n.id) ??
            carried.current?.positions.get(n.id) ??
            (parent ? aroundParent(k, siblings.get(n.parent!)!, parent) : { x: (roots % 6) * 900, y: Math.floor(roots++ / 6) * 900 });
          at.set(n.id, start);
          added.push({ group: 'nodes', data: nodeData(n, noted.has(n.id)), position: { ...start } });
        }
      }
      c.add(added);
      const typeOf = new Map(graph.nodes.map((n) => [n.id, n.type]));
      for (const e of graph.edges) {
        const data = {
          id: e.id,
          source: e.source,
          target: e.target,
          width: 1 + Math.min(8, Math.log10(1 + e.weight) * 1.6),
          opacity: e.weight > 0 ? 0.7 : 0.15,
          // the kinds of its ends, from their nodes (a group's kind is what it holds)
          label: `${ENTITY_META[typeOf.get(e.source)!].label} → ${ENTITY_META[typeOf.get(e.target)!].label} · ${Math.round(e.weight).toLocaleString('en')} requests`,
        };
        if (linkLayer) {
          drawnLinks.push(data);
          continue;
        }
        const existing = c.getElementById(e.id);
        if (existing.nonempty()) setChanged(existing, data);
        else links.push({ group: 'edges', data });
      }
      // at once: one add per link cost 0.35 s of 6,196 links (a collection and events each)
      c.add(links);
      for (const n of graph.nodes) {
        const el = c.getElementById(n.id);
        if (n.pinned && !el.locked()) el.lock();
        if (!n.pinned && el.locked()) el.unlock();
      }
      c.edges('.path').removeClass('path');
      for (const id of graph.connection?.edges ?? []) c.getElementById(id).addClass('path');
    });
    const before = new Set(linkLayer?.list().map((l) => l.id));
    const linksChanged = !!linkLayer && (drawnLinks.length !== before.size || drawnLinks.some((l) => !before.has(l.id)));
    linkLayer?.set(drawnLinks, graph.connection?.edges);
    const ends = () => (linkLayer ? drawnLinks : linkEnds(c));
    // every change of what is drawn is reported painted (the status line, and what tests wait for): timed
    // from the answer that brought it, or, when no new answer did (the same answers on a new core, a
    // node hidden), from the change
    const reportPainted = (layoutMs: number, laidOutFrom: number) => {
      if (!added.length && !removed && !links.length && !linksChanged) return;
      const answered = Math.max(0, ...answeredAt.values());
      const since = answered > paintedAnswer.current ? answered : changed;
      paintedAnswer.current = Math.max(paintedAnswer.current, answered);
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (c.destroyed()) return;
          const timing = {
            nodes: c.nodes().length,
            edges: linkLayer ? linkLayer.list().length : c.edges().length,
            ms: Math.round(performance.now() - since),
            layoutMs: Math.round(layoutMs),
            sinceAnswerToLayout: Math.round(Math.max(0, laidOutFrom - since)),
          };
          setPaint(timing);
          container.current?.setAttribute('data-paint', JSON.stringify(timing));
        }),
      );
    };
    // the same graph on a new core (the renderer changed): drawn where it was, in the same view
    const moved = carried.current;
    carried.current = null;
    if (moved && added.length > 0 && added.every((a) => moved.positions.has(a.data.id!))) {
      c.viewport({ zoom: moved.zoom, pan: moved.pan });
      declutterLabels(c, new Set(selectedRef.current));
      reportPainted(0, changed);
      return;
    }
    // a saved investigation reopened: its nodes go back where the analyst left them
    let [layoutMs, laidOutFrom] = [0, changed];
    const restored = added.length > 0 && lastLayout.current === layout && added.every((a) => positions?.has(a.data.id!));
    if (restored) {
      c.fit(undefined, 40);
      fitted.current = viewOf(c);
      declutterLabels(c, new Set(selectedRef.current));
    } else if (!added.length && lastLayout.current === layout) declutterLabels(c, new Set(selectedRef.current));
    else if (added.length || lastLayout.current !== layout) {
      const fresh = c.nodes().length === added.length;
      // an expansion of a large graph lays out what it added, among nodes that stay where they were
      const expansion = !fresh && lastLayout.current === layout ? new Set(added.map((a) => a.data.id!)) : undefined;
      lastLayout.current = layout;
      const started = performance.now();
      try {
        const shown = c.nodes().length;
        // a small expansion settles among nodes the analyst has seen; a new or much-grown graph is laid out by its shape
        if (layout === 'force' && shown >= LARGE_LAYOUT && expansion && expansion.size <= shown * EXPANSION_SHARE) forceLayout(c, fresh, expansion, ends());
        else if (layout === 'force' && shown >= LARGE_LAYOUT) {
          if (!groupLayout(c, ends())) forceLayout(c, fresh, undefined, ends());
        } else if (linkLayer && layout === 'hierarchy') layoutWithLinks(c, layout, fresh, ends());
        else c.layout(layoutOptions(layout, c, fresh)).run();
      } catch {
        // a layout extension's failure must not blank the investigation: fall back to the built-in one
        c.layout({ name: 'cose', animate: false, fit: true, padding: 40 } as LayoutOptions).run();
      }
      separate(c);
      fitGraph(c, large);
      fitted.current = viewOf(c);
      declutterLabels(c, new Set(selectedRef.current));
      [layoutMs, laidOutFrom] = [performance.now() - started, started];
    }
    reportPainted(layoutMs, laidOutFrom);
  }, [graph, layout, positions, noted, large]);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    syncing.current = true;
    c.batch(() => {
      // while a gesture's report is on its way, the canvas holds a newer selection than `selected`:
      // syncing now would drop a node shift-clicked before the last click's selection came back
      if (!reporting.current) {
        const want = new Set(selected);
        c.$('node:selected').forEach((n) => {
          if (!want.has(n.id())) n.unselect();
        });
        for (const id of selected) c.getElementById(id).select();
      }
      c.$('node.found').removeClass('found');
      for (const id of found) c.getElementById(id).addClass('found');
    });
    syncing.current = false;
  }, [selected, found, graph]);

  return (
    <>
      <canvas ref={linksCanvas} className="graph-links" data-testid="link-layer" aria-hidden="true" />
      <div ref={container} className="cy" data-testid="graph-canvas" aria-hidden="true" />
      <canvas ref={rings} className="graph-rings" data-testid="selection-rings" aria-hidden="true" />
      {tip && (
        <div className="graph-tooltip" role="tooltip" style={{ left: tip.x, top: tip.y }}>
          {tip.text}
        </div>
      )}
      {paint && (
        <span className="graph-paint muted small" data-testid="paint-time">
          laid out {formatNumber(paint.nodes)} nodes in {formatNumber(paint.ms)} ms
        </span>
      )}
    </>
  );
});
