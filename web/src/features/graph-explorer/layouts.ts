import cytoscape, { type Core, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import layoutUtilities from 'cytoscape-layout-utilities';
import type { LinkEnds } from './geometry';
import type { LayoutName } from './state';

cytoscape.use(fcose);
// fCoSE packs disconnected components side by side only with this extension; without it their spectral
// start degenerates and whole components are drawn on a handful of stacked positions
cytoscape.use(layoutUtilities);

/** Past this many nodes the layout trades polish for speed (fewer iterations). */
const LARGE = 400;

/** Cytoscape's layout for the analyst's choice (a large graph's force layout is the explorer's own: force-layout, group-layout). */
export function layoutOptions(name: LayoutName, c: Core, fresh: boolean): LayoutOptions {
  const n = c.nodes().length;
  const common = { animate: false, fit: true, padding: 40 };
  // rings, innermost first, by a number each node holds
  const rings = (field: 'hop' | 'typeIndex') =>
    ({
      name: 'concentric',
      ...common,
      concentric: (x: NodeSingular) => -x.data(field),
      levelWidth: () => 1,
      minNodeSpacing: 12,
      avoidOverlap: n <= LARGE,
    }) as LayoutOptions;
  if (name === 'concentric') return rings('hop');
  if (name === 'type') return rings('typeIndex');
  if (name === 'hierarchy')
    return { name: 'breadthfirst', ...common, roots: c.nodes('[hop = 0]'), spacingFactor: 0.9, avoidOverlap: n <= LARGE } as LayoutOptions;
  return {
    // every node starts placed (on a ring around its parent): fCoSE refines from there, without its
    // spectral start, which draws a star's leaves on one spot; disconnected components are packed
    // side by side (cytoscape-layout-utilities)
    name: 'fcose',
    ...common,
    randomize: false,
    quality: 'default',
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
    nodeSeparation: 40,
    // an expansion refines positions that mostly stand already: fewer iterations keep it under a frame budget
    numIter: fresh ? (n > LARGE ? 1000 : 2500) : n > LARGE ? 400 : 500,
  } as LayoutOptions;
}

/**
 * A layout of Cytoscape's that follows links (the hierarchy), on a large graph whose links the link layer
 * holds: run on a copy that holds them, without styles, and its positions taken back.
 */
export function layoutWithLinks(c: Core, name: LayoutName, fresh: boolean, ends: readonly LinkEnds[]) {
  const copy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...c.nodes().map((n) => ({ group: 'nodes' as const, data: { ...n.data() }, position: { ...n.position() }, locked: n.locked() })),
      ...ends.map((e, i) => ({ group: 'edges' as const, data: { id: `link${i}`, source: e.source, target: e.target } })),
    ],
  });
  // the copy has no canvas: it is laid out in the real one's box (a headless one's, in tests, made up)
  const [w, h] = c.container() ? [c.width(), c.height()] : [1200, 800];
  copy.layout({ ...layoutOptions(name, copy, fresh), fit: false, boundingBox: { x1: 0, y1: 0, w, h } } as LayoutOptions).run();
  c.batch(() => copy.nodes().forEach((n) => void (n.locked() || c.getElementById(n.id()).position({ ...n.position() }))));
  copy.destroy();
}
