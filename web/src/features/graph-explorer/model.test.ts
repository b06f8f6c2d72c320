import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../gql/graphql';
import { buildGraph, GROUP_THRESHOLD, hiddenCount } from './model';
import { stepId, type Step } from './state';
import type { StepResult } from './useExplorerData';

const entity = (type: EntityType, key: string, level: 'CRITICAL' | 'LOW' | null = null) => ({
  __typename: 'IP' as const, type, key, hits: 10, detectionCount: level ? 1 : 0, threatLevels: level ? [{ __typename: 'ThreatLevelCount' as const, level, count: 1 }] : [],
});
const neighbors = (from: EntityType, type: EntityType, n: number, total = n) => ({
  status: 'expand' as const,
  groups: [{
    __typename: 'NeighborGroup' as const, type, totalCount: total,
    neighbors: Array.from({ length: n }, (_, i) => ({ __typename: 'Neighbor' as const, linkKind: `${from}_${type}`, weight: 100 - i, uniqueIps: 1, hiddenNeighborCount: 2, entity: entity(type, `${type.toLowerCase()}-${i}`) })),
  }],
});

const seed: Step = { kind: 'seed', node: { type: 'JA4', key: 'j' } };
const toIps: Step = { kind: 'expand', node: { type: 'JA4', key: 'j' }, type: 'IP' };
const toCountries: Step = { kind: 'expand', node: { type: 'JA4', key: 'j' }, type: 'COUNTRY' };

function graph(steps: Step[], results: Record<string, StepResult>) {
  return buildGraph(steps, (s) => results[stepId(s)]);
}

describe('buildGraph', () => {
  it('draws the seed and its neighbours with weighted links and threat levels', () => {
    const g = graph([seed, toCountries], { [stepId(seed)]: { status: 'seed', entity: entity('JA4', 'j', 'CRITICAL') }, [stepId(toCountries)]: neighbors('JA4', 'COUNTRY', 5) });
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
    expect(hiddenCount(g, g.nodes.find((n) => n.id === 'COUNTRY:country-0')!)).toBe(1);
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
});
