import {
  LegacyBaselineDocument,
  LegacyBehaviorDocument,
  LegacyFeaturesDocument,
  LegacyRadarDocument,
  LegacySessionScatterDocument,
  LegacyScoreDistributionDocument,
  LegacyScoreTrendsDocument,
  LegacyTopAnomaliesDocument,
  type LegacyProfileFragment,
} from '../generated/graphql.js';
import { int } from '../params.js';
import { defineRoute, type Route } from '../route.js';
import { v2Row } from './detections.js';

const asObject = (p: LegacyProfileFragment | null | undefined, radar = false) =>
  Object.fromEntries((p?.features ?? []).filter((f) => !radar || f.onRadar).map((f) => [f.feature, f.value]));

const radar = defineRoute({
  method: 'GET',
  path: '/api/ml/ip/{ip}/radar',
  tag: 'ML Features',
  summary: 'An IP’s features against the human (ISP) and bot (hosting) baselines, last 7 days',
  operation: LegacyRadarDocument,
  variables: ({ params }) => ({ ip: params.ip! }),
  notFound: (d) => !d.ip,
  shape: (d) => ({
    ip: d.ip!.address,
    features: d.human.features.filter((f) => f.onRadar).map((f) => f.feature),
    ip_values: asObject(d.ip!.features, true),
    human_baseline: asObject(d.human, true),
    bot_baseline: asObject(d.bot, true),
  }),
});

export const featureRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/metrics/baseline',
    tag: 'Metrics',
    summary: 'Human baseline: mean features of ISP and mobile sessions, beside hosting and datacenter ones (last 7 days)',
    operation: LegacyBaselineDocument,
    variables: () => ({}),
    shape: (d) => ({
      human_baseline: { sessions: d.human.sessions, features: asObject(d.human) },
      bot_baseline: { sessions: d.bot.sessions, features: asObject(d.bot) },
    }),
  }),
  radar,
  { ...radar, path: '/api/ip/{ip}/radar', tag: 'Legacy v2', summary: 'Radar of an IP against the ISP baseline' },
  defineRoute({
    method: 'GET',
    path: '/api/ml/score-distribution',
    tag: 'ML Features',
    summary: 'Anomaly-score histogram per model (last 7 days, buckets of 0.05)',
    operation: LegacyScoreDistributionDocument,
    variables: () => ({}),
    shape: (d) => ({ buckets: d.scoreDistribution.map((b) => ({ bucket_start: b.from, bucket_end: b.to, model_name: b.model, count: b.count })) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/ml/score-trends',
    tag: 'ML Features',
    summary: 'Hourly anomaly-score statistics per model (last 7 days)',
    operation: LegacyScoreTrendsDocument,
    variables: () => ({}),
    shape: (d) => ({
      trends: d.scoreTrends.map((p) => ({ hour: p.start, model_name: p.model, avg_score: p.average, p95_score: p.p95, max_score: p.max, scored: p.windows })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/ml/top-anomalies',
    tag: 'ML Features',
    summary: 'The highest-scored detections of the last 24 h, with their features',
    query: [{ name: 'limit', type: 'integer', description: '1–500, default 50.' }],
    operation: LegacyTopAnomaliesDocument,
    variables: ({ query }) => ({ first: int(query, ['limit'], { min: 1, max: 500, fallback: 50 }) }),
    shape: (d) => ({ items: d.detections.edges.map((e) => v2Row(e.node)) }),
  }),
];

/** The legacy `/api/features` named its averages after short feature names. */
const SHORT: Record<string, string> = {
  hit_velocity: 'velocity',
  fuzzing_index: 'fuzz',
  post_ratio: 'post',
  asset_ratio: 'asset',
  direct_access_ratio: 'direct',
  temporal_entropy: 'entropy',
  path_diversity_ratio: 'path_div',
  modern_browser_score: 'browser',
  header_count: 'headers',
  src_port_density: 'port_density',
  distinct_ja4_count: 'ja4_count',
};
/** The features whose variance the legacy importance ranking used. */
const IMPORTANCE = [
  'hit_velocity',
  'fuzzing_index',
  'post_ratio',
  'asset_ratio',
  'direct_access_ratio',
  'temporal_entropy',
  'path_diversity_ratio',
  'src_port_density',
];

type Profile = { sessions: number; hits: number; features: { feature: string; value: number }[] };
const averages = (p: Profile) => ({
  avg_hits: p.sessions ? p.hits / p.sessions : 0,
  ...Object.fromEntries(p.features.filter((f) => SHORT[f.feature]).map((f) => [`avg_${SHORT[f.feature]}`, f.value])),
});
type Point = { ip: { address: string }; ja4: string; asnLabel: string; botName: string; hits: number; features: { feature: string; value: number }[] };
const point = (p: Point) => ({
  ip: p.ip.address,
  ja4: p.ja4,
  asn_label: p.asnLabel,
  bot_name: p.botName,
  hits: p.hits,
  ...Object.fromEntries(p.features.map((f) => [f.feature, f.value])),
});
const buckets = (h: { value: number; count: number }[]) => h.map((b) => ({ bucket: b.value, cnt: b.count }));

featureRoutes.push(
  defineRoute({
    method: 'GET',
    path: '/api/ml/scatter',
    tag: 'ML Features',
    summary: 'The busiest sessions with their features (last 7 days)',
    query: [{ name: 'limit', type: 'integer', description: '1–500, default 500.' }],
    operation: LegacySessionScatterDocument,
    variables: ({ query }) => ({ first: int(query, ['limit'], { min: 1, max: 500, fallback: 500 }) }),
    shape: (d) => ({ points: d.featureSessions.map(point) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/behavior',
    tag: 'Legacy v2',
    summary: 'Feature scatter (top 500 sessions) and the distributions of six features (last 7 days)',
    operation: LegacyBehaviorDocument,
    variables: () => ({}),
    shape: (d) => ({
      scatter: d.featureSessions.map(point),
      distributions: {
        hit_velocity: buckets(d.hitVelocity),
        fuzzing_index: buckets(d.fuzzingIndex),
        post_ratio: buckets(d.postRatio),
        asset_ratio: buckets(d.assetRatio),
        temporal_entropy: buckets(d.temporalEntropy),
        path_diversity_ratio: buckets(d.pathDiversityRatio),
      },
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/features',
    tag: 'Legacy v2',
    summary: 'Feature averages (sessions and IP-hours), ISP vs hosting profiles, variance ranking (last 7 days)',
    operation: LegacyFeaturesDocument,
    variables: () => ({}),
    shape: (d) => ({
      ai_features: { total: d.ai.sessions, ...averages(d.ai) },
      thesis_features: { total: d.thesis.sessions, ...averages(d.thesis) },
      human_profile: averages(d.human),
      bot_profile: averages(d.bot),
      feature_importance: d.featureVariance.filter((v) => IMPORTANCE.includes(v.feature)).map((v) => ({ name: SHORT[v.feature], variance: v.value })),
    }),
  }),
);
