import type { EntityType, ThreatLevel, WindowPreset } from '../../gql/graphql';
import { ENTITY_TYPES, type EntityRef } from '../../lib/entities';
import { LAYER_PRESETS } from '../../lib/window';

/**
 * An investigation is the ordered list of what the analyst did — seed an entity, expand nodes,
 * open or regroup a group, hide, collapse, pin, clear — replayed to draw the graph. Kept in the
 * URL, it makes every graph a shareable link, and undo and redo a matter of moving the last step
 * between the steps and the redo list.
 */
export type Step =
  | { kind: 'seed'; node: EntityRef }
  /** The first-level links of every type at once: what a freshly opened entity shows. */
  | { kind: 'all'; node: EntityRef }
  /** `first`: the heaviest this many (default EXPAND_FIRST); asked again with more, a big group shows more of its members. */
  | { kind: 'expand'; node: EntityRef; type: EntityType; first?: number }
  /** Several nodes expanded by one link type, fetched in one request. */
  | { kind: 'bulk'; nodes: EntityRef[]; type: EntityType }
  /** How two nodes are connected: their common neighbours and short paths, drawn. */
  | { kind: 'connect'; nodes: [EntityRef, EntityRef] }
  | { kind: 'open'; node: EntityRef; type: EntityType }
  | { kind: 'regroup'; node: EntityRef; type: EntityType }
  | { kind: 'hide'; ids: string[] }
  /** Removes what the node's expansions brought and nothing else links to. */
  | { kind: 'collapse'; node: EntityRef }
  | { kind: 'pin'; ids: string[]; on: boolean }
  | { kind: 'clear' };

/** What the canvas shows of the graph; a view, not a step. */
export interface CanvasFilter {
  /** Types hidden from the canvas. */
  hiddenTypes: EntityType[];
  /** Only nodes at one of these worst threat levels ('NONE': no detection); empty: all. */
  levels: (ThreatLevel | 'NONE')[];
  /** Links lighter than this (requests) are not drawn, nor nodes left without a link. */
  minWeight: number;
  /** Only nodes with this latest verdict ('NONE': never classified); null: all. */
  verdict: 'MALICIOUS' | 'SUSPICIOUS' | 'LEGITIMATE' | 'NONE' | null;
  /** Text to find: matching nodes are highlighted. */
  find: string;
}

export type LayoutName = 'force' | 'concentric' | 'hierarchy' | 'type';
export const LAYOUTS: { value: LayoutName; label: string }[] = [
  { value: 'force', label: 'Force-directed' },
  { value: 'concentric', label: 'Rings by hop from the seed' },
  { value: 'hierarchy', label: 'Hierarchy from the seed' },
  { value: 'type', label: 'Grouped by type' },
];

export interface ExplorerState {
  window: WindowPreset;
  steps: Step[];
  /** Steps undone, the next to redo last. */
  redo: Step[];
  selected: string[];
  view: 'graph' | 'table';
  layout: LayoutName;
  filter: CanvasFilter;
  /** The time brush: links re-weighted to this range, nodes without activity in it dimmed. */
  brush: [string, string] | null;
  /** The saved investigation this canvas is (its UUID), if any. */
  inv: string | null;
}

export const DEFAULT_WINDOW: WindowPreset = 'LAST_7D';
/** The most neighbours of one type an expansion asks for (the API's bound on `neighbors(first:)`). */
export const MAX_EXPAND_FIRST = 500;
export const NO_FILTER: CanvasFilter = { hiddenTypes: [], levels: [], minWeight: 0, verdict: null, find: '' };
const CODES = { seed: 's', all: 'a', expand: 'x', bulk: 'b', connect: 'k', open: 'o', regroup: 'r', hide: 'h', collapse: 'c', pin: 'p', clear: 'z' } as const;
const KINDS = Object.fromEntries(Object.entries(CODES).map(([k, v]) => [v, k])) as Record<string, Step['kind']>;
const LEVELS = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'KNOWN_BOT', 'NONE'] as const;
const VERDICTS = ['MALICIOUS', 'SUSPICIOUS', 'LEGITIMATE', 'NONE'] as const;

export const nodeId = (e: EntityRef) => `${e.type}:${e.key}`;
export const groupId = (from: EntityRef, type: EntityType) => `group:${nodeId(from)}>${type}`;
export const stepId = (s: Step) => encodeStep(s);

