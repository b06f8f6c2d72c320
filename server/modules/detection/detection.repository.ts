import type { Db } from '../../db/client.js';
import { ipText } from '../../db/http-logs.js';
import { sql, type Sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';
import { keyIn, keyOut, type Dim } from '../../graph/columns.sql.js';
import { detectionsThroughIps } from '../../graph/layer.sql.js';

export interface DetectionRow {
  id: string;
  detected_at: string;
  window_start: string;
  model_name: string;
  ip: string;
  ja4: string;
  host: string;
  user_agent: string;
  client_headers: string;
  anomaly_score: number;
  raw_anomaly_score: number;
  xgb_prob: number;
  ae_recon_error: number;
  is_anomaly: number;
  threat_level: string;
  bot_name: string;
  browser_family: string;
  campaign_id: string;
  reason: string;
  recurrence: number;
  hits: number;
  hit_velocity: number;
  fuzzing_index: number;
  post_ratio: number;
  asset_ratio: number;
  direct_access_ratio: number;
  temporal_entropy: number;
  path_diversity_ratio: number;
  modern_browser_score: number;
  header_count: number;
  src_port_density: number;
  distinct_ja4_count: number;
  is_ua_rotating: number;
  asn_number: number;
  asn_org: string;
  asn_label: string;
  country_code: string;
  /** Rows matching before LIMIT (per key for per-entity lists). */
  total: number;
  key?: string;
}

const COLUMNS = sql`toString(detection_id) AS id, detected_at, window_start, model_name,
  ${ipText('src_ip')} AS ip, toString(ja4) AS ja4, toString(host) AS host,
  header_user_agent AS user_agent, toString(client_headers) AS client_headers,
  anomaly_score, raw_anomaly_score, xgb_prob, ae_recon_error, is_anomaly, toString(threat_level) AS threat_level,
  toString(bot_name) AS bot_name, toString(browser_family) AS browser_family, toString(campaign_id) AS campaign_id, reason, recurrence,
  hits, hit_velocity, fuzzing_index, post_ratio, asset_ratio, direct_access_ratio, temporal_entropy, path_diversity_ratio,
  modern_browser_score, header_count, src_port_density, distinct_ja4_count, is_ua_rotating,
  asn_number, toString(asn_org) AS asn_org, toString(asn_label) AS asn_label, toString(country_code) AS country_code`;

/** Sortable columns: the only identifiers a caller's choice can put into ORDER BY. */
export const SORT_COLUMNS = {
  DETECTED_AT: 'detected_at',
  ANOMALY_SCORE: 'anomaly_score',
  HITS: 'hits',
  HIT_VELOCITY: 'hit_velocity',
  FUZZING_INDEX: 'fuzzing_index',
  POST_RATIO: 'post_ratio',
  RECURRENCE: 'recurrence',
  THREAT_LEVEL: 'threat_level',
  IP: 'src_ip',
  JA4: 'ja4',
  HOST: 'host',
  ASN: 'asn_number',
  ASN_ORG: 'asn_org',
  COUNTRY: 'country_code',
  CAMPAIGN: 'campaign_id',
  BOT_NAME: 'bot_name',
  BROWSER_FAMILY: 'browser_family',
  MODEL: 'model_name',
} as const;
export type SortField = keyof typeof SORT_COLUMNS;

/** Each sort column's type: a keyset cursor's value is bound as it (its text read back exactly). */
const SORT_TYPES: Record<SortField, string> = {
  DETECTED_AT: 'DateTime',
  ANOMALY_SCORE: 'Float32',
  HITS: 'UInt32',
  HIT_VELOCITY: 'Float32',
  FUZZING_INDEX: 'Float32',
  POST_RATIO: 'Float32',
  RECURRENCE: 'UInt32',
  THREAT_LEVEL: 'String',
  IP: 'IPv6',
  JA4: 'String',
  HOST: 'String',
  ASN: 'UInt32',
  ASN_ORG: 'String',
  COUNTRY: 'String',
  CAMPAIGN: 'String',
  BOT_NAME: 'String',
  BROWSER_FAMILY: 'String',
  MODEL: 'String',
};

/** Where a page starts: after a row, before a row, at the end, or (page-numbered clients) at an offset. */
export type Seek = { after: { value: string; id: string } } | { before: { value: string; id: string } } | { end: true } | { offset: number };

/** Aggregates a grouped list can be sorted on. */
export const IP_GROUP_SORT = { DETECTIONS: 'detections', WORST_SCORE: 'worst_score', LAST_SEEN: 'last_seen', HITS: 'total_hits', IP: 'src_ip' } as const;
export type IpGroupSort = keyof typeof IP_GROUP_SORT;

export interface IpGroupRow {
  ip: string;
  detections: number;
  worst_score: number;
  worst_level: string;
  first_seen: string;
  last_seen: string;
  hosts: number;
  ja4s: number;
  total_hits: number;
  org: string;
  asn: number;
  country: string;
  total: number;
}

export interface DetectionFilter {
  threatLevels?: string[] | null;
  models?: string[] | null;
  countryCodes?: string[] | null;
  asns?: number[] | null;
  asnOrgs?: string[] | null;
  ja4?: string | null;
  host?: string | null;
  botName?: string | null;
  browserFamily?: string | null;
  campaignId?: string | null;
  minScore?: number | null;
  search?: string | null;
}

export type DetectionTable = 'ml_detected_anomalies' | 'ml_all_scores';

function conditions(f: DetectionFilter, w: Window): Sql {
  const c: Sql[] = [sql`detected_at >= ${w.since} AND detected_at < ${w.until}`];
  if (f.threatLevels?.length) c.push(sql`threat_level IN ${f.threatLevels}`);
  if (f.models?.length) c.push(sql`model_name IN ${f.models}`);
  if (f.countryCodes?.length) c.push(sql`country_code IN ${f.countryCodes}`);
  if (f.asns?.length) c.push(sql`asn_number IN ${sql.typed(f.asns, 'Array(UInt32)')}`);
  if (f.asnOrgs?.length) c.push(sql`asn_org IN ${f.asnOrgs}`);
  if (f.ja4) c.push(sql`ja4 = ${f.ja4}`);
  if (f.host) c.push(sql`host = ${f.host}`);
  if (f.botName) c.push(sql`bot_name = ${f.botName}`);
  if (f.browserFamily) c.push(sql`browser_family = ${f.browserFamily}`);
  if (f.campaignId) c.push(sql`campaign_id = ${f.campaignId}`);
  if (f.minScore !== null && f.minScore !== undefined) c.push(sql`anomaly_score >= ${f.minScore}`);
  if (f.search) {
    const s = f.search;
    c.push(sql`(positionCaseInsensitive(toString(src_ip), ${s}) > 0 OR positionCaseInsensitive(toString(host), ${s}) > 0
               OR positionCaseInsensitive(toString(ja4), ${s}) > 0 OR positionCaseInsensitive(toString(bot_name), ${s}) > 0
               OR positionCaseInsensitive(toString(asn_org), ${s}) > 0)`);
  }
  return sql.join(c, ' AND ');
}

export function createDetectionRepository(db: Db) {
  const viaIps = (kind: Dim, keys: readonly string[], w: Window, table: DetectionTable) =>
    table === 'ml_detected_anomalies' ? detectionsThroughIps(db, kind, keys, w) : sql`1`;

  return {
    /**
     * One page of detections matching the filter, sorted on a whitelisted column (ties by id), with
     * the total and each row's sort value as text (its keyset cursor). Pages before a row or at the
     * end are read in the reverse order and returned in the list's order.
     */
    list(filter: DetectionFilter, w: Window, sort: SortField, desc: boolean, limit: number, seek: Seek, table: DetectionTable = 'ml_detected_anomalies') {
      const col = sql.identifier(SORT_COLUMNS[sort]);
      const backwards = 'before' in seek || 'end' in seek;
      const dir = (d: boolean) => sql.identifier(d ? 'DESC' : 'ASC');
      const order = sql`${col} ${dir(desc !== backwards)}, detection_id ${dir(backwards)}`;
      const typed = (k: { value: string; id: string }) => [sql.typed(k.value, SORT_TYPES[sort]), sql.typed(k.id, 'UInt64')] as const;
      let at = sql`1`;
      if ('after' in seek || 'before' in seek) {
        const [v, id] = typed('after' in seek ? seek.after : seek.before);
        const ahead = 'after' in seek;
        // the rows past the cursor's in the direction read: (value, id) beyond it in that order
        at =
          desc === ahead
            ? sql`(${col} < ${v} OR (${col} = ${v} AND detection_id ${ahead ? sql`>` : sql`<`} ${id}))`
            : sql`(${col} > ${v} OR (${col} = ${v} AND detection_id ${ahead ? sql`>` : sql`<`} ${id}))`;
      }
      const where = conditions(filter, w);
      return db
        .query<DetectionRow & { sort_value: string }>(
          sql`SELECT ${COLUMNS}, toString(${col}) AS sort_value, (SELECT count() FROM ${db.table(table)} WHERE ${where}) AS total
              FROM ${db.table(table)}
              WHERE ${where} AND ${at} ORDER BY ${order} LIMIT ${limit} ${'offset' in seek ? sql`OFFSET ${seek.offset}` : sql.empty}`,
          { label: 'detection.list' },
        )
        .then((rows) => (backwards ? rows.reverse() : rows));
    },

    /** How many detections match the filter (a page past the last row carries no total of its own). */
    count: async (filter: DetectionFilter, w: Window, table: DetectionTable = 'ml_detected_anomalies') =>
      Number(
        (await db.query<{ n: number }>(sql`SELECT count() AS n FROM ${db.table(table)} WHERE ${conditions(filter, w)}`, { label: 'detection.count' }))[0]?.n ??
          0,
      ),

    /** Detections matching the filter grouped by source IP: one row per IP, sorted on a whitelisted aggregate, with the number of IPs. */
    byIp(filter: DetectionFilter, w: Window, sort: IpGroupSort, desc: boolean, limit: number, offset: number) {
      const order = sql`${sql.identifier(IP_GROUP_SORT[sort])} ${sql.identifier(desc ? 'DESC' : 'ASC')}, ip`;
      // aliases must not shadow the filtered columns: ClickHouse substitutes aliases inside WHERE
      return db.query<IpGroupRow>(
        sql`SELECT ${ipText('src_ip')} AS ip, count() AS detections, max(anomaly_score) AS worst_score,
                   toString(argMax(threat_level, anomaly_score)) AS worst_level, min(detected_at) AS first_seen, max(detected_at) AS last_seen,
                   uniqExact(host) AS hosts, uniqExact(ja4) AS ja4s, sum(hits) AS total_hits, toString(any(asn_org)) AS org,
                   any(asn_number) AS asn, toString(any(country_code)) AS country, count() OVER () AS total
            FROM ${db.table('ml_detected_anomalies')} WHERE ${conditions(filter, w)}
            GROUP BY src_ip ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
        { label: 'detection.byIp' },
      );
    },

    byIds(ids: readonly string[]) {
      return db.query<DetectionRow>(
        sql`SELECT ${COLUMNS} FROM ${db.table('ml_all_scores')} WHERE detection_id IN ${sql.typed(
          ids.map((i) => BigInt(i)),
          'Array(UInt64)',
        )}
            LIMIT 1 BY detection_id`,
        { label: 'detection.byIds' },
      );
    },

    /** The newest detections of each entity key in the window, `limit` per key, with each key's total. */
    byEntity(kind: Dim, keys: readonly string[], w: Window, limit: number, table: DetectionTable) {
      return db.query<DetectionRow>(
        sql`SELECT ${keyOut(kind, 'ml')} AS key, ${COLUMNS}, count() OVER (PARTITION BY key) AS total
            FROM ${db.table(table)}
            WHERE ${keyIn(kind, 'ml', keys)} AND ${viaIps(kind, keys, w, table)} AND detected_at >= ${w.since} AND detected_at < ${w.until}
            ORDER BY key, detected_at DESC, detection_id
            LIMIT ${limit} BY key`,
        { label: `detection.by${kind}` },
      );
    },
  };
}
