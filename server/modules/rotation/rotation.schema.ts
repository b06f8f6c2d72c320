import { builder } from '../../schema/builder.js';
import { boundFirst } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import { entityParent, ThreatLevelEnum, type ThreatLevel } from '../../graph/entity.refs.js';
import { createRotationRepository, type CascadeRow, type Ja4RotationRow, type RecurrenceListRow, type UaRotationRow } from './rotation.repository.js';
import { HostRef, IPRef, JA4Ref } from '../../graph/entity.types.js';
import { COST } from '../../graphql/cost.js';

type W<T> = T & { window: Window };

const Ja4Rotation = builder.objectRef<W<Ja4RotationRow>>('JA4Rotation').implement({
  description: 'An IP presenting several TLS fingerprints to one host in one day: evasion by rotation.',
  fields: (t) => ({
    ip: t.field({ type: IPRef, description: 'The IP.', resolve: (r) => entityParent('IP', r.ip, r.window) }),
    host: t.field({ type: HostRef, description: 'The host.', resolve: (r) => entityParent('HOST', r.host, r.window) }),
    day: t.field({ type: 'DateTime', description: 'The day (UTC).', resolve: (r) => r.day }),
    distinctJa4: t.exposeInt('distinct_ja4', { description: 'Fingerprints used that day.' }),
    ja4s: t.field({ type: [JA4Ref], description: 'The fingerprints.', resolve: (r) => r.ja4_list.map((j) => entityParent('JA4', j, r.window)) }),
    hits: t.exposeFloat('total_hits', { description: 'Requests that day.' }),
  }),
});

const UaRotation = builder.objectRef<W<UaRotationRow>>('UserAgentRotation').implement({
  description: 'An IP and fingerprint sending many User-Agents in one hour: UA rotation.',
  fields: (t) => ({
    ip: t.field({ type: IPRef, description: 'The IP.', resolve: (r) => entityParent('IP', r.ip, r.window) }),
    ja4: t.field({ type: JA4Ref, nullable: true, description: 'The fingerprint.', resolve: (r) => (r.ja4 ? entityParent('JA4', r.ja4, r.window) : null) }),
    hour: t.field({ type: 'DateTime', description: 'The hour.', resolve: (r) => r.window_start }),
    distinctUserAgents: t.exposeInt('distinct_ua_count', { description: 'User-Agents in the hour.' }),
    samples: t.exposeStringList('ua_samples', { description: 'Up to five of them.' }),
    requests: t.exposeFloat('total_requests', { description: 'Requests in the hour.' }),
  }),
});

const Persistent = builder.objectRef<W<RecurrenceListRow>>('PersistentThreat').implement({
  description: 'An IP flagged on several days: a persistent threat.',
  fields: (t) => ({
    ip: t.field({ type: IPRef, description: 'The IP.', resolve: (r) => entityParent('IP', r.ip, r.window) }),
    days: t.exposeInt('recurrence', { description: 'Days with a detection.' }),
    worstScore: t.exposeFloat('worst_score', { description: 'Highest anomaly score.' }),
    worstThreat: t.field({ type: ThreatLevelEnum, description: 'Most severe level.', resolve: (r) => r.worst_threat as ThreatLevel }),
    firstSeen: t.field({ type: 'DateTime', description: 'First detection.', resolve: (r) => r.first_seen }),
    lastSeen: t.field({ type: 'DateTime', description: 'Last detection.', resolve: (r) => r.last_seen }),
    topJa4: t.exposeString('top_ja4', { description: 'Its most frequent JA4.' }),
    topHost: t.exposeString('top_host', { description: 'Its most targeted host.' }),
  }),
});

export const Cascade = builder.objectRef<CascadeRow>('ResourceCascade').implement({
  description: 'Pages and the sub-resources fetched after them, in one hour on one host: headless browsers fetch with machine-regular delays.',
  fields: (t) => ({
    host: t.exposeString('host', { description: 'The host.' }),
    hour: t.field({ type: 'DateTime', description: 'The hour.', resolve: (r) => r.window_start }),
    pages: t.exposeInt('page_count', { description: 'Pages requested.' }),
    avgDelayMs: t.exposeFloat('avg_sub_delay_ms', { description: 'Mean delay between a request and the next sub-resource.' }),
    stddevDelayMs: t.exposeFloat('stddev_sub_delay_ms', { description: 'Its standard deviation: low means machine-like.' }),
    maxSubResources: t.exposeInt('max_sub_resources', { description: 'Most sub-resources after one page.' }),
  }),
});

export const windowArg = builder.args((t) => ({ window: t.field({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }) }));
const repo = (db: Parameters<typeof createRotationRepository>[0]) => createRotationRepository(db);

builder.queryFields((t) => ({
  ja4Rotators: t.field({
    type: [Ja4Rotation],
    description: 'IPs rotating TLS fingerprints, most fingerprints first.',
    args: { ...windowArg, first: t.arg.int({ required: false, description: '1–500, default 100.' }) },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      return (await repo(ctx.db).ja4Rotators(w, boundFirst(args.first, 100))).map((r) => ({ ...r, window: w }));
    },
  }),
  userAgentRotators: t.field({
    extensions: { cost: COST.TRAFFIC_SCAN / 2 },
    type: [UaRotation],
    description: 'IP × fingerprint hours with many User-Agents, most first.',
    args: {
      ...windowArg,
      first: t.arg.int({ required: false, description: '1–500, default 100.' }),
      minUserAgents: t.arg.int({ required: false, description: 'At least this many distinct User-Agents in the hour (default 3).' }),
    },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      return (await repo(ctx.db).uaRotators(w, Math.max(1, args.minUserAgents ?? 3), boundFirst(args.first, 100))).map((r) => ({ ...r, window: w }));
    },
  }),
  persistentThreats: t.field({
    extensions: { cost: COST.TRAFFIC_SCAN / 2 },
    type: [Persistent],
    description: 'IPs flagged on at least two days, most days first (over all retained detections).',
    args: { first: t.arg.int({ required: false, description: '1–500, default 100.' }) },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(null, ctx.now);
      return (await repo(ctx.db).persistent(boundFirst(args.first, 100))).map((r) => ({ ...r, window: w }));
    },
  }),
}));
