import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { ENTITY_META, THREAT_COLORS } from '../../lib/entities';
import type { Graph, GraphNode } from './model';

cytoscape.use(fcose);

export interface GraphCanvasHandle {
  png(): Blob | null;
  fit(): void;
}

interface Props {
  graph: Graph;
  selected: string | null;
  onSelect: (id: string | null) => void;
  onOpenGroup: (node: GraphNode) => void;
}

const size = (hits: number) => 22 + Math.min(30, Math.log10(1 + hits) * 7);

/** A deterministic offset so a new node appears beside the node it came from, whatever the order of arrival. */
function besideParent(id: string, parent: { x: number; y: number }) {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) | 0;
  const angle = ((h >>> 0) % 360) * (Math.PI / 180);
  return { x: parent.x + Math.cos(angle) * 90, y: parent.y + Math.sin(angle) * 90 };
}

function nodeData(n: GraphNode) {
  return {
    id: n.id,
    label: n.group ? `${n.label} ⊕` : n.label,
    color: ENTITY_META[n.type].color,
    shape: n.group ? 'round-rectangle' : ENTITY_META[n.type].shape,
    border: n.worstLevel ? THREAT_COLORS[n.worstLevel] : '#ffffff',
    borderWidth: n.worstLevel === 'CRITICAL' || n.worstLevel === 'HIGH' ? 5 : n.worstLevel ? 3 : 1,
    size: n.group ? 40 : size(n.hits),
    opacity: n.inactive ? 0.45 : 1,
  };
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)', 'background-color': 'data(color)', shape: 'data(shape)' as never, width: 'data(size)', height: 'data(size)',
      'border-color': 'data(border)', 'border-width': 'data(borderWidth)', opacity: 'data(opacity)' as never,
      'font-size': 10, 'min-zoomed-font-size': 7, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-max-width': '140px', 'text-wrap': 'ellipsis', color: '#1d2330',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': '1px',
    },
  },
  { selector: 'node:selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: { width: 'data(width)', 'line-color': '#94a3b8', 'curve-style': 'bezier', opacity: 0.7, label: '', 'font-size': 9 },
  },
  { selector: 'edge:selected, edge.hover', style: { label: 'data(label)', 'line-color': '#2563eb', opacity: 1 } },
];

/** The graph drawn by Cytoscape.js with the fCoSE layout (readable at hundreds of nodes); positions survive updates. */
export const GraphCanvas = forwardRef<GraphCanvasHandle, Props>(function GraphCanvas({ graph, selected, onSelect, onOpenGroup }, ref) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const handlers = useRef({ onSelect, onOpenGroup, graph });
  handlers.current = { onSelect, onOpenGroup, graph };

  useImperativeHandle(ref, () => ({
    png: () => (cy.current ? (cy.current.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob) : null),
    fit: () => cy.current?.fit(undefined, 40),
  }));

  useEffect(() => {
    const c = cytoscape({ container: container.current, style: STYLE, minZoom: 0.1, maxZoom: 3 });
    c.on('tap', 'node', (e) => handlers.current.onSelect(e.target.id()));
    c.on('tap', (e) => e.target === c && handlers.current.onSelect(null));
    c.on('dbltap', 'node', (e) => {
      const n = handlers.current.graph.nodes.find((x) => x.id === e.target.id());
      if (n?.group) handlers.current.onOpenGroup(n);
    });
    c.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
    c.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
    cy.current = c;
    // lets end-to-end tests find where a node is drawn, to click it as an analyst would
    (container.current as HTMLDivElement & { cy?: Core }).cy = c;
    return () => {
      c.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    const wanted = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
    const added: ElementDefinition[] = [];
    c.batch(() => {
      c.elements().forEach((el) => {
        if (!wanted.has(el.id())) el.remove();
      });
      for (const n of graph.nodes) {
        const existing = c.getElementById(n.id);
        if (existing.nonempty()) existing.data(nodeData(n));
        else {
          const parent = n.parent ? c.getElementById(n.parent) : null;
          added.push({ group: 'nodes', data: nodeData(n), position: parent?.nonempty() ? besideParent(n.id, parent.position()) : { x: 0, y: 0 } });
        }
      }
      c.add(added);
      for (const e of graph.edges) {
        const data = { id: e.id, source: e.source, target: e.target, width: 1 + Math.min(8, Math.log10(1 + e.weight) * 1.6), label: `${e.kind.replace('_', ' → ')}: ${Math.round(e.weight).toLocaleString('en')} requests` };
        const existing = c.getElementById(e.id);
        if (existing.nonempty()) existing.data(data);
        else c.add({ group: 'edges', data });
      }
    });
    if (added.length) {
      c.layout({ name: 'fcose', randomize: c.nodes().length === added.length, animate: false, fit: true, padding: 40, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, quality: 'default' } as cytoscape.LayoutOptions).run();
      // a handful of nodes fitted to the canvas would be drawn huge
      if (c.zoom() > 1.2) {
        c.zoom(1.2);
        c.center();
      }
    }
  }, [graph]);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    c.$(':selected').unselect();
    if (selected) c.getElementById(selected).select();
  }, [selected, graph]);

  return <div ref={container} className="cy" data-testid="graph-canvas" aria-hidden="true" />;
});