export function parseNodeId(id: string): EntityRef | null {
  const i = id.indexOf(':');
  const type = id.slice(0, i) as EntityType;
  return i > 0 && ENTITY_TYPES.includes(type) && id.length > i + 1 ? { type, key: id.slice(i + 1) } : null;
}

const enc = encodeURIComponent;
const list = (ids: string[]) => ids.map(enc).join(',');

export function encodeStep(s: Step): string {
  const c = CODES[s.kind];
  switch (s.kind) {
    case 'seed':
    case 'all':
    case 'collapse':
      return `${c}|${s.node.type}|${enc(s.node.key)}`;
    case 'expand':
      return `${c}|${s.node.type}|${enc(s.node.key)}|${s.type}${s.first ? `|${s.first}` : ''}`;
    case 'open':
    case 'regroup':
      return `${c}|${s.node.type}|${enc(s.node.key)}|${s.type}`;
    case 'bulk':
      return `${c}|${s.type}|${list(s.nodes.map(nodeId))}`;
    case 'connect':
      return `${c}|${list(s.nodes.map(nodeId))}`;
    case 'hide':
      return `${c}|${list(s.ids)}`;
    case 'pin':
      return `${c}|${s.on ? 1 : 0}|${list(s.ids)}`;
    case 'clear':
      return c;
  }
}

const isType = (t: string | undefined): t is EntityType => ENTITY_TYPES.includes(t as EntityType);

function decodeList(text: string | undefined): string[] | null {
  if (!text) return null;
  try {
    const ids = text.split(',').map(decodeURIComponent);
    return ids.every(Boolean) ? ids : null;
  } catch {
    return null;
  }
}

export function decodeStep(text: string): Step | null {
  const [code, a, b, target, count] = text.split('|');
  const kind = KINDS[code ?? ''];
  if (!kind) return null;
  if (kind === 'clear') return { kind };
  if (kind === 'hide') {
    const ids = decodeList(a);
    return ids ? { kind, ids } : null;
  }
  if (kind === 'pin') {
    const ids = decodeList(b);
    return ids && (a === '0' || a === '1') ? { kind, ids, on: a === '1' } : null;
  }
  if (kind === 'connect') {
    const nodes = decodeList(a)?.map(parseNodeId);
    return nodes?.length === 2 && nodes.every(Boolean) ? { kind, nodes: nodes as [EntityRef, EntityRef] } : null;
  }
  if (kind === 'bulk') {
    const nodes = decodeList(b)?.map(parseNodeId);
    return isType(a) && nodes?.every(Boolean) ? { kind, type: a, nodes: nodes as EntityRef[] } : null;
  }
  if (!isType(a) || !b) return null;
  let node: EntityRef;
  try {
    node = { type: a, key: decodeURIComponent(b) };
  } catch {
    return null;
  }
  if (kind === 'seed' || kind === 'all' || kind === 'collapse') return { kind, node };
  if (!isType(target)) return null;
  if (kind === 'expand' && count !== undefined) {
    const first = /^\d{1,3}$/.test(count) ? Number(count) : 0;
    return first >= 1 && first <= MAX_EXPAND_FIRST ? { kind, node, type: target, first } : null;
  }
  return { kind, node, type: target };
}

const decodeSteps = (p: URLSearchParams, name: string) =>
  p
    .getAll(name)
    .map(decodeStep)
    .filter((s): s is Step => s !== null);

/**
 * `next` with every part equal to `prev`'s replaced by `prev`'s own: a new selection leaves the steps,
 * the filter (and the graph built from them, thousands of nodes) as they were.
 */
export function keepUnchanged(prev: ExplorerState | null, next: ExplorerState): ExplorerState {
  if (!prev) return next;
  const kept: Record<string, unknown> = { ...next };
  for (const key of Object.keys(next) as (keyof ExplorerState)[]) if (JSON.stringify(prev[key]) === JSON.stringify(next[key])) kept[key] = prev[key];
  return kept as unknown as ExplorerState;
}

/**
 * Reads the explorer from the URL. `?seed=IP:1.2.3.4` (the pages' "open in graph") starts an
 * investigation on that entity with its first-level links drawn and the entity selected.
 */
