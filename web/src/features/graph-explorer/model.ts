import { verdictOf } from '../../components/VerdictBadge';
import { userAgentLabels } from '../../lib/user-agent';
import type { EntityType, ThreatLevel } from '../../gql/graphql';
import { entityLabel, ENTITY_META, type EntityRef } from '../../lib/entities';
import { groupId, liveSteps, nodeId, type CanvasFilter, type Step } from './state';
import type { ExplorerNode, NeighborGroups, SeedLink, StepResult } from './useExplorerData';

/** Above this many neighbours of one type, an expansion draws one group node, opened on demand. */
export const GROUP_THRESHOLD = 12;

export type Verdict = 'MALICIOUS' | 'SUSPICIOUS' | 'LEGITIMATE';

export interface GraphNode {
  id: string;
  type: EntityType;
  key: string;
  label: string;
  hits: number;
  detections: number;
  worstLevel: ThreatLevel | null;
  /** The analyst's latest verdict on it. */
  verdict: Verdict | null;
  /** What expanding it would add, as the server counted it (before subtracting what is shown). */
  moreNeighbors: number;
  seed: boolean;
  /** The node it was expanded from (new nodes are placed beside it). */
  parent: string | null;
  /** Link types already expanded from it. */
  expanded: EntityType[];
  pinned: boolean;
  /** Links from the nearest seed (0 for a seed). */
  hop: number;
  group?: { from: EntityRef; type: EntityType; total: number; members: number; refs: EntityRef[] };
  inactive?: boolean;
  /** No activity in the brushed time range. */
  dimmed?: boolean;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  weight: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The last "how are these connected" answer: its ends, common neighbours, paths and their links. */
  connection?: { ends: [string, string]; common: number; paths: number; edges: string[] };
  pending: Step[];
  failed: { step: Step; message: string }[];
}

const WORST: ThreatLevel[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'KNOWN_BOT'];

export function worstLevel(levels: { level: ThreatLevel; count: number }[]): ThreatLevel | null {
  return WORST.find((l) => levels.some((x) => x.level === l && x.count > 0)) ?? null;
}

/**
 * A node's label on the canvas. A JA4 shows each of its three sections, the hashes shortened:
 * sibling fingerprints (same client, rotated ciphers or extensions) differ in the second or third.
 */
export function canvasLabel(ref: EntityRef): string {
  const [a, b, c] = ref.key.split('_');
  if (ref.type === 'JA4' && a && b && c && b.length > 6 && c.length > 6) return `${a}_${b.slice(0, 6)}…_${c.slice(0, 6)}…`;
  return entityLabel(ref);
}

/** Groups open at the end of the steps: the last open or regroup step about each decides. */
export function openedGroups(steps: Step[]): Set<string> {
  const opened = new Set<string>();
  for (const s of liveSteps(steps)) {
    if (s.kind === 'open') opened.add(groupId(s.node, s.type));
    if (s.kind === 'regroup') opened.delete(groupId(s.node, s.type));
  }
  return opened;
}

