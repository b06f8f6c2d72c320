import { LegacyDetectionDocument, LegacyDetectionsDocument, type LegacyDetectionFragment } from '../generated/graphql.js';
import { either, int, oneOf, text, type Query } from '../params.js';
import { defineRoute, type Route } from '../route.js';
import { lastHours } from '../shape.js';

const SORT = {
  detected_at: 'DETECTED_AT',
  src_ip: 'IP',
  ja4: 'JA4',
  host: 'HOST',
  anomaly_score: 'ANOMALY_SCORE',
  threat_level: 'THREAT_LEVEL',
  recurrence: 'RECURRENCE',
  hits: 'HITS',
  hit_velocity: 'HIT_VELOCITY',
  fuzzing_index: 'FUZZING_INDEX',
  post_ratio: 'POST_RATIO',
  campaign_id: 'CAMPAIGN',
  asn_org: 'ASN_ORG',
  country_code: 'COUNTRY',
  bot_name: 'BOT_NAME',
  browser_family: 'BROWSER_FAMILY',
  model_name: 'MODEL',
  asn_number: 'ASN',
} as const;
const ORDER = { asc: 'ASC', desc: 'DESC' } as const;
const THREAT = { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW', known_bot: 'KNOWN_BOT', legitimate_browser: 'LEGITIMATE_BROWSER' } as const;
const MODEL = { complet: 'COMPLET', applicatif: 'APPLICATIF' } as const;
const MODEL_NAME = { COMPLET: 'Complet', APPLICATIF: 'Applicatif' } as const;

/** The v2 rewrite spelled paging `per_page`/`sort`/`order` and answered `{data, …, per_page, pages}`. */
export const isV2 = (q: Query) => ['per_page', 'sort', 'order'].some((k) => q[k] !== undefined);

/** Maps the legacy list parameters (both dialects) onto the detection list's variables. */
export function listVariables(q: Query, { days = 30, v2 = isV2(q) }: { days?: number; v2?: boolean } = {}) {
  const pageSize = int(q, ['page_size', 'per_page'], { min: 1, max: 500, fallback: v2 ? 50 : 20 });
  const page = int(q, ['page'], { min: 1, max: Math.floor(10_000 / pageSize) + 1, fallback: 1 });
  const asn = either(q, 'asn_number') === undefined ? undefined : int(q, ['asn_number'], { min: 0, max: 2147483647, fallback: 0 });
  const threat = oneOf(q, ['threat_level'], THREAT);
  const model = oneOf(q, ['model_name'], MODEL);
  const country = text(q, ['country_code'], 2);
  const asnOrg = text(q, ['asn_org']);
  return {
    first: pageSize,
    offset: (page - 1) * pageSize,
    window: lastDays(days),
    orderBy: { field: oneOf(q, ['sort_by', 'sort'], SORT) ?? 'DETECTED_AT', direction: oneOf(q, ['sort_order', 'order'], ORDER) ?? 'DESC' },
    filter: {
      ...(threat ? { threatLevels: [threat] } : {}),
      ...(model ? { models: [model] } : {}),
      ...(country ? { countryCodes: [country.toUpperCase()] } : {}),
      ...(asn !== undefined ? { asns: [asn] } : {}),
      ...(asnOrg ? { asnOrgs: [asnOrg] } : {}),
      ja4: text(q, ['ja4']),
      botName: text(q, ['bot_name']),
      browserFamily: text(q, ['browser_family']),
      search: text(q, ['search']),
    },
  };
}

/** The legacy lists' fixed horizons (30 days of detections, 3 days of scores), ending now. */
const lastDays = (days: number) => lastHours(days * 24);

/** The Detection model of the legacy front end (navigation.md). */
export function legacyDetection(d: LegacyDetectionFragment) {
  return {
    id: d.detectionId,
    detected_at: d.detectedAt,
    src_ip: d.ip.address,
    ja4: d.ja4?.fingerprint ?? '',
    host: d.host.name,
    bot_name: d.botName,
    anomaly_score: d.anomalyScore,
    threat_level: d.threatLevel,
    model_name: MODEL_NAME[d.model],
    recurrence: d.recurrence,
    asn_number: String(d.asnNumber),
    asn_org: d.asnOrg,
    country_code: d.countryCode,
    hits: d.windowHits,
    hit_velocity: d.features.hitVelocity,
    fuzzing_index: d.features.fuzzingIndex,
    post_ratio: d.features.postRatio,
    reason: d.reason,
  };
}

/** Every column of ml_detected_anomalies, as the v2 rewrite’s `SELECT *, toString(src_ip) AS src_ip_str` returned it. */
export function v2Row(d: LegacyDetectionFragment) {
  const f = d.features;
  return {
    ...legacyDetection(d),
    detection_id: d.detectionId,
    window_start: d.windowStart,
    header_user_agent: d.userAgent,
    client_headers: d.clientHeaders,
    raw_anomaly_score: d.rawAnomalyScore,
    xgb_prob: d.xgbProb,
    ae_recon_error: d.aeReconError,
    is_anomaly: d.isAnomaly ? 1 : 0,
    browser_family: d.browserFamily,
    campaign_id: d.campaign?.campaignId ?? '',
    asset_ratio: f.assetRatio,
    direct_access_ratio: f.directAccessRatio,
    temporal_entropy: f.temporalEntropy,
    path_diversity_ratio: f.pathDiversityRatio,
    modern_browser_score: f.modernBrowserScore,
    header_count: f.headerCount,
    src_port_density: f.srcPortDensity,
    distinct_ja4_count: f.distinctJa4Count,
    is_ua_rotating: f.uaRotating ? 1 : 0,
    asn_label: d.asnLabel,
    src_ip_str: d.ip.address,
  };
}

const QUERY_DOCS = [
  { name: 'page', type: 'integer' as const, description: 'Page number, from 1.' },
  { name: 'page_size', type: 'integer' as const, description: 'Items per page, 1–500 (default 20); `per_page` is the v2 spelling (default 50).' },
  { name: 'threat_level', description: 'CRITICAL, HIGH, MEDIUM, LOW or KNOWN_BOT.', enum: Object.values(THREAT) },
  { name: 'model_name', description: 'Complet or Applicatif.', enum: ['Complet', 'Applicatif'] },
  { name: 'search', description: 'Text in the IP, host, JA4, bot name or AS organisation.' },
  { name: 'sort_by', description: 'Sort column (`sort` in v2).', enum: Object.keys(SORT) },
  { name: 'sort_order', description: 'asc or desc (`order` in v2).', enum: ['asc', 'desc'] },
  { name: 'country_code', description: 'ISO country code.' },
  { name: 'asn_number', description: 'AS number.' },
  { name: 'asn_org', description: 'AS organisation (exact).' },
  { name: 'ja4', description: 'Exact JA4.' },
  { name: 'bot_name', description: 'Known bot name.' },
  { name: 'browser_family', description: 'Browser family.' },
];

export const detectionRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/detections',
    tag: 'Detections',
    summary: 'Paginated detection list (last 30 days) with filtering, sorting and text search',
    query: QUERY_DOCS,
    operation: LegacyDetectionsDocument,
    variables: ({ query }) => listVariables(query),
    shape: (data, { query }) => {
      const v = listVariables(query);
      const total = data.detections.totalCount;
      const pages = Math.max(1, Math.ceil(total / v.first));
      const page = v.offset / v.first + 1;
      const rows = data.detections.edges.map((e) => e.node);
      return isV2(query)
        ? { data: rows.map(v2Row), total, page, per_page: v.first, pages }
        : { items: rows.map(legacyDetection), total, page, page_size: v.first, total_pages: pages };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/detections/{detection_id}',
    tag: 'Detections',
    summary: 'Single detection details',
    operation: LegacyDetectionDocument,
    variables: ({ params }) => ({ id: params.detection_id! }),
    notFound: (data) => !data.detection,
    shape: (data) => v2Row(data.detection!),
  }),
];