export function readState(p: URLSearchParams): ExplorerState {
  const steps = decodeSteps(p, 'step');
  const selected = p.getAll('sel');
  for (const seed of p.getAll('seed')) {
    const node = parseNodeId(seed);
    if (!node || steps.some((s) => s.kind === 'seed' && nodeId(s.node) === nodeId(node))) continue;
    steps.push(...openEntity(node));
    if (!selected.length) selected.push(nodeId(node));
  }
  const w = p.get('w');
  const layout = p.get('layout');
  const minWeight = Number(p.get('fw'));
  const verdict = p.get('fv');
  const [from, to] = (p.get('t') ?? '').split(',');
  const brush: [string, string] | null = from && to && !Number.isNaN(Date.parse(from)) && !Number.isNaN(Date.parse(to)) && from < to ? [from, to] : null;
  return {
    window: LAYER_PRESETS.some((x) => x.value === w) ? (w as WindowPreset) : DEFAULT_WINDOW,
    steps,
    redo: decodeSteps(p, 'redo'),
    selected,
    view: p.get('view') === 'table' ? 'table' : 'graph',
    layout: LAYOUTS.some((l) => l.value === layout) ? (layout as LayoutName) : 'force',
    filter: {
      hiddenTypes: (p.get('ft')?.split(',') ?? []).filter(isType),
      levels: (p.get('fl')?.split(',') ?? []).filter((l): l is CanvasFilter['levels'][number] => (LEVELS as readonly string[]).includes(l)),
      minWeight: Number.isFinite(minWeight) && minWeight > 0 ? minWeight : 0,
      verdict: (VERDICTS as readonly (string | null)[]).includes(verdict) ? (verdict as CanvasFilter['verdict']) : null,
      find: p.get('find') ?? '',
    },
    brush,
    inv: /^[0-9a-f-]{36}$/i.test(p.get('inv') ?? '') ? p.get('inv') : null,
  };
}

export function writeState(s: ExplorerState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.window !== DEFAULT_WINDOW) p.set('w', s.window);
  for (const step of s.steps) p.append('step', encodeStep(step));
  for (const step of s.redo) p.append('redo', encodeStep(step));
  for (const id of s.selected) p.append('sel', id);
  if (s.view === 'table') p.set('view', 'table');
  if (s.layout !== 'force') p.set('layout', s.layout);
  const f = s.filter;
  if (f.hiddenTypes.length) p.set('ft', f.hiddenTypes.join(','));
  if (f.levels.length) p.set('fl', f.levels.join(','));
  if (f.minWeight > 0) p.set('fw', String(f.minWeight));
  if (f.verdict) p.set('fv', f.verdict);
  if (f.find) p.set('find', f.find);
  if (s.brush) p.set('t', s.brush.join(','));
  if (s.inv) p.set('inv', s.inv);
  return p;
}

/** Opening an entity: it, and its first-level links of every type. */
export const openEntity = (node: EntityRef): Step[] => [
  { kind: 'seed', node },
  { kind: 'all', node },
];

/** The steps since the last Clear: all that draws the graph. */
export function liveSteps(steps: Step[]): Step[] {
  const i = steps.map((s) => s.kind).lastIndexOf('clear');
  return i < 0 ? steps : steps.slice(i + 1);
}

const FETCHING = new Set<Step['kind']>(['seed', 'all', 'expand', 'bulk', 'connect']);

/**
 * Adds a step and forgets what was undone. Fetching the same thing twice since the last Clear
 * changes nothing, so such a step is not added.
 */
export function addStep(s: ExplorerState, step: Step): ExplorerState {
  const id = encodeStep(step);
  if (FETCHING.has(step.kind) && liveSteps(s.steps).some((x) => encodeStep(x) === id)) return s;
  return { ...s, steps: [...s.steps, step], redo: [] };
}

export const undo = (s: ExplorerState): ExplorerState =>
  s.steps.length ? { ...s, steps: s.steps.slice(0, -1), redo: [...s.redo, s.steps[s.steps.length - 1]!] } : s;

export const redo = (s: ExplorerState): ExplorerState =>
  s.redo.length ? { ...s, steps: [...s.steps, s.redo[s.redo.length - 1]!], redo: s.redo.slice(0, -1) } : s;
