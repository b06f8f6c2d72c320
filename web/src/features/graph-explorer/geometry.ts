import type { Core, NodeSingular } from 'cytoscape';

/**
 * A node's diameter, from its data: reading its style width would compute the node's whole style, and
 * on a large graph the layout, the separation and the labels run before the first frame, so every node's
 * style would be computed twice (once here, once more after the labels are decided).
 */
export const diameter = (n: NodeSingular) => Number(n.data('size')) || n.width();

/**
 * Fits the nodes' discs to the canvas, at most at `maxZoom` (a handful of nodes fitted would be drawn
 * huge): Cytoscape's own fit measures every element's bounding box, labels and edges included, which
 * computes every element's style — a fifth of a second at 5,000 nodes, before the first frame.
 */
export function fitToNodes(c: Core, padding: number, maxZoom: number) {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  c.nodes().forEach((n) => {
    const p = n.position();
    const r = diameter(n) / 2;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  });
  if (!Number.isFinite(x1)) return;
  const zoom = Math.max(c.minZoom(), Math.min(maxZoom, c.maxZoom(), (c.width() - 2 * padding) / (x2 - x1 || 1), (c.height() - 2 * padding) / (y2 - y1 || 1)));
  c.viewport({ zoom, pan: { x: c.width() / 2 - (zoom * (x1 + x2)) / 2, y: c.height() / 2 - (zoom * (y1 + y2)) / 2 } });
}

/** A link by its ends' ids. */
export interface LinkEnds {
  source: string;
  target: string;
}

/** The ends of the links Cytoscape holds (a large graph's links are drawn by the link layer, and passed to its layouts instead). */
export const linkEnds = (c: Core): LinkEnds[] => c.edges().map((e) => ({ source: String(e.data('source')), target: String(e.data('target')) }));
