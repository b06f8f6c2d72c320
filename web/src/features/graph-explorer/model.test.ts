import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../gql/graphql';
import { applyBrush, applyFilter, buildGraph, canvasLabel, findNodes, GROUP_THRESHOLD, hiddenCount } from './model';
import { NO_FILTER } from './state';
import { stepId, type Step } from './state';
import type { StepResult } from './useExplorerData';

const entity = (type: EntityType, key: string, level: 'CRITICAL' | 'LOW' | null = null, verdict: 'MALICIOUS' | null = null) => ({
  __typename: 'IP' as const,
  type,
  key,
  hits: 10,
  detectionCount: level ? 1 : 0,
  threatLevels: level ? [{ __typename: 'ThreatLevelCount' as const, level, count: 1 }] : [],
  classifications: verdict ? [{ __typename: 'Classification' as const, label: verdict }] : [],
});
const neighbors = (from: EntityType, type: EntityType, n: number, total = n) => ({
  status: 'expand' as const,
  groups: [
    {
      __typename: 'NeighborGroup' as const,
      type,
      totalCount: total,
      neighbors: Array.from({ length: n }, (_, i) => ({
        __typename: 'Neighbor' as const,
        linkKind: `${from}_${type}`,
        weight: 100 - i,
        uniqueIps: 1,
        hiddenNeighborCount: 2,
        entity: entity(type, `${type.toLowerCase()}-${i}`),
      })),
    },
  ],
});

const seed: Step = { kind: 'seed', node: { type: 'JA4', key: 'j' } };
const toIps: Step = { kind: 'expand', node: { type: 'JA4', key: 'j' }, type: 'IP' };
const toCountries: Step = { kind: 'expand', node: { type: 'JA4', key: 'j' }, type: 'COUNTRY' };

function graph(steps: Step[], results: Record<string, StepResult>) {
  return buildGraph(steps, (s) => results[stepId(s)]);
}

