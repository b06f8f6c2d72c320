import { builder, type Types } from '../../schema/builder.js';
import { boundFirst, boundOffset, connection, decodeKeyset, keysetConnection, keysetCursor, toPage, totalCountOf } from '../../schema/paging.js';
import { badInput } from '../../schema/errors.js';
import { pageArgs, resolveWindow } from '../../schema/window.js';
import { defineEntityNode } from '../../graph/entity.node.js';
import { FINDERS } from '../../graph/entity.schema.js';
import { parseKey, type EntityKind } from '../../graph/entity.kinds.js';
import { entityParent, ThreatLevelEnum, type EntityParent, type EntityRef, type ThreatLevel } from '../../graph/entity.refs.js';
import { DetectionRef, type DetectionParent } from './detection.refs.js';
import { detectionById, fromDetectionRow as fromRow } from './detection.refs.js';
import { createDetectionRepository, type DetectionFilter, type DetectionRow, type DetectionTable, type Seek } from './detection.repository.js';
import { checkFilter, DetectionFilterInput, DetectionModelEnum, DetectionOrderInput } from './detection.inputs.js';
import { ASNRef, CampaignRef, CountryRef, HostRef, IPRef, JA4Ref } from '../../graph/entity.types.js';
import { COST } from '../../graphql/cost.js';

FINDERS.set('DETECTION', async (ctx, key) => Boolean(await detectionById(ctx).load(key)));

const Features = builder.objectRef<DetectionRow>('DetectionFeatures').implement({
  description: 'The behavioural features the model scored (per scoring window).',
  fields: (t) => ({
    hitVelocity: t.exposeFloat('hit_velocity', { description: 'Requests per minute of activity.' }),
    fuzzingIndex: t.exposeFloat('fuzzing_index', { description: 'Share of 4xx answers (probing for paths that do not exist).' }),
    postRatio: t.exposeFloat('post_ratio', { description: 'Share of POST requests.' }),
    assetRatio: t.exposeFloat('asset_ratio', { description: 'Share of static sub-resources (browsers fetch many).' }),
    directAccessRatio: t.exposeFloat('direct_access_ratio', { description: 'Share of pages requested without a Referer.' }),
    temporalEntropy: t.exposeFloat('temporal_entropy', { description: 'Entropy of activity over 5-minute slots of the hour.' }),
    pathDiversityRatio: t.exposeFloat('path_diversity_ratio', { description: 'Distinct paths per request.' }),
    modernBrowserScore: t.exposeFloat('modern_browser_score', { description: '0–1: Sec-CH-UA, Sec-Fetch, Accept-Language, brotli present.' }),
    headerCount: t.exposeFloat('header_count', { description: 'Mean number of request headers.' }),
    srcPortDensity: t.exposeFloat('src_port_density', { description: 'Distinct source ports per request (new connection per request ≈ 1).' }),
    distinctJa4Count: t.exposeInt('distinct_ja4_count', { description: 'JA4s the IP used in the same hour.' }),
    uaRotating: t.boolean({ description: 'Three or more User-Agents in the window.', resolve: (r) => r.is_ua_rotating === 1 }),
  }),
});

/** A nullable link to the entity a detection row names (null when the row leaves it empty). */
function linkFromRow(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, EntityParent>,
  ref: EntityRef,
  kind: EntityKind,
  description: string,
  pick: (r: DetectionRow) => string,
) {
  return t.field({
    type: ref,
    nullable: true,
    description,
    resolve: (p, _a, c) =>
      fromRow(c, p, (r) => {
        const key = pick(r);
        return key ? entityParent(kind, key, p.window) : null;
      }),
  });
}

