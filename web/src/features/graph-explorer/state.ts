import type { EntityType, WindowPreset } from '../../gql/graphql';
import { ENTITY_TYPES, type EntityRef } from '../../lib/entities';
import { PRESETS } from '../../lib/window';

/**
 * An investigation is the ordered list of what the analyst did — seed an entity, expand a node
 * into one type of neighbour, open a group — replayed to draw the graph. Kept in the URL, it makes
 * every graph a shareable link and undo a matter of dropping the last step.
 */
export type Step =
  | { kind: 'seed'; node: EntityRef }
  | { kind: 'expand'; node: EntityRef; type: EntityType }
  | { kind: 'open'; node: EntityRef; type: EntityType };

export interface ExplorerState {
  window: WindowPreset;
  steps: Step[];
  selected: string | null;
  view: 'graph' | 'table';
}

export const DEFAULT_WINDOW: WindowPreset = 'LAST_7D';
const CODES = { seed: 's', expand: 'x', open: 'o' } as const;
const KINDS = { s: 'seed', x: 'expand', o: 'open' } as const;

export const nodeId = (e: EntityRef) => `${e.type}:${e.key}`;
export const groupId = (from: EntityRef, type: EntityType) => `group:${nodeId(from)}>${type}`;
export const stepId = (s: Step) => encodeStep(s);

export function parseNodeId(id: string): EntityRef | null {
  const i = id.indexOf(':');
  const type = id.slice(0, i) as EntityType;
  return i > 0 && ENTITY_TYPES.includes(type) && id.length > i + 1 ? { type, key: id.slice(i + 1) } : null;
}

export function encodeStep(s: Step): string {
  const base = `${CODES[s.kind]}|${s.node.type}|${encodeURIComponent(s.node.key)}`;
  return s.kind === 'seed' ? base : `${base}|${s.type}`;
}

export function decodeStep(text: string): Step | null {
  const [code, type, key, target] = text.split('|');
  const kind = KINDS[code as keyof typeof KINDS];
  if (!kind || !ENTITY_TYPES.includes(type as EntityType) || !key) return null;
  let node: EntityRef;
  try {
    node = { type: type as EntityType, key: decodeURIComponent(key) };
  } catch {
    return null;
  }
  if (kind === 'seed') return { kind, node };
  if (!ENTITY_TYPES.includes(target as EntityType)) return null;
  return { kind, node, type: target as EntityType };
}

/** Reads the explorer from the URL; `?seed=IP:1.2.3.4` (the legacy pages' "open in graph") starts a new one. */
export function readState(p: URLSearchParams): ExplorerState {
  const steps = p.getAll('step').map(decodeStep).filter((s): s is Step => s !== null);
  for (const seed of p.getAll('seed')) {
    const node = parseNodeId(seed);
    if (node && !steps.some((s) => s.kind === 'seed' && nodeId(s.node) === nodeId(node))) steps.push({ kind: 'seed', node });
  }
  const w = p.get('w');
  return {
    window: PRESETS.some((x) => x.value === w) ? (w as WindowPreset) : DEFAULT_WINDOW,
    steps: dedupe(steps),
    selected: p.get('sel'),
    view: p.get('view') === 'table' ? 'table' : 'graph',
  };
}

export function writeState(s: ExplorerState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.window !== DEFAULT_WINDOW) p.set('w', s.window);
  for (const step of s.steps) p.append('step', encodeStep(step));
  if (s.selected) p.set('sel', s.selected);
  if (s.view === 'table') p.set('view', 'table');
  return p;
}

function dedupe(steps: Step[]): Step[] {
  const seen = new Set<string>();
  return steps.filter((s) => {
    const id = encodeStep(s);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Adds a step unless it is already there (expanding twice changes nothing). */
export const addStep = (s: ExplorerState, step: Step): ExplorerState => ({ ...s, steps: dedupe([...s.steps, step]) });

export const undo = (s: ExplorerState): ExplorerState => ({ ...s, steps: s.steps.slice(0, -1) });
