import {
  LegacyBruteForceDocument,
  LegacyBruteForceTargetsDocument,
  LegacyBruteForceTimelineDocument,
  LegacyHeatmapHostsDocument,
  LegacyHeatmapHourlyDocument,
  LegacyHeatmapWeekDocument,
  LegacyJa4CountriesDocument,
  LegacyJa4SpreadDocument,
} from '../generated/graphql.js';
import { int } from '../params.js';
import { defineRoute, type Route } from '../route.js';
import { percent } from '../shape.js';

type Attack = {
  ip: { address: string };
  host: { name: string };
  posts: number;
  failed: number;
  distinctPaths: number;
  firstSeen: string;
  lastSeen: string;
  ja4?: { fingerprint: string } | null;
  asnOrg: string;
  countryCode: string;
};
const attack = (a: Attack) => ({
  src_ip: a.ip.address,
  host: a.host.name,
  post_count: a.posts,
  failed_count: a.failed,
  distinct_paths: a.distinctPaths,
  first_seen: a.firstSeen,
  last_seen: a.lastSeen,
  ja4: a.ja4?.fingerprint ?? '',
  asn_org: a.asnOrg,
  country_code: a.countryCode,
});

const hourly = (points: { hour: number; hits: number }[]) => Array.from({ length: 24 }, (_, h) => points.find((p) => p.hour === h)?.hits ?? 0);