defineEntityNode('DETECTION', DetectionRef, 'One scoring window (model × hour × IP × JA4 × host) and the bot-detector’s verdict on it.', (t) => ({
  detectionId: t.string({ description: 'The detection’s id.', resolve: (p) => p.key }),
  detectedAt: t.field({ type: 'DateTime', description: 'When it was scored.', resolve: (p, _a, c) => fromRow(c, p, (r) => r.detected_at) }),
  windowStart: t.field({
    type: 'DateTime',
    description: 'Start of the scored hour.',
    resolve: (p, _a, c) => fromRow(c, p, (r) => r.window_start),
  }),
  model: t.field({
    type: DetectionModelEnum,
    description: 'The model that scored it.',
    resolve: (p, _a, c) => fromRow(c, p, (r) => r.model_name as 'Complet'),
  }),
  threatLevel: t.field({
    type: ThreatLevelEnum,
    description: 'The verdict.',
    resolve: (p, _a, c) => fromRow(c, p, (r) => r.threat_level as ThreatLevel),
  }),
  anomalyScore: t.float({ description: '0–1, higher is more anomalous.', resolve: (p, _a, c) => fromRow(c, p, (r) => r.anomaly_score) }),
  rawAnomalyScore: t.float({
    description: 'Isolation Forest decision function (negative = anomalous).',
    resolve: (p, _a, c) => fromRow(c, p, (r) => r.raw_anomaly_score),
  }),
  xgbProb: t.float({ description: 'Supervised model’s bot probability.', resolve: (p, _a, c) => fromRow(c, p, (r) => r.xgb_prob) }),
  aeReconError: t.float({ description: 'Autoencoder reconstruction error.', resolve: (p, _a, c) => fromRow(c, p, (r) => r.ae_recon_error) }),
  isAnomaly: t.boolean({
    description: 'False for windows scored as a legitimate browser.',
    resolve: (p, _a, c) => fromRow(c, p, (r) => r.is_anomaly === 1),
  }),
  reason: t.string({ description: 'Why the detector flagged it.', resolve: (p, _a, c) => fromRow(c, p, (r) => r.reason) }),
  botName: t.string({ description: 'Known bot name, if any.', resolve: (p, _a, c) => fromRow(c, p, (r) => r.bot_name) }),
  browserFamily: t.string({
    description: 'Browser family its User-Agent claims.',
    resolve: (p, _a, c) => fromRow(c, p, (r) => r.browser_family),
  }),
  userAgent: t.string({ description: 'A User-Agent of the window.', resolve: (p, _a, c) => fromRow(c, p, (r) => r.user_agent) }),
  clientHeaders: t.string({
    description: 'Request header names, in the order sent.',
    resolve: (p, _a, c) => fromRow(c, p, (r) => r.client_headers),
  }),
  recurrence: t.int({ description: 'Days on which the IP was scored.', resolve: (p, _a, c) => fromRow(c, p, (r) => r.recurrence) }),
  asnNumber: t.int({
    description: 'AS number recorded with the detection (0 when unknown).',
    resolve: (p, _a, c) => fromRow(c, p, (r) => r.asn_number),
  }),
  asnOrg: t.string({ description: 'AS organisation recorded with the detection.', resolve: (p, _a, c) => fromRow(c, p, (r) => r.asn_org) }),
  asnLabel: t.string({
    description: 'AS kind recorded with the detection (isp, hosting, …).',
    resolve: (p, _a, c) => fromRow(c, p, (r) => r.asn_label),
  }),
  countryCode: t.string({
    description: 'Country recorded with the detection.',
    resolve: (p, _a, c) => fromRow(c, p, (r) => r.country_code),
  }),
  windowHits: t.float({ description: 'Requests in the scored window.', resolve: (p, _a, c) => fromRow(c, p, (r) => r.hits) }),
  features: t.field({ type: Features, description: 'The scored features.', resolve: (p, _a, c) => fromRow(c, p, (r) => r) }),
  ip: t.field({
    type: IPRef,
    description: 'The source IP.',
    resolve: (p, _a, c) => fromRow(c, p, (r) => entityParent('IP', r.ip, p.window)),
  }),
  ja4: linkFromRow(t, JA4Ref, 'JA4', 'The TLS fingerprint (null for plain HTTP).', (r) => r.ja4),
  asn: linkFromRow(t, ASNRef, 'ASN', 'The source AS.', (r) => (r.asn_number ? String(r.asn_number) : '')),
  host: t.field({
    type: HostRef,
    description: 'The targeted host.',
    resolve: (p, _a, c) => fromRow(c, p, (r) => entityParent('HOST', r.host, p.window)),
  }),
  country: linkFromRow(t, CountryRef, 'COUNTRY', 'The source country.', (r) => r.country_code),
  campaign: linkFromRow(t, CampaignRef, 'CAMPAIGN', 'The campaign it belongs to, if any.', (r) => r.campaign_id),
}));

