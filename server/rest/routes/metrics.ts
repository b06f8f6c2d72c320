import { LegacyAlertsDocument, LegacyMetricsDocument, LegacyOverviewDocument, LegacyScoresDocument } from '../generated/graphql.js';
import { int } from '../params.js';
import { defineRoute, type Route } from '../route.js';
import { listVariables, v2Row } from './detections.js';
import { percent } from '../shape.js';

type Level = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'KNOWN_BOT' | 'LEGITIMATE_BROWSER';
const count = (levels: { level: Level; count: number }[], level: Level) => levels.find((l) => l.level === level)?.count ?? 0;

export const metricsRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/metrics',
    tag: 'Metrics',
    summary: 'Global dashboard metrics (last 24 h): detections by threat level, unique IPs, hourly series',
    operation: LegacyMetricsDocument,
    variables: () => ({ window: { preset: 'LAST_24H' as const } }),
    shape: ({ metrics: m }) => {
      const known = count(m.byLevel, 'KNOWN_BOT');
      return {
        summary: {
          total_detections: m.totalDetections,
          critical_count: count(m.byLevel, 'CRITICAL'),
          high_count: count(m.byLevel, 'HIGH'),
          medium_count: count(m.byLevel, 'MEDIUM'),
          low_count: count(m.byLevel, 'LOW'),
          known_bots_count: known,
          anomalies_count: m.totalDetections - known,
          unique_ips: m.uniqueIps,
        },
        timeseries: m.timeline.map((p) => ({
          timestamp: p.start,
          total: p.total,
          ...Object.fromEntries(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'KNOWN_BOT'].map((l) => [l.toLowerCase(), count(p.levels, l as Level)])),
        })),
        threat_distribution: Object.fromEntries(m.byLevel.filter((l) => l.level !== 'LEGITIMATE_BROWSER').map((l) => [l.level, l.count])),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/metrics/threats',
    tag: 'Metrics',
    summary: 'Threat distribution summary (last 24 h)',
    operation: LegacyMetricsDocument,
    variables: () => ({ window: { preset: 'LAST_24H' as const } }),
    shape: ({ metrics: m }) => ({
      total: m.totalDetections,
      distribution: m.byLevel
        .filter((l) => l.level !== 'LEGITIMATE_BROWSER')
        .map((l) => ({ threat_level: l.level, count: l.count, percentage: percent(l.count, m.totalDetections) })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/overview',
    tag: 'Legacy v2',
    summary: 'Overview KPIs (last 24 h)',
    operation: LegacyOverviewDocument,
    variables: () => ({}),
    shape: ({ metrics: m }) => ({
      detections_24h: m.totalDetections,
      scored_24h: m.scoredByModel.reduce((s, x) => s + x.count, 0),
      traffic_24h: m.traffic,
      unique_ips: m.uniqueIps,
      critical_count: count(m.scoredByLevel, 'CRITICAL'),
      high_count: count(m.scoredByLevel, 'HIGH'),
      legitimate_browsers: count(m.scoredByLevel, 'LEGITIMATE_BROWSER'),
      browser_stats: m.scoredByBrowser.map((b) => ({ browser_family: b.value, cnt: b.count })),
      threat_distribution: m.scoredByLevel.filter((l) => l.count > 0).map((l) => ({ threat_level: l.level, cnt: l.count })),
      top_ips: m.topIps.map((t) => ({
        src_ip: t.ip.address,
        cnt: t.detections,
        worst_score: t.worstScore,
        threat_level: t.threatLevel,
        asn_org: t.asnOrg,
        country_code: t.countryCode,
      })),
      timeline: m.timeline.filter((p) => p.total > 0).map((p) => ({ hour: p.start, cnt: p.total })),
      models: m.scoredByModel.map((x) => ({ model_name: x.value, scored: x.count })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/timeline-detail',
    tag: 'Legacy v2',
    summary: 'Hourly threat-level breakdown (last 24 h)',
    operation: LegacyMetricsDocument,
    variables: () => ({ window: { preset: 'LAST_24H' as const } }),
    shape: ({ metrics: m }) => ({
      timeline: m.timeline.filter((p) => p.total > 0).map((p) => ({ hour: p.start, ...Object.fromEntries(p.levels.map((l) => [l.level, l.count])) })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/alerts',
    tag: 'Legacy v2',
    summary: 'Live alert feed: the newest detections of the last 24 h',
    query: [{ name: 'limit', type: 'integer', description: '1–100, default 20.' }],
    operation: LegacyAlertsDocument,
    variables: ({ query }) => ({ first: int(query, ['limit'], { min: 1, max: 100, fallback: 20 }) }),
    shape: (data) => ({
      alerts: data.detections.edges.map(({ node }) => {
        const r = v2Row(node);
        return {
          detected_at: r.detected_at,
          src_ip: r.src_ip,
          anomaly_score: r.anomaly_score,
          threat_level: r.threat_level,
          ja4: r.ja4,
          host: r.host,
          asn_org: r.asn_org,
          country_code: r.country_code,
          bot_name: r.bot_name,
          campaign_id: r.campaign_id,
          hits: r.hits,
          hit_velocity: r.hit_velocity,
          reason: r.reason,
        };
      }),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/scores',
    tag: 'Legacy v2',
    summary: 'Every scored window (ml_all_scores) of the last 3 days, paginated (v2 parameters and envelope)',
    operation: LegacyScoresDocument,
    variables: ({ query }) => listVariables(query, { days: 3, v2: true }),
    shape: (data, { query }) => {
      const v = listVariables(query, { days: 3, v2: true });
      const total = data.scores.totalCount;
      return {
        data: data.scores.edges.map((e) => v2Row(e.node)),
        total,
        page: v.offset / v.first + 1,
        per_page: v.first,
        pages: Math.max(1, Math.ceil(total / v.first)),
      };
    },
  }),
];
