import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { getFragmentData, type FragmentType } from '../../gql';
import type {
  ExplorerConnectQuery as ConnectData,
  ExplorerNeighborsFragment as MaskedGroup,
  ExplorerNodeFragment as ExplorerNode,
  WindowPreset,
} from '../../gql/graphql';
import type { EntityRef } from '../../lib/entities';
import {
  ExplorerBulkExpandQuery,
  ExplorerConnectQuery,
  ExplorerExpandQuery,
  ExplorerNeighborsFragment,
  ExplorerNodeFragment,
  ExplorerSeedLinksQuery,
  ExplorerSeedQuery,
} from './queries';
import { liveSteps, nodeId, stepId, type Step } from './state';

/** Neighbours fetched per expansion: enough to group, open and read; the totals say how many more exist. */
export const EXPAND_FIRST = 100;
/**
 * A selection expanded at once: fewer neighbours per node (the totals still say how many), and the
 * selection sent in parts whose cost fits the server's budget for one operation (96 IPs × 100 ASes
 * priced 31,111 against 25,000): one part per BULK_PART nodes, one after another, with progress.
 */
export const BULK_FIRST = 25;
export const BULK_PART = 150;

/** How far a multi-part step has got. */
export type Progress = (done: number, of: number) => void;

export type { ExplorerNode };
type Neighbor = Omit<MaskedGroup['neighbors'][number], 'entity'> & { entity: ExplorerNode };
export type NeighborGroup = Omit<MaskedGroup, 'neighbors'> & { neighbors: Neighbor[] };
export type NeighborGroups = readonly NeighborGroup[];
type Path = Omit<NonNullable<ConnectData['connections']>['paths'][number], 'entities'> & { entities: ExplorerNode[] };
type Connections = { common: NonNullable<ConnectData['connections']>['common']; paths: Path[] };

const node = (e: FragmentType<typeof ExplorerNodeFragment>): ExplorerNode => getFragmentData(ExplorerNodeFragment, e);
const unmask = (groups: readonly FragmentType<typeof ExplorerNeighborsFragment>[] | null | undefined): NeighborGroups =>
  groups
    ? getFragmentData(ExplorerNeighborsFragment, groups).map((g) => ({ ...g, neighbors: g.neighbors.map((n) => ({ ...n, entity: node(n.entity) })) }))
    : [];

export type StepResult =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'seed'; entity: ExplorerNode | null }
  | { status: 'expand'; groups: NeighborGroups }
  | { status: 'bulk'; expansions: { node: EntityRef; groups: NeighborGroups }[] }
  | { status: 'connect'; connections: Connections };

/** A link between two seeds, as the graph layer holds it over the window. */
export interface SeedLink {
  from: EntityRef;
  to: EntityRef;
  kind: string;
  weight: number;
}

/** Seeds whose links to each other are asked in one request, at most (the server's own limit). */
export const MAX_SEED_LINKS = 1000;

/** When each expansion's answer arrived, for the canvas to time its layout against. */
export const answeredAt = new Map<string, number>();

/**
 * The steps' answers, kept for the page's life (the graph page left and opened again draws without
 * asking), the oldest forgotten first. Not Apollo's cache: normalizing thousands of neighbours into it
 * and reading them back out cost 0.7 s of main thread per large answer (measured at 4,600 nodes),
 * and the explorer reads its answers whole, never through the cache.
 */
const remembered = new Map<string, StepResult>();
const REMEMBERED = 500;
/** An answer landed (or came from the memo): the canvas times its paint from now. */
function landed(key: string, r: StepResult) {
  answeredAt.set(key, performance.now());
  remembered.delete(key);
  remembered.set(key, r);
  if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value!);
}
const NO_CACHE = { fetchPolicy: 'no-cache' } as const;

/**
 * Fetches what each step needs, each once per window: adding a step fetches only that step, and
 * replaying a shared link fetches every step at once, in parallel. Steps before the last Clear draw
 * nothing and are not fetched.
 */
