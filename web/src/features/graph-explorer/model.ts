import type { EntityType, ThreatLevel } from '../../gql/graphql';
import { entityLabel, ENTITY_META, type EntityRef } from '../../lib/entities';
import { groupId, nodeId, type Step } from './state';
import type { StepResult } from './useExplorerData';

/** Above this many neighbours of one type, an expansion draws one group node, opened on demand. */
export const GROUP_THRESHOLD = 12;

export interface GraphNode {
  id: string;
  type: EntityType;
  key: string;
  label: string;
  hits: number;
  detections: number;
  worstLevel: ThreatLevel | null;
  /** What expanding it would add, as the server counted it (before subtracting what is shown). */
  moreNeighbors: number;
  seed: boolean;
  /** The node it was expanded from (new nodes are placed beside it). */
  parent: string | null;
  group?: { from: EntityRef; type: EntityType; total: number; members: number };
  inactive?: boolean;
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
  pending: Step[];
  failed: { step: Step; message: string }[];
}

const WORST: ThreatLevel[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'KNOWN_BOT'];

export function worstLevel(levels: { level: ThreatLevel; count: number }[]): ThreatLevel | null {
  return WORST.find((l) => levels.some((x) => x.level === l && x.count > 0)) ?? null;
}

/** Replays the steps over their fetched results: the graph is a pure function of the URL and the data. */
export function buildGraph(steps: Step[], get: (s: Step) => StepResult | undefined): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const pending: Step[] = [];
  const failed: Graph['failed'] = [];
  const opened = new Set(steps.filter((s) => s.kind === 'open').map((s) => groupId(s.node, s.type)));

  const addEdge = (source: string, target: string, kind: string, weight: number) => {
    const [a, b] = source < target ? [source, target] : [target, source];
    const id = `${a}—${b}`;
    const e = edges.get(id);
    if (e) e.weight = Math.max(e.weight, weight);
    else edges.set(id, { id, source, target, kind, weight });
  };

  for (const step of steps) {
    if (step.kind === 'open') continue;
    const r = get(step);
    if (!r || r.status === 'loading') {
      pending.push(step);
      continue;
    }
    if (r.status === 'error') {
      failed.push({ step, message: r.message });
      continue;
    }
    const from = nodeId(step.node);
    if (r.status === 'seed') {
      const e = r.entity;
      nodes.set(from, {
        ...(nodes.get(from) ?? {}),
        id: from, type: step.node.type, key: step.node.key, label: entityLabel(step.node), parent: null, seed: true,
        hits: e?.hits ?? 0, detections: e?.detectionCount ?? 0, worstLevel: e ? worstLevel(e.threatLevels) : null,
        moreNeighbors: nodes.get(from)?.moreNeighbors ?? 0, inactive: !e,
      });
      continue;
    }
    if (!nodes.has(from)) continue; // its node came from a step that no longer draws it
    for (const g of r.groups) {
      const gid = groupId(step.node, g.type);
      if (g.neighbors.length > GROUP_THRESHOLD && !opened.has(gid)) {
        nodes.set(gid, {
          id: gid, type: g.type, key: gid, label: `${g.totalCount} ${ENTITY_META[g.type].plural}`, parent: from, seed: false,
          hits: g.neighbors.reduce((n, x) => n + x.weight, 0), detections: 0, worstLevel: null, moreNeighbors: 0,
          group: { from: step.node, type: g.type, total: g.totalCount, members: g.neighbors.length },
        });
        addEdge(from, gid, `${step.node.type}_${g.type}`, g.neighbors.reduce((n, x) => n + x.weight, 0));
        continue;
      }
      for (const n of g.neighbors) {
        const ref = { type: n.entity.type, key: n.entity.key };
        const id = nodeId(ref);
        if (!nodes.has(id))
          nodes.set(id, {
            id, type: ref.type, key: ref.key, label: entityLabel(ref), parent: from, seed: false,
            hits: n.entity.hits, detections: n.entity.detectionCount, worstLevel: worstLevel(n.entity.threatLevels), moreNeighbors: n.hiddenNeighborCount,
          });
        addEdge(from, id, n.linkKind, n.weight);
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)), pending, failed };
}

/** Neighbours an entity has that the graph does not show yet: the server's count minus its drawn links. */
export function hiddenCount(g: Graph, node: GraphNode): number {
  const drawn = g.edges.filter((e) => e.source === node.id || e.target === node.id).length;
  return Math.max(0, node.moreNeighbors + (node.parent ? 1 : 0) - drawn);
}

