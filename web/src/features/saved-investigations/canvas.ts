import type { EntityType, InvestigationCanvasInput, WindowPreset } from '../../gql/graphql';

/** What of the explorer a saved investigation keeps, in the explorer's own terms. */
export interface CanvasNow {
  steps: string[];
  window: WindowPreset;
  layout: string;
  nodes: { id: string; type: EntityType; key: string; group: boolean; pinned: boolean; members?: { type: EntityType; key: string }[] }[];
  hidden: string[];
  positions: { node: string; x: number; y: number }[];
}

export interface SavedCanvas {
  steps: readonly string[];
  window: WindowPreset;
  layout: string;
}

/** Changes not saved yet: the steps, the window or the layout differ from the saved ones. */
export const isUnsaved = (saved: SavedCanvas | null, now: Pick<CanvasNow, 'steps' | 'window' | 'layout'>) =>
  !saved ||
  saved.window !== now.window ||
  saved.layout !== now.layout ||
  saved.steps.length !== now.steps.length ||
  saved.steps.some((s, i) => s !== now.steps[i]);

/** The entities on the canvas, those inside groups (drawn as one node, loaded one by one) included, each once. */
export const entitiesOf = (now: CanvasNow) => {
  const refs = now.nodes.flatMap((n) => (n.group ? (n.members ?? []) : [{ type: n.type, key: n.key }]));
  return [...new Map(refs.map((r) => [`${r.type}:${r.key}`, { type: r.type, value: r.key }])).values()];
};

/** A request body is at most 64 KB: past this budget, positions are kept for pinned nodes only, then not at all. */
const BUDGET = 48 * 1024;

export function canvasInput(now: CanvasNow): InvestigationCanvasInput {
  const pinned = now.nodes.filter((n) => n.pinned).map((n) => n.id);
  const base = { steps: now.steps, window: now.window, layout: now.layout, pinned, hidden: now.hidden };
  const size = (x: unknown) => JSON.stringify(x).length + JSON.stringify(entitiesOf(now)).length;
  const all = { ...base, positions: now.positions };
  if (size(all) <= BUDGET) return all;
  const keep = new Set(pinned);
  const some = { ...base, positions: now.positions.filter((p) => keep.has(p.node)) };
  return size(some) <= BUDGET ? some : { ...base, positions: [] };
}
