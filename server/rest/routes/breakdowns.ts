import {
  LegacyBrowsersDocument,
  LegacyCampaignsDocument,
  LegacyFingerprintStatsDocument,
  LegacyGeoDocument,
  LegacyModelsDocument,
  type LegacyCampaignsQuery,
} from '../generated/graphql.js';
import { int } from '../params.js';
import { defineRoute, type Route } from '../route.js';

type Campaign = LegacyCampaignsQuery['campaigns']['edges'][number]['node'];
const campaign = (c: Campaign) => ({
  campaign_id: c.campaignId,
  members: c.detectionCount,
  first_seen: c.firstSeen,
  last_seen: c.lastSeen,
  avg_score: c.averageScore,
  max_score: c.maxScore,
  unique_ips: c.uniqueIps,
  ja4_list: c.ja4s.edges.map((e) => e.node.fingerprint),
  asn_list: c.asns.edges.map((e) => e.node.name),
  countries: c.countries.edges.map((e) => e.node.code),
});

export const breakdownRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/geo',
    tag: 'Legacy v2',
    summary: 'Sessions per country and network kind; top ASes (last 7 days)',
    operation: LegacyGeoDocument,
    variables: () => ({}),
    shape: ({ sessions: s }) => ({
      countries: s.countries.map((g) => ({ country_code: g.values[0], asn_label: g.values[1], sessions: g.sessions, total_hits: g.hits })),
      asns: s.asns.map((g) => ({
        asn_org: g.values[0],
        asn_label: g.values[1],
        country_code: g.values[2],
        sessions: g.sessions,
        total_hits: g.hits,
        avg_velocity: g.avgHitVelocity,
        avg_fuzz: g.avgFuzzingIndex,
      })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/fingerprints',
    tag: 'Legacy v2',
    summary: 'JA4 statistics per network kind; JA4s of known bots (last 7 days)',
    operation: LegacyFingerprintStatsDocument,
    variables: () => ({}),
    shape: ({ sessions: s }) => ({
      ja4_stats: s.ja4Stats.map((g) => ({
        ja4: g.values[0],
        asn_label: g.values[1],
        sessions: g.sessions,
        total_hits: g.hits,
        avg_velocity: g.avgHitVelocity,
        avg_fuzz: g.avgFuzzingIndex,
        avg_browser_score: g.avgModernBrowserScore,
      })),
      bot_ja4: s.botJa4.map((g) => ({ ja4: g.values[0], bot_name: g.values[1], sessions: g.sessions })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/browsers',
    tag: 'Legacy v2',
    summary: 'Browser families claimed, with their top JA4s (last 7 days)',
    operation: LegacyBrowsersDocument,
    variables: () => ({}),
    shape: ({ sessions: s }) => ({
      distribution: s.distribution.map((g) => ({ browser_family: g.values[0], sessions: g.sessions, unique_ips: g.uniqueIps, total_hits: g.hits })),
      unknown_sessions: s.unexplained,
      top_ja4_by_browser: s.topJa4.map((g) => ({ browser_family: g.values[0], ja4: g.values[1], sessions: g.sessions })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/models',
    tag: 'Legacy v2',
    summary: 'Scoring statistics per model (last 7 days); no model metadata files are shipped',
    operation: LegacyModelsDocument,
    variables: () => ({}),
    shape: ({ metrics }) => ({
      models: [],
      scoring_stats: metrics.models.map((m) => ({ model_name: m.model, scored: m.scored, flagged: m.flagged, first_seen: m.firstSeen, last_seen: m.lastSeen })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/campaigns',
    tag: 'Legacy v2',
    summary: 'Campaigns of the last 7 days with their members, scores and infrastructure (top 50)',
    operation: LegacyCampaignsDocument,
    variables: () => ({ first: 50 }),
    shape: (d) => ({ campaigns: d.campaigns.edges.map((e) => campaign(e.node)) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/ml/campaigns',
    tag: 'ML Features',
    summary: 'ML-detected campaigns (last 7 days), most detections first',
    query: [{ name: 'limit', type: 'integer', description: '1–500, default 50.' }],
    operation: LegacyCampaignsDocument,
    variables: ({ query }) => ({ first: int(query, ['limit'], { min: 1, max: 500, fallback: 50 }) }),
    shape: (d) => ({ total: d.campaigns.totalCount, items: d.campaigns.edges.map((e) => campaign(e.node)) }),
  }),
];