export const analysisRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/bruteforce/attackers',
    tag: 'Brute Force',
    summary: 'Brute-force attacker IPs (last 7 days), most POSTs first',
    query: [{ name: 'limit', type: 'integer', description: '1–500, default 50.' }],
    operation: LegacyBruteForceDocument,
    variables: ({ query }) => ({ first: int(query, ['limit'], { min: 1, max: 500, fallback: 50 }) }),
    shape: (d) => ({ items: d.bruteForce.attackers.map(attack), total: d.bruteForce.attackers.length }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/bruteforce/host/{host}/attackers',
    tag: 'Brute Force',
    summary: 'Attackers of one host (last 7 days)',
    query: [{ name: 'limit', type: 'integer', description: '1–500, default 50.' }],
    operation: LegacyBruteForceDocument,
    variables: ({ params, query }) => ({ host: params.host!, first: int(query, ['limit'], { min: 1, max: 500, fallback: 50 }) }),
    shape: (d, { params }) => ({ host: params.host, items: d.bruteForce.attackers.map(attack), total: d.bruteForce.attackers.length }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/bruteforce/targets',
    tag: 'Brute Force',
    summary: 'Hosts under brute force (last 7 days), most attackers first',
    operation: LegacyBruteForceTargetsDocument,
    variables: () => ({}),
    shape: (d) => ({
      items: d.bruteForce.targets.map((t) => ({
        host: t.host.name,
        attackers: t.attackers,
        post_count: t.posts,
        failed_count: t.failed,
        first_seen: t.firstSeen,
        last_seen: t.lastSeen,
      })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/bruteforce/timeline',
    tag: 'Brute Force',
    summary: 'Brute-force activity over time (last 7 days)',
    operation: LegacyBruteForceTimelineDocument,
    variables: () => ({}),
    shape: (d) => ({ timeline: d.bruteForce.timeline.map((p) => ({ timestamp: p.start, post_count: p.posts, attackers: p.attackers })) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/brute-force',
    tag: 'Legacy v2',
    summary: 'Brute-force (IP, host) pairs, most POSTs first (top 100)',
    operation: LegacyBruteForceDocument,
    variables: () => ({ first: 100, window: { preset: 'LAST_30D' as const } }),
    shape: (d) => ({
      data: d.bruteForce.attackers.map((a) => ({
        src_ip: a.ip.address,
        host: a.host.name,
        post_count: a.posts,
        distinct_paths: a.distinctPaths,
        first_seen: a.firstSeen,
        last_seen: a.lastSeen,
      })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/heatmap/hourly',
    tag: 'Heatmap',
    summary: 'Hits per hour of the day over the last 72 hours',
    operation: LegacyHeatmapHourlyDocument,
    variables: () => ({ window: { preset: 'LAST_72H' as const } }),
    shape: (d) => ({ hours: d.traffic.byHour.map((h) => ({ hour: h.hour, hits: h.hits, unique_ips: h.uniqueIps, max_rps: h.maxRps })) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/heatmap/top-hosts',
    tag: 'Heatmap',
    summary: 'Most targeted hosts with their 24-hour profile (last 72 hours)',
    query: [{ name: 'limit', type: 'integer', description: '1–100, default 20.' }],
    operation: LegacyHeatmapHostsDocument,
    variables: ({ query }) => ({ window: { preset: 'LAST_72H' as const }, first: int(query, ['limit'], { min: 1, max: 100, fallback: 20 }) }),
    shape: (d) => ({
      items: d.traffic.topHosts.map((h) => ({
        host: h.name,
        total_hits: h.hits,
        unique_ips: h.uniqueIps,
        unique_ja4s: h.ja4s.totalCount,
        hourly_hits: hourly(h.hourlyActivity),
      })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/heatmap/matrix',
    tag: 'Heatmap',
    summary: 'Top 15 hosts × 24 hours matrix (last 72 hours)',
    operation: LegacyHeatmapHostsDocument,
    variables: () => ({ window: { preset: 'LAST_72H' as const }, first: 15 }),
    shape: (d) => ({ hosts: d.traffic.topHosts.map((h) => h.name), matrix: d.traffic.topHosts.map((h) => hourly(h.hourlyActivity)) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/heatmap',
    tag: 'Legacy v2',
    summary: 'Requests per day of week × hour (last 7 days)',
    operation: LegacyHeatmapWeekDocument,
    variables: () => ({}),
    shape: (d) => ({ cells: d.traffic.byDayHour.map((c) => ({ dow: c.dayOfWeek, hour: c.hour, cnt: c.hits })) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/botnets/ja4-spread',
    tag: 'Botnets',
    summary: 'JA4 fingerprints ranked by geographic spread (last 7 days)',
    query: [
      { name: 'limit', type: 'integer', description: '1–500, default 50.' },
      { name: 'min_countries', type: 'integer', description: 'Only JA4s seen from at least this many countries (default 1).' },
    ],
    operation: LegacyJa4SpreadDocument,
    variables: ({ query }) => ({
      first: int(query, ['limit'], { min: 1, max: 500, fallback: 50 }),
      minCountries: int(query, ['min_countries'], { min: 1, max: 300, fallback: 1 }),
    }),
    shape: (d) => ({
      items: d.ja4Spread.map((s) => ({
        ja4: s.ja4.fingerprint,
        unique_ips: s.uniqueIps,
        unique_countries: s.countries,
        unique_asns: s.asns,
        total_hits: s.hits,
        flagged_share: s.flaggedShare,
        known_client: s.knownClient,
      })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/botnets/ja4/{ja4}/countries',
    tag: 'Botnets',
    summary: 'Country distribution of one JA4 (last 7 days)',
    operation: LegacyJa4CountriesDocument,
    variables: ({ params }) => ({ ja4: params.ja4! }),
    notFound: (d) => !d.ja4,
    shape: (d) => ({
      ja4: d.ja4!.fingerprint,
      total_hits: d.ja4!.hits,
      countries: d.ja4!.countries.edges.map((e) => ({
        country_code: e.node.code,
        country_name: e.node.name,
        hits: e.hits,
        unique_ips: e.uniqueIps,
        percentage: percent(e.hits, d.ja4!.hits),
      })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/botnets/summary',
    tag: 'Botnets',
    summary: 'Suspected botnets (JA4Spread.suspectedBotnet: fingerprints seen from many countries whose windows are mostly flagged), last 7 days',
    operation: LegacyJa4SpreadDocument,
    variables: () => ({ first: 500, suspectedOnly: true }),
    shape: (d) => ({
      suspected_botnets: d.ja4Spread.length,
      ips_involved: d.ja4Spread.reduce((n, s) => n + s.uniqueIps, 0),
      max_countries: d.ja4Spread[0]?.countries ?? 0,
      top: d.ja4Spread
        .slice(0, 10)
        .map((s) => ({ ja4: s.ja4.fingerprint, unique_countries: s.countries, unique_asns: s.asns, unique_ips: s.uniqueIps, flagged_share: s.flaggedShare })),
    }),
  }),
];
