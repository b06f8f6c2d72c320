import { builder } from '../../schema/builder.js';
import { boundFirst } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import type { Context } from '../../context.js';
import { THREAT_LEVELS, ThreatLevelEnum, entityParent, type ThreatLevel } from '../../graph/entity.refs.js';
import { createMetricsRepository, type HourLevelRow, type TopIpRow } from './metrics.repository.js';
import { summaryOf } from './metrics.loaders.js';
import { IPRef } from '../../graph/entity.types.js';
import { COST } from '../../graphql/cost.js';

interface MetricsShape {
  window: Window;
}

const LevelCount = builder.objectRef<{ level: ThreatLevel; count: number }>('LevelCount').implement({
  description: 'A count at one threat level.',
  fields: (t) => ({
    level: t.field({ type: ThreatLevelEnum, description: 'The level.', resolve: (c) => c.level }),
    count: t.exposeInt('count', { description: 'How many.' }),
  }),
});

const ValueShare = builder.objectRef<{ value: string; count: number }>('ValueShare').implement({
  description: 'A count for one value (a model, a browser family, …).',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The value.' }),
    count: t.exposeInt('count', { description: 'How many scored windows carry it.' }),
  }),
});

const HourLevels = builder.objectRef<{ start: string; total: number; levels: { level: ThreatLevel; count: number }[] }>('LevelTimelinePoint').implement({
  description: 'Detections in one hour, per threat level.',
  fields: (t) => ({
    start: t.field({ type: 'DateTime', description: 'Start of the hour.', resolve: (p) => p.start }),
    total: t.exposeInt('total', { description: 'Detections in the hour.' }),
    levels: t.field({ type: [LevelCount], description: 'Per level (levels with detections only).', resolve: (p) => p.levels }),
  }),
});

const TopIp = builder.objectRef<TopIpRow & { window: Window }>('TopDetectedIp').implement({
  description: 'An IP ranked by its detections in the window.',
  fields: (t) => ({
    ip: t.field({ type: IPRef, description: 'The IP.', resolve: (r) => entityParent('IP', r.ip, r.window) }),
    detections: t.exposeInt('detections', { description: 'Its detections.' }),
    worstScore: t.exposeFloat('worst_score', { description: 'Its highest anomaly score.' }),
    threatLevel: t.field({ type: ThreatLevelEnum, description: 'The level of its worst detection.', resolve: (r) => r.threat_level as ThreatLevel }),
    asnOrg: t.exposeString('asn_org', { description: 'Its AS organisation.' }),
    countryCode: t.exposeString('country_code', { description: 'Its country.' }),
  }),
});

const repo = (ctx: Context) => createMetricsRepository(ctx.db);

const byLevel = (rows: { threat_level: string; n: number }[]) =>
  THREAT_LEVELS.map((level) => ({ level, count: rows.find((r) => r.threat_level === level)?.n ?? 0 }));

const ModelStats = builder.objectRef<{ model: string; scored: number; flagged: number; first_seen: string; last_seen: string }>('ModelStats').implement({
  description: 'What one bot-detector model scored in the window.',
  fields: (t) => ({
    model: t.exposeString('model', { description: 'The model (Complet, Applicatif).' }),
    scored: t.exposeInt('scored', { description: 'Windows scored.' }),
    flagged: t.exposeInt('flagged', { description: 'Of which flagged (not legitimate).' }),
    firstSeen: t.field({ type: 'DateTime', description: 'First scoring.', resolve: (m) => m.first_seen }),
    lastSeen: t.field({ type: 'DateTime', description: 'Last scoring.', resolve: (m) => m.last_seen }),
  }),
});

