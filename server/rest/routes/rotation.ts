import {
  LegacyCascadeDocument,
  LegacyJa4HistoryDocument,
  LegacyJa4RotatorsDocument,
  LegacyPersistentThreatsDocument,
  LegacyUaRotatorsDocument,
} from '../generated/graphql.js';
import { int } from '../params.js';
import { defineRoute, type Route } from '../route.js';

const LIMIT = [{ name: 'limit', type: 'integer' as const, description: '1–500, default 100.' }];
const limit = (query: Record<string, string | undefined>) => int(query, ['limit'], { min: 1, max: 500, fallback: 100 });

type Rotator = { ip: { address: string }; host: { name: string }; day: string; distinctJa4: number; ja4s: { fingerprint: string }[]; hits: number };
const rotator = (r: Rotator) => ({
  src_ip: r.ip.address,
  host: r.host.name,
  distinct_ja4: r.distinctJa4,
  ja4_list: r.ja4s.map((j) => j.fingerprint),
  total_hits: r.hits,
  window_start: r.day,
});

type Persistent = {
  ip: { address: string };
  days: number;
  worstScore: number;
  worstThreat: string;
  firstSeen: string;
  lastSeen: string;
  topJa4: string;
  topHost: string;
};
const persistent = (p: Persistent) => ({
  src_ip: p.ip.address,
  recurrence: p.days,
  worst_score: p.worstScore,
  worst_threat: p.worstThreat,
  first_seen: p.firstSeen,
  last_seen: p.lastSeen,
  top_ja4: p.topJa4,
  top_host: p.topHost,
});

export const rotationRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/rotation/ja4-rotators',
    tag: 'Rotation',
    summary: 'IPs rotating JA4 fingerprints (last 7 days), most fingerprints first',
    query: LIMIT,
    operation: LegacyJa4RotatorsDocument,
    variables: ({ query }) => ({ first: limit(query) }),
    shape: (d) => ({ items: d.ja4Rotators.map(rotator) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/ja4-rotation',
    tag: 'Legacy v2',
    summary: 'JA4 rotation (top 100)',
    operation: LegacyJa4RotatorsDocument,
    variables: () => ({ first: 100, window: { preset: 'LAST_30D' as const } }),
    shape: (d) => ({ data: d.ja4Rotators.map(rotator) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/rotation/persistent-threats',
    tag: 'Rotation',
    summary: 'IPs flagged on several days, most days first',
    query: LIMIT,
    operation: LegacyPersistentThreatsDocument,
    variables: ({ query }) => ({ first: limit(query) }),
    shape: (d) => ({ items: d.persistentThreats.map(persistent) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/recurrence',
    tag: 'Legacy v2',
    summary: 'Persistent IPs (top 100)',
    operation: LegacyPersistentThreatsDocument,
    variables: () => ({ first: 100 }),
    shape: (d) => ({ data: d.persistentThreats.map(persistent) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/ua-rotation',
    tag: 'Legacy v2',
    summary: 'IP × JA4 hours by distinct User-Agents (top 100)',
    operation: LegacyUaRotatorsDocument,
    variables: () => ({ first: 100, minUserAgents: 1, window: { preset: 'LAST_30D' as const } }),
    shape: (d) => ({
      data: d.userAgentRotators.map((r) => ({
        src_ip: r.ip.address,
        ja4: r.ja4?.fingerprint ?? '',
        distinct_ua_count: r.distinctUserAgents,
        ua_samples: r.samples,
        total_requests: r.requests,
        window_start: r.hour,
      })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/rotation/ip/{ip}/ja4-history',
    tag: 'Rotation',
    summary: 'The JA4 fingerprints one IP used (last 30 days), in order of first use',
    operation: LegacyJa4HistoryDocument,
    variables: ({ params }) => ({ ip: params.ip! }),
    notFound: (d) => !d.ip,
    shape: (d) => ({
      ip: d.ip!.address,
      distinct_ja4: d.ip!.ja4s.totalCount,
      history: d
        .ip!.ja4s.edges.map((e) => ({ ja4: e.node.fingerprint, hits: e.hits, first_seen: e.firstSeen, last_seen: e.lastSeen }))
        .sort((a, b) => a.first_seen.localeCompare(b.first_seen)),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/cascade/{ip}',
    tag: 'Legacy v2',
    summary: 'Page → sub-resource cascades of an IP (headless detection), newest first',
    operation: LegacyCascadeDocument,
    variables: ({ params }) => ({ ip: params.ip! }),
    notFound: (d) => !d.ip,
    shape: (d) => ({
      data: d.ip!.cascades.map((c) => ({
        src_ip: d.ip!.address,
        host: c.host,
        page_count: c.pages,
        avg_sub_delay_ms: c.avgDelayMs,
        stddev_sub_delay_ms: c.stddevDelayMs,
        max_sub_resources: c.maxSubResources,
        window_start: c.hour,
      })),
    }),
  }),
];