/** Replays the steps over their fetched results: the graph is a pure function of the URL and the data. */
export function buildGraph(allSteps: Step[], get: (s: Step) => StepResult | undefined, seedLinks: readonly SeedLink[] = []): Graph {
  const steps = liveSteps(allSteps);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const pending: Step[] = [];
  const failed: Graph['failed'] = [];
  const opened = openedGroups(steps);

  const addEdge = (source: string, target: string, kind: string, weight: number) => {
    const [a, b] = source < target ? [source, target] : [target, source];
    const id = `${a}—${b}`;
    const e = edges.get(id);
    if (e) e.weight = Math.max(e.weight, weight);
    else edges.set(id, { id, source, target, kind, weight });
  };
  const remove = (id: string) => {
    nodes.delete(id);
    for (const [eid, e] of edges) if (e.source === id || e.target === id) edges.delete(eid);
  };
  const base = (
    id: string,
    ref: EntityRef,
    e: Pick<ExplorerNode, 'hits' | 'detectionCount' | 'threatLevels'> & { classifications?: ExplorerNode['classifications'] },
    parent: string | null,
  ): GraphNode => ({
    id,
    type: ref.type,
    key: ref.key,
    label: canvasLabel(ref),
    parent,
    seed: false,
    hits: e.hits,
    detections: e.detectionCount,
    worstLevel: worstLevel(e.threatLevels),
    verdict: verdictOf(e),
    moreNeighbors: 0,
    expanded: [],
    pinned: false,
    hop: 0,
  });

  const expand = (node: EntityRef, groups: NeighborGroups) => {
    const from = nodeId(node);
    const source = nodes.get(from);
    if (!source) return; // its node came from a step that no longer draws it
    for (const g of groups) {
      if (g.totalCount > 0 && !source.expanded.includes(g.type)) source.expanded.push(g.type);
      const gid = groupId(node, g.type);
      if (g.neighbors.length > GROUP_THRESHOLD && !opened.has(gid)) {
        const weight = g.neighbors.reduce((n, x) => n + x.weight, 0);
        nodes.set(gid, {
          id: gid,
          type: g.type,
          key: gid,
          label: `${g.totalCount} ${ENTITY_META[g.type].plural}`,
          parent: from,
          seed: false,
          hits: weight,
          detections: 0,
          worstLevel: null,
          verdict: null,
          moreNeighbors: 0,
          expanded: [],
          pinned: false,
          hop: 0,
          group: {
            from: node,
            type: g.type,
            total: g.totalCount,
            members: g.neighbors.length,
            refs: g.neighbors.map((n) => ({ type: n.entity.type, key: n.entity.key })),
          },
        });
        addEdge(from, gid, `${node.type}_${g.type}`, weight);
        continue;
      }
      for (const n of g.neighbors) {
        const ref = { type: n.entity.type, key: n.entity.key };
        const id = nodeId(ref);
        if (!nodes.has(id)) nodes.set(id, { ...base(id, ref, n.entity, from), moreNeighbors: n.hiddenNeighborCount });
        addEdge(from, id, n.linkKind, n.weight);
      }
    }
  };

  let connection: Graph['connection'];
  const connect = (ends: [EntityRef, EntityRef], c: Extract<StepResult, { status: 'connect' }>['connections']): Graph['connection'] => {
    const ids = ends.map(nodeId) as [string, string];
    const onPaths: string[] = [];
    for (const path of c.paths) {
      let previous: string | null = null;
      for (const e of path.entities) {
        const ref = { type: e.type, key: e.key };
        const nid = nodeId(ref);
        if (!nodes.has(nid)) nodes.set(nid, base(nid, ref, e, previous));
        if (previous) {
          addEdge(previous, nid, `${nodes.get(previous)!.type}_${ref.type}`, path.weight);
          onPaths.push([previous, nid].sort().join('—'));
        }
        previous = nid;
      }
    }
    return { ends: ids, common: c.common.length, paths: c.paths.length, edges: [...new Set(onPaths)] };
  };

  for (const step of steps) {
    if (step.kind === 'hide') {
      step.ids.forEach(remove);
      continue;
    }
    if (step.kind === 'collapse') {
      const from = nodeId(step.node);
      for (const n of [...nodes.values()]) {
        if (n.parent !== from || n.seed) continue;
        const links = [...edges.values()].filter((e) => e.source === n.id || e.target === n.id);
        if (links.every((e) => e.source === from || e.target === from)) remove(n.id);
      }
      const source = nodes.get(from);
      if (source) source.expanded = [];
      continue;
    }
    if (step.kind === 'pin') {
      for (const id of step.ids) {
        const n = nodes.get(id);
        if (n) n.pinned = step.on;
      }
      continue;
    }
    if (step.kind === 'open' || step.kind === 'regroup' || step.kind === 'clear') continue;
    const r = get(step);
    if (!r || r.status === 'loading') {
      pending.push(step);
      continue;
    }
    if (r.status === 'error') {
      failed.push({ step, message: r.message });
      continue;
    }
    if (r.status === 'seed' && step.kind === 'seed') {
      const from = nodeId(step.node);
      const e = r.entity;
      const was = nodes.get(from);
      nodes.set(from, {
        ...base(from, step.node, e ?? { hits: 0, detectionCount: 0, threatLevels: [] }, null),
        ...(e ? {} : { inactive: true }),
        moreNeighbors: was?.moreNeighbors ?? 0,
        expanded: was?.expanded ?? [],
        pinned: was?.pinned ?? false,
        seed: true,
      });
    } else if (r.status === 'expand' && (step.kind === 'expand' || step.kind === 'all')) expand(step.node, r.groups);
    else if (r.status === 'bulk') for (const x of r.expansions) expand(x.node, x.groups);
    else if (r.status === 'connect' && step.kind === 'connect') connection = connect(step.nodes, r.connections);
  }
  for (const l of seedLinks) addEdge(nodeId(l.from), nodeId(l.to), l.kind, l.weight);
  const kept = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  setHops(nodes, kept);
  // User-Agents drawn together read as what tells them apart, not as the same cut-off prefix
  const uas = [...nodes.values()].filter((n) => n.type === 'USER_AGENT' && !n.group);
  const labels = userAgentLabels(uas.map((n) => n.key));
  for (const n of uas) n.label = labels.get(n.key) ?? n.label;
  return { nodes: [...nodes.values()], edges: kept, pending, failed, ...(connection ? { connection } : {}) };
}