export const DetectionConnection = builder.connectionObject(
  {
    type: DetectionRef,
    name: 'DetectionConnection',
    description: 'A page of detections.',
    fields: (t) => ({
      totalCount: t.int({ description: 'Detections matching, across all pages.', resolve: totalCountOf }),
      startIndex: t.int({
        description: 'Where the page starts in the whole list (0 for the first row), for “rows n–m of N”; rows arriving meanwhile may shift it.',
        resolve: (c) => (c as { startIndex?: number }).startIndex ?? 0,
      }),
    }),
  },
  { name: 'DetectionEdge', description: 'A detection.' },
);

export const toDetectionConnection = (rows: DetectionRow[], page: ReturnType<typeof toPage>, w: DetectionParent['window'], total = rows[0]?.total ?? 0) =>
  connection(rows, total, page, (r) => ({ node: { ...entityParent('DETECTION', r.id, w), row: r } }));

function addListField(name: string, table: DetectionTable, description: string) {
  builder.queryField(name, (t) =>
    t.field({
      extensions: { cost: COST.DETECTIONS_SCAN },
      type: DetectionConnection,
      description,
      args: {
        filter: t.arg({ type: DetectionFilterInput, required: false, description: 'Which detections.' }),
        orderBy: t.arg({ type: DetectionOrderInput, required: false, description: 'Default: newest first.' }),
        ...pageArgs,
        last: t.arg.int({ required: false, description: 'With `before`: how many before it; alone: the last page (1–500).' }),
        before: t.arg.string({ required: false, description: 'Cursor of a row: the page just before it.' }),
        offset: t.arg.int({
          required: false,
          description: 'Skip this many first (for page-numbered clients, at most 10 000; ignored with a cursor). Cursors (`after`, `before`) reach every page.',
        }),
      },
      resolve: async (_r, args, ctx) => {
        const w = resolveWindow(args.window, ctx.now);
        const order = args.orderBy ?? { field: 'DETECTED_AT' as const, direction: 'DESC' as const };
        const after = args.after ? decodeKeyset(args.after) : null;
        const before = args.before ? decodeKeyset(args.before) : null;
        if (args.before && !before) throw badInput('`before` is not a cursor this API returned');
        const backwards = before !== null || (args.last != null && !args.after);
        const size = boundFirst(backwards ? args.last : args.first, 20);
        // an offset cursor of an older client still pages by offset, up to the offset ceiling
        const offset = args.after && !after ? toPage(args).offset : boundOffset(args.offset);
        const seek: Seek = before ? { before } : backwards ? { end: true } : after ? { after } : { offset };
        const rows = await createDetectionRepository(ctx.db).list(
          checkFilter(args.filter as DetectionFilter),
          w,
          order.field,
          order.direction !== 'ASC',
          size,
          seek,
          table,
        );
        const total = rows[0]?.total ?? (await createDetectionRepository(ctx.db).count(checkFilter(args.filter as DetectionFilter), w, table));
        // the position of the page's first row in the whole list
        const start = before ? Math.max(0, before.position - rows.length) : backwards ? Math.max(0, total - rows.length) : after ? after.position + 1 : offset;
        return keysetConnection(rows, total, start, (r, position) => ({
          node: { ...entityParent('DETECTION', r.id, w), row: r },
          cursor: keysetCursor({ value: r.sort_value, id: r.id, position }),
        }));
      },
    }),
  );
}

addListField('detections', 'ml_detected_anomalies', 'Detections (flagged scoring windows) in the window, filtered and sorted; newest first by default.');
addListField('scores', 'ml_all_scores', 'Every scored window (legitimate ones too) in the window, filtered and sorted; newest first by default.');

builder.queryField('detection', (t) =>
  t.field({
    type: DetectionRef,
    nullable: true,
    description: 'A detection (or any scored window) by id; null when unknown.',
    args: { id: t.arg.string({ required: true, description: 'The detection id (detectionId).' }) },
    resolve: async (_r, args, ctx) => {
      const id = parseKey('DETECTION', args.id);
      const r = await detectionById(ctx).load(id);
      return r ? { ...entityParent('DETECTION', id, resolveWindow(null, ctx.now)), row: r } : null;
    },
  }),
);