export function useExplorerData(steps: Step[], window: WindowPreset) {
  const client = useApolloClient();
  const [results, setResults] = useState(() => new Map<string, StepResult>());
  const requested = useRef(new Set<string>());
  const [attempt, setAttempt] = useState(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    const set = (key: string, r: StepResult) => mounted.current && setResults((m) => new Map(m).set(key, r));
    for (const step of liveSteps(steps)) {
      const run = fetchStep(client, step, window);
      if (!run) continue;
      const key = `${window}|${stepId(step)}`;
      if (requested.current.has(key)) continue;
      requested.current.add(key);
      const known = remembered.get(key);
      if (known) {
        landed(key, known);
        set(key, known);
        continue;
      }
      set(key, { status: 'loading' });
      run()
        .then((r) => {
          landed(key, r);
          set(key, r);
        })
        .catch((e: Error) => {
          requested.current.delete(key);
          set(key, { status: 'error', message: e.message });
        });
    }
  }, [steps, window, client, attempt]);

  // several seeds (a hunt's or an alert's entities) are linked to each other as the layer links them
  const seeds = useMemo(() => {
    const byId = new Map<string, EntityRef>();
    for (const s of liveSteps(steps)) if (s.kind === 'seed') byId.set(nodeId(s.node), s.node);
    return [...byId.values()];
  }, [steps]);
  const seedsKey = `${window}|${seeds.map(nodeId).sort().join(',')}`;
  const [seedLinks, setSeedLinks] = useState<{ key: string; links: SeedLink[] } | null>(null);
  useEffect(() => {
    if (seeds.length < 2 || seeds.length > MAX_SEED_LINKS) return;
    client
      .query({
        ...NO_CACHE,
        query: ExplorerSeedLinksQuery,
        variables: { refs: seeds.map((s) => ({ type: s.type, value: s.key })), window: { preset: window } },
      })
      .then((r) => {
        const links = (r.data?.linksAmong.links ?? []).map((l) => ({
          from: { type: l.from.type, key: l.from.key },
          to: { type: l.to.type, key: l.to.key },
          kind: l.linkKind,
          weight: l.weight,
        }));
        if (mounted.current) setSeedLinks({ key: seedsKey, links });
      })
      // the links between seeds are a courtesy: without them each seed still draws
      .catch(() => {});
    // eslint-disable-next-line react-hooks/exhaustive-deps -- seedsKey names the seeds and the window
  }, [seedsKey, client]);

  const get = useCallback((step: Step) => results.get(`${window}|${stepId(step)}`), [results, window]);
  /** Asks again for the steps that failed. */
  const retry = () => setAttempt((n) => n + 1);
  /**
   * Fetches a step before it becomes one: the caller adds it to the steps (the URL, the undo history)
   * only once this resolves, so a step that fails never enters the history. Rejects with the reason.
   */
  const prefetch = useCallback(
    async (step: Step, progress?: Progress) => {
      const run = fetchStep(client, step, window, progress);
      if (!run) return;
      const key = `${window}|${stepId(step)}`;
      const r = await run();
      landed(key, r);
      requested.current.add(key);
      if (mounted.current) setResults((m) => new Map(m).set(key, r));
    },
    [client, window],
  );
  return { get, retry, prefetch, seedLinks: seedLinks?.key === seedsKey ? seedLinks.links : NO_LINKS };
}

const NO_LINKS: SeedLink[] = [];

function fetchStep(client: ReturnType<typeof useApolloClient>, step: Step, window: WindowPreset, progress?: Progress): (() => Promise<StepResult>) | null {
  const w = { preset: window };
  switch (step.kind) {
    case 'seed':
      return () =>
        client
          .query({ ...NO_CACHE, query: ExplorerSeedQuery, variables: { type: step.node.type, value: step.node.key, window: w } })
          .then((r) => ({ status: 'seed', entity: r.data?.entity ? node(r.data.entity) : null }));
    case 'all':
    case 'expand':
      return () =>
        client
          .query({
            ...NO_CACHE,
            query: ExplorerExpandQuery,
            variables: {
              type: step.node.type,
              value: step.node.key,
              window: w,
              types: step.kind === 'expand' ? [step.type] : null,
              first: (step.kind === 'expand' && step.first) || EXPAND_FIRST,
            },
          })
          .then((r) => ({ status: 'expand', groups: unmask(r.data?.entity?.neighbors) }));
    case 'bulk':
      return async () => {
        const parts = Array.from({ length: Math.ceil(step.nodes.length / BULK_PART) }, (_, i) => step.nodes.slice(i * BULK_PART, (i + 1) * BULK_PART));
        const expansions: { node: EntityRef; groups: NeighborGroups }[] = [];
        progress?.(0, parts.length);
        for (const [i, part] of parts.entries()) {
          const r = await client.query({
            ...NO_CACHE,
            query: ExplorerBulkExpandQuery,
            variables: { refs: part.map((n) => ({ type: n.type, value: n.key })), types: [step.type], first: BULK_FIRST, window: w },
          });
          if (r.error) throw r.error;
          expansions.push(...part.map((node, k) => ({ node, groups: unmask(r.data?.entities[k]?.neighbors) })));
          progress?.(i + 1, parts.length);
        }
        return { status: 'bulk', expansions };
      };
    case 'connect':
      return () =>
        client
          .query({
            ...NO_CACHE,
            query: ExplorerConnectQuery,
            variables: { a: { type: step.nodes[0].type, value: step.nodes[0].key }, b: { type: step.nodes[1].type, value: step.nodes[1].key }, window: w },
          })
          .then((r) => {
            const c = r.data?.connections;
            return {
              status: 'connect',
              connections: { common: c?.common ?? [], paths: (c?.paths ?? []).map((p) => ({ ...p, entities: p.entities.map(node) })) },
            };
          });
    default:
      return null;
  }
}