const Metrics = builder.objectRef<MetricsShape>('DetectionMetrics').implement({
  description: 'The dashboard’s numbers for a window: detections by level, scored windows, traffic, top IPs.',
  fields: (t) => ({
    since: t.field({ type: 'DateTime', description: 'Window start.', resolve: (m) => m.window.since }),
    until: t.field({ type: 'DateTime', description: 'Window end.', resolve: (m) => m.window.until }),
    totalDetections: t.int({
      extensions: { cost: COST.DETECTIONS_SCAN },
      description: 'Detections (flagged windows, both models).',
      resolve: async (m, _a, ctx) => (await summaryOf(ctx, m.window)).levels.reduce((s, r) => s + r.n, 0),
    }),
    byLevel: t.field({
      extensions: { cost: COST.DETECTIONS_SCAN },
      type: [LevelCount],
      description: 'Detections per threat level, every level.',
      resolve: async (m, _a, ctx) => byLevel((await summaryOf(ctx, m.window)).levels),
    }),
    uniqueIps: t.int({
      extensions: { cost: COST.DETECTIONS_SCAN },
      description: 'Distinct IPs with a detection.',
      resolve: async (m, _a, ctx) => (await summaryOf(ctx, m.window)).uniqueIps,
    }),
    timeline: t.field({
      extensions: { cost: COST.DETECTIONS_SCAN },
      type: [HourLevels],
      description: 'Detections per hour and level, zero-filled.',
      resolve: async (m, _a, ctx) => {
        const byHour = new Map<number, HourLevelRow[]>();
        for (const r of (await summaryOf(ctx, m.window)).hourly) {
          const t0 = Date.parse(r.hour);
          byHour
            .set(t0, byHour.get(t0) ?? [])
            .get(t0)!
            .push(r);
        }
        const step = 3600_000;
        const points = [];
        for (let t0 = Math.floor(m.window.since.getTime() / step) * step; t0 < m.window.until.getTime(); t0 += step) {
          const hour = byHour.get(t0) ?? [];
          points.push({
            start: new Date(t0).toISOString(),
            total: hour.reduce((s, r) => s + r.n, 0),
            levels: hour.map((r) => ({ level: r.threat_level as ThreatLevel, count: r.n })),
          });
        }
        return points;
      },
    }),
    scoredByLevel: t.field({
      extensions: { cost: COST.DETECTIONS_SCAN },
      type: [LevelCount],
      description: 'Scored windows (legitimate ones too) per level.',
      resolve: async (m, _a, ctx) => byLevel((await repo(ctx).scoredBy(m.window, 'threat_level')).map((r) => ({ threat_level: r.value, n: r.n }))),
    }),
    scoredByModel: t.field({
      extensions: { cost: COST.DETECTIONS_SCAN },
      type: [ValueShare],
      description: 'Scored windows per model.',
      resolve: async (m, _a, ctx) => (await repo(ctx).scoredBy(m.window, 'model_name')).map((r) => ({ value: r.value, count: r.n })),
    }),
    scoredByBrowser: t.field({
      extensions: { cost: COST.DETECTIONS_SCAN },
      type: [ValueShare],
      description: 'Scored windows per browser family claimed (empty family left out).',
      resolve: async (m, _a, ctx) =>
        (await repo(ctx).scoredBy(m.window, 'browser_family')).filter((r) => r.value !== '').map((r) => ({ value: r.value, count: r.n })),
    }),
    models: t.field({
      extensions: { cost: COST.DETECTIONS_SCAN },
      type: [ModelStats],
      description: 'Scoring statistics per model.',
      resolve: (m, _a, ctx) => repo(ctx).models(m.window),
    }),
    traffic: t.float({ extensions: { cost: COST.TRAFFIC_SCAN }, description: 'HTTP requests received.', resolve: (m, _a, ctx) => repo(ctx).traffic(m.window) }),
    topIps: t.field({
      extensions: { cost: COST.DETECTIONS_SCAN },
      type: [TopIp],
      description: 'IPs with the most detections.',
      args: { first: t.arg.int({ required: false, description: 'How many (1–500, default 10).' }) },
      resolve: async (m, args, ctx) => (await repo(ctx).topIps(m.window, boundFirst(args.first, 10))).map((r) => ({ ...r, window: m.window })),
    }),
  }),
});

builder.queryField('metrics', (t) =>
  t.field({
    type: Metrics,
    description: 'The dashboard’s numbers for a window (default: last 24 hours). Each field costs one query, only when asked.',
    args: { window: t.arg({ type: TimeWindowInput, required: false, description: 'Default: last 24 hours.' }) },
    resolve: (_r, args, ctx) => ({ window: resolveWindow(args.window ?? { preset: 'LAST_24H' }, ctx.now) }),
  }),
);