describe('buildGraph', () => {
  it('links seeds to each other as the layer links them, and draws no link to a node not on the canvas', () => {
    const ip: Step = { kind: 'seed', node: { type: 'IP', key: '198.51.100.7' } };
    const results = {
      [stepId(seed)]: { status: 'seed' as const, entity: entity('JA4', 'j') },
      [stepId(ip)]: { status: 'seed' as const, entity: entity('IP', '198.51.100.7') },
    };
    const links = [
      { from: { type: 'JA4' as const, key: 'j' }, to: { type: 'IP' as const, key: '198.51.100.7' }, kind: 'JA4_IP', weight: 7 },
      { from: { type: 'JA4' as const, key: 'j' }, to: { type: 'IP' as const, key: '203.0.113.9' }, kind: 'JA4_IP', weight: 3 },
    ];
    expect(buildGraph([seed, ip], (s) => results[stepId(s)]).edges).toEqual([]);
    const g = buildGraph([seed, ip], (s) => results[stepId(s)], links);
    expect(g.edges.map((e) => [e.source, e.target, e.weight])).toEqual([['JA4:j', 'IP:198.51.100.7', 7]]);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['IP:198.51.100.7', 'JA4:j']);
  });

  it('draws the seed and its neighbours with weighted links and threat levels', () => {
    const g = graph([seed, toCountries], {
      [stepId(seed)]: { status: 'seed', entity: entity('JA4', 'j', 'CRITICAL') },
      [stepId(toCountries)]: neighbors('JA4', 'COUNTRY', 5),
    });
    expect(g.nodes.map((n) => n.id)).toEqual(['JA4:j', ...Array.from({ length: 5 }, (_, i) => `COUNTRY:country-${i}`)]);
    expect(g.nodes[0]!.worstLevel).toBe('CRITICAL');
    expect(g.edges).toHaveLength(5);
    expect(g.edges[0]).toMatchObject({ kind: 'JA4_COUNTRY', weight: 100 });
    expect(g.nodes.every((n) => n.id === 'JA4:j' || n.parent === 'JA4:j')).toBe(true);
  });

  it(`groups more than ${GROUP_THRESHOLD} neighbours of a type, and opens the group on demand`, () => {
    const results = { [stepId(seed)]: { status: 'seed' as const, entity: entity('JA4', 'j') }, [stepId(toIps)]: neighbors('JA4', 'IP', 40, 96) };
    const grouped = graph([seed, toIps], results);
    expect(grouped.nodes).toHaveLength(2);
    expect(grouped.nodes[1]!.group).toMatchObject({ total: 96, members: 40, type: 'IP' });
    expect(grouped.nodes[1]!.label).toBe('96 IPs');
    const open: Step = { kind: 'open', node: seed.node, type: 'IP' };
    const opened = graph([seed, toIps, open], results);
    expect(opened.nodes).toHaveLength(41);
    expect(opened.edges).toHaveLength(40);
  });

  it('draws an entity reached twice once, with a link to each node it was reached from', () => {
    const ip: Step = { kind: 'seed', node: { type: 'IP', key: 'ip-0' } };
    const ipToCountry: Step = { kind: 'expand', node: ip.node, type: 'COUNTRY' };
    const g = graph([seed, toCountries, ip, ipToCountry], {
      [stepId(seed)]: { status: 'seed', entity: entity('JA4', 'j') },
      [stepId(toCountries)]: neighbors('JA4', 'COUNTRY', 3),
      [stepId(ip)]: { status: 'seed', entity: entity('IP', 'ip-0') },
      [stepId(ipToCountry)]: neighbors('IP', 'COUNTRY', 1),
    });
    expect(g.nodes.filter((n) => n.id === 'COUNTRY:country-0')).toHaveLength(1);
    expect(g.edges.filter((e) => e.source === 'COUNTRY:country-0' || e.target === 'COUNTRY:country-0')).toHaveLength(2);
    expect(
      hiddenCount(
        g,
        g.nodes.find((n) => n.id === 'COUNTRY:country-0')!,
      ),
    ).toBe(1);
  });

  it('reports steps still loading and steps that failed, and skips expansions of nodes it does not draw', () => {
    const g = graph([seed, toIps, { kind: 'expand', node: { type: 'IP', key: 'gone' }, type: 'JA4' }], {
      [stepId(seed)]: { status: 'error', message: 'boom' },
      [stepId(toIps)]: { status: 'loading' },
    });
    expect(g.failed).toEqual([{ step: seed, message: 'boom' }]);
    expect(g.pending).toHaveLength(2);
    expect(g.nodes).toEqual([]);
  });

  const seeded = { [stepId(seed)]: { status: 'seed' as const, entity: entity('JA4', 'j', null, 'MALICIOUS') } };

  it('hides nodes, collapses an expansion, regroups an opened group and pins, replayed in order', () => {
    const results = { ...seeded, [stepId(toIps)]: neighbors('JA4', 'IP', 40, 96), [stepId(toCountries)]: neighbors('JA4', 'COUNTRY', 3) };
    const open: Step = { kind: 'open', node: seed.node, type: 'IP' };
    const base = [seed, toIps, open, toCountries];
    expect(graph(base, results).nodes).toHaveLength(44);
    expect(graph(base, results).nodes[0]).toMatchObject({ verdict: 'MALICIOUS', expanded: ['IP', 'COUNTRY'], hop: 0 });

    const hidden = graph([...base, { kind: 'hide', ids: ['IP:ip-0', 'COUNTRY:country-1'] }], results);
    expect(hidden.nodes.map((n) => n.id)).not.toContain('IP:ip-0');
    expect(hidden.nodes).toHaveLength(42);
    expect(hidden.edges.some((e) => e.source === 'IP:ip-0' || e.target === 'IP:ip-0')).toBe(false);

    const collapsed = graph([...base, { kind: 'collapse', node: seed.node }], results);
    expect(collapsed.nodes.map((n) => n.id)).toEqual(['JA4:j']);
    expect(collapsed.nodes[0]!.expanded).toEqual([]);

    const regrouped = graph([...base, { kind: 'regroup', node: seed.node, type: 'IP' }], results);
    expect(regrouped.nodes.filter((n) => n.group)).toHaveLength(1);
    expect(regrouped.nodes).toHaveLength(1 + 1 + 3);

    const pinned = graph([...base, { kind: 'pin', ids: ['COUNTRY:country-2'], on: true }], results);
    expect(pinned.nodes.find((n) => n.id === 'COUNTRY:country-2')!.pinned).toBe(true);
    const unpinned = graph([...base, { kind: 'pin', ids: ['COUNTRY:country-2'], on: true }, { kind: 'pin', ids: ['COUNTRY:country-2'], on: false }], results);
    expect(unpinned.nodes.find((n) => n.id === 'COUNTRY:country-2')!.pinned).toBe(false);

    // Clear draws nothing of what came before; what follows draws again
    expect(graph([...base, { kind: 'clear' }], results).nodes).toEqual([]);
    expect(graph([...base, { kind: 'clear' }, seed], results).nodes.map((n) => n.id)).toEqual(['JA4:j']);
  });

  it('shows more of a big group when the analyst asks for more than the first expansion brought', () => {
    const more: Step = { ...toIps, first: 500 };
    const open: Step = { kind: 'open', node: toIps.node, type: 'IP' };
    const results = {
      [stepId(seed)]: { status: 'seed' as const, entity: entity('JA4', 'j') },
      [stepId(toIps)]: neighbors('JA4', 'IP', 100, 4009),
      [stepId(more)]: neighbors('JA4', 'IP', 500, 4009),
    };
    // the first expansion alone draws its 100
    expect(graph([seed, toIps, open], results).nodes.filter((n) => n.type === 'IP')).toHaveLength(100);
    const closed = graph([seed, toIps, more], results);
    const group = closed.nodes.find((n) => n.group);
    expect(group?.group).toMatchObject({ total: 4009, members: 500 });
    expect(closed.edges).toHaveLength(1);
    const opened = graph([seed, toIps, more, open], results);
    expect(opened.nodes.filter((n) => n.type === 'IP')).toHaveLength(500);
    expect(opened.edges).toHaveLength(500);
  });

  it('expands several selected nodes from one bulk answer, linking each to its own neighbours', () => {
    const a = { type: 'IP' as const, key: 'a' };
    const b = { type: 'IP' as const, key: 'b' };
    const steps: Step[] = [
      { kind: 'seed', node: a },
      { kind: 'seed', node: b },
      { kind: 'bulk', nodes: [a, b], type: 'ASN' },
    ];
    const asn = (n: number) => neighbors('IP', 'ASN', n).groups;
    const g = graph(steps, {
      [stepId(steps[0]!)]: { status: 'seed', entity: entity('IP', 'a') },
      [stepId(steps[1]!)]: { status: 'seed', entity: entity('IP', 'b') },
      [stepId(steps[2]!)]: {
        status: 'bulk',
        expansions: [
          { node: a, groups: asn(1) },
          { node: b, groups: asn(2) },
        ],
      },
    });
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['ASN:asn-0', 'ASN:asn-1', 'IP:a', 'IP:b']);
    expect(g.edges.map((e) => [e.source, e.target].sort().join(' ')).sort()).toEqual(['ASN:asn-0 IP:a', 'ASN:asn-0 IP:b', 'ASN:asn-1 IP:b']);
    expect(g.nodes.find((n) => n.id === 'ASN:asn-1')!.hop).toBe(1);
  });

  it('filters by type, threat level, link weight and verdict, keeping the seed, and finds by text', () => {
    const results = { ...seeded, [stepId(toCountries)]: neighbors('JA4', 'COUNTRY', 5) };
    const g = graph([seed, toCountries], results);
    expect(applyFilter(g, { ...NO_FILTER, hiddenTypes: ['COUNTRY', 'JA4'] }).nodes.map((n) => n.id)).toEqual(['JA4:j']);
    // weights are 100, 99, … 96: at 98 the two lightest links and their nodes go
    const heavy = applyFilter(g, { ...NO_FILTER, minWeight: 98 });
    expect(heavy.nodes.map((n) => n.id)).toEqual(['JA4:j', 'COUNTRY:country-0', 'COUNTRY:country-1', 'COUNTRY:country-2']);
    expect(heavy.edges).toHaveLength(3);
    expect(applyFilter(g, { ...NO_FILTER, levels: ['CRITICAL'] }).nodes).toHaveLength(1);
    expect(applyFilter(g, { ...NO_FILTER, levels: ['NONE'] }).nodes).toHaveLength(6);
    expect(applyFilter(g, { ...NO_FILTER, verdict: 'MALICIOUS' }).nodes.map((n) => n.id)).toEqual(['JA4:j']);
    expect(applyFilter(g, { ...NO_FILTER, verdict: 'NONE' }).nodes).toHaveLength(6);
    expect(findNodes(g, 'COUNTRY-3').map((n) => n.id)).toEqual(['COUNTRY:country-3']);
    expect(findNodes(g, '  ')).toEqual([]);
  });

  it('labels a JA4 with each of its sections, so siblings differ on the canvas', () => {
    const a = canvasLabel({ type: 'JA4', key: 't13d1516h2_8daaf6152771_02713d6af862' });
    const b = canvasLabel({ type: 'JA4', key: 't13d1516h2_8daaf6152771_e5627efa2ab1' });
    const c = canvasLabel({ type: 'JA4', key: 't13d1516h2_acb858a92679_02713d6af862' });
    expect(new Set([a, b, c]).size).toBe(3);
    expect(a).toBe('t13d1516h2_8daaf6…_02713d…');
  });

  it('draws how two nodes are connected: the entities along each path and its links, marked', () => {
    const a = { type: 'IP' as const, key: 'a' };
    const b = { type: 'IP' as const, key: 'b' };
    const steps: Step[] = [
      { kind: 'seed', node: a },
      { kind: 'seed', node: b },
      { kind: 'connect', nodes: [a, b] },
    ];
    const e = (type: EntityType, key: string) => entity(type, key);
    const g = graph(steps, {
      [stepId(steps[0]!)]: { status: 'seed', entity: entity('IP', 'a') },
      [stepId(steps[1]!)]: { status: 'seed', entity: entity('IP', 'b') },
      [stepId(steps[2]!)]: {
        status: 'connect',
        connections: {
          common: [{ type: 'JA4', key: 'j' }],
          paths: [
            { hops: 2, weight: 40, entities: [e('IP', 'a'), e('JA4', 'j'), e('IP', 'b')] },
            { hops: 3, weight: 5, entities: [e('IP', 'a'), e('ASN', '1'), e('COUNTRY', 'FR'), e('IP', 'b')] },
          ],
        },
      } as StepResult,
    });
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['ASN:1', 'COUNTRY:FR', 'IP:a', 'IP:b', 'JA4:j']);
    expect(g.edges).toHaveLength(5);
    expect(g.connection).toMatchObject({ ends: ['IP:a', 'IP:b'], common: 1, paths: 2 });
    expect(new Set(g.connection!.edges)).toEqual(new Set(g.edges.map((x) => x.id)));
    // both ends are seeds: the middle of a 3-link path is one hop from the nearer
    expect(g.nodes.find((n) => n.id === 'COUNTRY:FR')!.hop).toBe(1);
  });

  it('re-weights links to the brushed range and dims nodes silent in it', () => {
    const g = graph([seed, toCountries], { ...seeded, [stepId(toCountries)]: neighbors('JA4', 'COUNTRY', 3) });
    const [e0, e1, e2] = g.edges;
    const H = 3_600_000;
    const activity = new Map([
      [
        e0!.id,
        new Map([
          [0, 10],
          [H, 5],
        ]),
      ],
      [e1!.id, new Map([[2 * H, 7]])],
      // e2 untimed (say, a group): keeps its weight
    ]);
    const early = applyBrush(g, activity, [0, 2 * H]);
    expect(early.edges.map((e) => e.weight)).toEqual([15, 0, e2!.weight]);
    const silent = early.nodes.filter((n) => n.dimmed).map((n) => n.id);
    expect(silent).toEqual([e1!.source === 'JA4:j' ? e1!.target : e1!.source]);
    expect(applyBrush(g, activity, null)).toBe(g);
  });
});
