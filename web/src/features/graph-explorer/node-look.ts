import type { Core } from 'cytoscape';

/** What every node's label looks like (a large graph's core takes these as its defaults: asDefaults). */
export const LABEL_LOOK = {
  // labels appear as the analyst zooms in: at a glance a large graph is shapes and colours
  'font-size': 10,
  'min-zoomed-font-size': 8,
  'text-valign': 'bottom',
  'text-margin-y': 4,
  'text-max-width': '180px',
  'text-wrap': 'ellipsis',
  color: '#1d2330',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.8,
  'text-background-padding': '1px',
} as const;

/** What a node's look takes from its data. */
export const NODE_FROM_DATA = {
  label: 'data(label)',
  'background-color': 'data(color)',
  shape: 'data(shape)' as never,
  width: 'data(size)',
  height: 'data(size)',
  'border-color': 'data(border)',
  'border-width': 'data(borderWidth)',
  opacity: 'data(opacity)' as never,
};

type Defaults = { getDefaultProperties(): Record<string, unknown>; parse(name: string, value: unknown): unknown };

/**
 * Cytoscape applies a style to an element property by property, and hashes each one it applied: every
 * property a rule sets costs every node a few µs, where a default costs nothing until it is read. The
 * properties every node shares (its label's look) become the core's defaults: a node's style, headless
 * at 6,300 nodes, 92–129 → 62–94 µs (`npm run bench:style`; runs vary). A large graph's core holds nodes
 * alone (its links are the link layer's), so the defaults are the nodes'.
 */
export function asDefaults(c: Core, shared: Record<string, string | number>) {
  const style = c.style() as unknown as Defaults;
  const defaults = style.getDefaultProperties();
  for (const [name, value] of Object.entries(shared)) defaults[name] = style.parse(name, value);
}