/** Breadth-first distance from the seeds, for the ring and hierarchy layouts. */
function setHops(nodes: Map<string, GraphNode>, edges: GraphEdge[]) {
  const adjacent = new Map<string, string[]>();
  for (const e of edges) {
    adjacent.set(e.source, [...(adjacent.get(e.source) ?? []), e.target]);
    adjacent.set(e.target, [...(adjacent.get(e.target) ?? []), e.source]);
  }
  let frontier = [...nodes.values()].filter((n) => n.seed).map((n) => n.id);
  const seen = new Set(frontier);
  for (const n of nodes.values()) n.hop = n.seed ? 0 : Infinity;
  for (let hop = 1; frontier.length; hop++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const other of adjacent.get(id) ?? [])
        if (!seen.has(other)) {
          seen.add(other);
          nodes.get(other)!.hop = hop;
          next.push(other);
        }
    frontier = next;
  }
  const far = Math.max(0, ...[...nodes.values()].map((n) => (Number.isFinite(n.hop) ? n.hop : 0))) + 1;
  for (const n of nodes.values()) if (!Number.isFinite(n.hop)) n.hop = far;
}

/** Neighbours an entity has that the graph does not show yet: the server's count minus its drawn links. */
export function hiddenCount(g: Graph, node: GraphNode): number {
  const drawn = g.edges.filter((e) => e.source === node.id || e.target === node.id).length;
  return Math.max(0, node.moreNeighbors + (node.parent ? 1 : 0) - drawn);
}

/** What the canvas shows under a filter: the graph minus filtered nodes, light links and nodes they strand. */
export function applyFilter(g: Graph, f: CanvasFilter): Graph {
  const keep = (n: GraphNode) =>
    n.seed ||
    (!f.hiddenTypes.includes(n.type) &&
      (!f.levels.length || n.group !== undefined || f.levels.includes(n.worstLevel ?? 'NONE')) &&
      (!f.verdict || n.group !== undefined || (n.verdict ?? 'NONE') === f.verdict));
  const nodes = g.nodes.filter(keep);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = g.edges.filter((e) => ids.has(e.source) && ids.has(e.target) && e.weight >= f.minWeight);
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const shown = f.minWeight > 0 ? nodes.filter((n) => n.seed || linked.has(n.id)) : nodes;
  return { ...g, nodes: shown, edges };
}

/** Nodes whose label or key contains the text, case-insensitively. */
export function findNodes(g: Graph, text: string): GraphNode[] {
  const t = text.trim().toLowerCase();
  return t ? g.nodes.filter((n) => n.key.toLowerCase().includes(t) || n.label.toLowerCase().includes(t)) : [];
}

/** Per drawn link, its requests per time bucket (bucket start in ms → requests). */
export type LinkActivity = Map<string, Map<number, number>>;

/**
 * The graph as it was in a time range: each timed link weighs its requests in the range, and a
 * node whose timed links all stayed silent in it is dimmed. Links the brush could not time (to a
 * group) keep their weight.
 */
export function applyBrush(g: Graph, activity: LinkActivity, range: [number, number] | null): Graph {
  if (!range) return g;
  const inRange = (series: Map<number, number>) => [...series].reduce((n, [t, hits]) => n + (t >= range[0] && t < range[1] ? hits : 0), 0);
  const edges = g.edges.map((e) => {
    const series = activity.get(e.id);
    return series ? { ...e, weight: inRange(series) } : e;
  });
  const active = new Set(edges.filter((e) => e.weight > 0).flatMap((e) => [e.source, e.target]));
  const timed = new Set(edges.filter((e) => activity.has(e.id)).flatMap((e) => [e.source, e.target]));
  return { ...g, edges, nodes: g.nodes.map((n) => (timed.has(n.id) && !active.has(n.id) ? { ...n, dimmed: true } : n)) };
}
