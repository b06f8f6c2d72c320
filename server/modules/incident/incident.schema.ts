import { builder } from '../../schema/builder.js';
import { badInput } from '../../schema/errors.js';
import { boundFirst } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import { entityParent, ThreatLevelEnum, type ThreatLevel } from '../../graph/entity.refs.js';
import { Classification, LabelEnum, storeClassification, TagEnum } from '../classification/classification.refs.js';
import { createIncidentRepository, type IncidentRow } from './incident.repository.js';
import { CampaignRef, HostRef, IPRef, JA4Ref } from '../../graph/entity.types.js';
import { COST } from '../../graphql/cost.js';

type Incident = IncidentRow & { window: Window };
/** An incident is active while it had detections in the last day. */
const ACTIVE_MS = 24 * 3600_000;
const MIN_IPS = 2;

const Member = builder.objectRef<{ ip: string; detections: number; max_score: number; window: Window }>('IncidentMember').implement({
  description: 'An IP taking part in an incident.',
  fields: (t) => ({
    ip: t.field({ type: IPRef, description: 'The IP.', resolve: (m) => entityParent('IP', m.ip, m.window) }),
    detections: t.exposeInt('detections', { description: 'Its detections in the incident.' }),
    maxScore: t.exposeFloat('max_score', { description: 'Its highest anomaly score.' }),
  }),
});

const IncidentRef = builder.objectRef<Incident>('Incident').implement({
  description: 'Detections that share a TLS fingerprint and the client they claim: one coordinated activity, to review and classify as a whole.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable id (from the fingerprint and the claimed client).' }),
    ja4: t.field({
      type: JA4Ref,
      nullable: true,
      description: 'The shared fingerprint.',
      resolve: (i) => (i.ja4 ? entityParent('JA4', i.ja4, i.window) : null),
    }),
    claimedClient: t.exposeString('client', { description: 'What the User-Agents claim: Chrome, Firefox, …, script, headless, bot, other.' }),
    detections: t.exposeInt('detections', { description: 'Detections.' }),
    uniqueIps: t.exposeInt('ips', { description: 'IPs.' }),
    asns: t.exposeInt('asns', { description: 'ASes.' }),
    countries: t.exposeInt('countries', { description: 'Countries.' }),
    hosts: t.field({ type: [HostRef], description: 'Targeted hosts (up to five).', resolve: (i) => i.hosts.map((h) => entityParent('HOST', h, i.window)) }),
    firstSeen: t.field({ type: 'DateTime', description: 'First detection.', resolve: (i) => i.first_seen }),
    lastSeen: t.field({ type: 'DateTime', description: 'Last detection.', resolve: (i) => i.last_seen }),
    active: t.boolean({ description: 'Detections in the last 24 hours.', resolve: (i) => Date.now() - Date.parse(i.last_seen) < ACTIVE_MS }),
    maxScore: t.exposeFloat('max_score', { description: 'Highest anomaly score.' }),
    worstThreat: t.field({ type: ThreatLevelEnum, description: 'Most severe level.', resolve: (i) => i.worst_level as ThreatLevel }),
    campaign: t.field({
      type: CampaignRef,
      nullable: true,
      description: 'The detector’s campaign, if it named one.',
      resolve: (i) => (i.campaign ? entityParent('CAMPAIGN', i.campaign, i.window) : null),
    }),
    reason: t.exposeString('reason', { description: 'The most frequent detection reason.' }),
    members: t.field({
      type: [Member],
      description: 'Member IPs, most detections first.',
      args: { first: t.arg.int({ required: false, description: '1–500, default 100.' }) },
      resolve: async (i, args, ctx) =>
        (await createIncidentRepository(ctx.db).members(i.id, i.window, boundFirst(args.first, 100))).map((m) => ({ ...m, window: i.window })),
    }),
  }),
});

const windowArg = builder.args((t) => ({ window: t.field({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }) }));
const checkId = (id: string) => {
  if (!/^[0-9a-f]{1,16}$/.test(id)) throw badInput(`"${id.slice(0, 40)}" is not an incident id`);
  return id;
};
const LIST_MAX = 500;

builder.queryFields((t) => ({
  incidents: t.field({
    extensions: { cost: COST.TRAFFIC_SCAN / 2 },
    type: [IncidentRef],
    description: `Incidents of the window (${MIN_IPS}+ IPs), most severe and largest first.`,
    args: {
      ...windowArg,
      activeOnly: t.arg.boolean({ required: false, description: 'Only incidents with detections in the last 24 hours.' }),
      first: t.arg.int({ required: false, description: '1–500, default 50.' }),
    },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      const rows = (await createIncidentRepository(ctx.db).list(w, MIN_IPS, LIST_MAX)).filter(
        (r) => !args.activeOnly || Date.now() - Date.parse(r.last_seen) < ACTIVE_MS,
      );
      return rows.slice(0, boundFirst(args.first, 50)).map((r) => ({ ...r, window: w }));
    },
  }),
  incident: t.field({
    extensions: { cost: COST.TRAFFIC_SCAN / 2 },
    type: IncidentRef,
    nullable: true,
    description: 'One incident by id; null when it has no detections in the window.',
    args: { ...windowArg, id: t.arg.string({ required: true, description: 'The incident id.' }) },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      const id = checkId(args.id);
      const row = (await createIncidentRepository(ctx.db).list(w, 1, 100_000)).find((r) => r.id === id);
      return row ? { ...row, window: w } : null;
    },
  }),
}));

builder.mutationField('classifyIncident', (t) =>
  t.field({
    type: Classification,
    description: 'Classifies an incident as a whole (analysts and admins; one audited decision).',
    args: {
      id: t.arg.string({ required: true, description: 'The incident id.' }),
      label: t.arg({ type: LabelEnum, required: true, description: 'The verdict.' }),
      tags: t.arg({ type: [TagEnum], required: false, description: 'Predefined tags.' }),
      comment: t.arg.string({ required: false, description: 'Free comment (at most 2 000 characters).' }),
      confidence: t.arg.float({ required: false, description: 'Confidence 0–1 (default 1).' }),
    },
    resolve: async (_r, args, ctx) => {
      const id = checkId(args.id);
      const known = async () =>
        (await createIncidentRepository(ctx.db).list(resolveWindow({ preset: 'LAST_30D' }, ctx.now), 1, 100_000)).some((r) => r.id === id);
      return storeClassification(
        ctx,
        { entityType: 'incident', value: id, label: args.label, tags: args.tags ?? [], comment: args.comment ?? '', confidence: args.confidence ?? 1 },
        known,
      );
    },
  }),
);
