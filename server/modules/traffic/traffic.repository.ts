import type { Db } from '../../db/client.js';
import { sql, type Sql } from '../../db/sql.js';
import { HTTP_REQUEST_COLUMNS, type HttpRequestRow } from '../../db/http-logs.js';
import type { Window } from '../../db/window.js';

/** Sortable request columns: the only identifiers a caller's choice can put into ORDER BY. */
export const REQUEST_SORT = {
  TIME: 'time',
  IP: 'src_ip',
  METHOD: 'method',
  HOST: 'host',
  PATH: 'path',
  HTTP_VERSION: 'http_version',
  USER_AGENT: 'header_user_agent',
  JA4: 'ja4',
  COUNTRY: 'src_country_code',
  STATUS: 'status',
} as const;
export type RequestSort = keyof typeof REQUEST_SORT;

export interface RequestFilter {
  methods?: string[] | null;
  hostContains?: string | null;
  httpVersion?: string | null;
  statuses?: number[] | null;
  ja4?: string | null;
}

function requestConditions(f: RequestFilter, w: Window): Sql {
  const c: Sql[] = [sql`time >= ${w.since} AND time < ${w.until}`];
  if (f.methods?.length) c.push(sql`method IN ${f.methods}`);
  if (f.hostContains) c.push(sql`positionCaseInsensitive(toString(host), ${f.hostContains}) > 0`);
  if (f.httpVersion) c.push(sql`http_version = ${f.httpVersion}`);
  if (f.statuses?.length) c.push(sql`status IN ${sql.typed(f.statuses, 'Array(UInt16)')}`);
  if (f.ja4) c.push(sql`ja4 = ${f.ja4}`);
  return sql.join(c, ' AND ');
}

/** Transport-layer properties of requests a breakdown may group by: expressions chosen by code only. */
export const TRANSPORT_DIMENSIONS = {
  TLS_VERSION: sql`toString(tls_version)`,
  HTTP_VERSION: sql`toString(http_version)`,
  ALPN: sql`substring(toString(ja4), 9, 2)`,
  CIPHER_COUNT: sql`substring(toString(ja4), 5, 2)`,
  INITIAL_TTL: sql`multiIf(ip_ttl > 128, '255', ip_ttl > 64, '128', '64')`,
  TCP_WINDOW: sql`toString(tcp_window)`,
  TCP_MSS: sql`toString(tcp_mss)`,
  JA4T: sql`toString(ja4t)`,
} as const;
export type TransportDimension = keyof typeof TRANSPORT_DIMENSIONS;

export function createTrafficRepository(db: Db) {
  const agg = db.table('agg_host_ip_ja4_1h');
  const inAgg = (w: Window) => sql`window_start >= toStartOfHour(${w.since}) AND window_start < ${w.until}`;
  return {
    /** One page of raw requests matching the filter, sorted on a whitelisted column, with the total. */
    requests: (f: RequestFilter, w: Window, sort: RequestSort, desc: boolean, limit: number, offset: number) =>
      db.query<HttpRequestRow>(
        sql`SELECT ${HTTP_REQUEST_COLUMNS}, count() OVER () AS total
            FROM ${db.table('http_logs')} WHERE ${requestConditions(f, w)}
            ORDER BY ${sql.identifier(REQUEST_SORT[sort])} ${sql.identifier(desc ? 'DESC' : 'ASC')}, time DESC
            LIMIT ${limit} OFFSET ${offset}`,
        { label: 'traffic.requests' },
      ),

    /** Requests and IPs per value of one transport property, with those from IPs flagged in the window. */
    transport: (dim: TransportDimension, w: Window) =>
      db.query<{ value: string; hits: number; unique_ips: number; flagged_hits: number }>(
        sql`SELECT ${TRANSPORT_DIMENSIONS[dim]} AS value, count() AS hits, uniqExact(src_ip) AS unique_ips,
                   countIf(src_ip IN (SELECT src_ip FROM ${db.table('ml_detected_anomalies')}
                                      WHERE detected_at >= ${w.since} AND detected_at < ${w.until} AND threat_level != 'KNOWN_BOT')) AS flagged_hits
            FROM ${db.table('http_logs')} WHERE time >= ${w.since} AND time < ${w.until}
            GROUP BY value ORDER BY hits DESC LIMIT 100`,
        { label: 'traffic.transport' },
      ),

    /** Hits per hour of the day (UTC) over all hosts, from the hourly aggregate. */
    byHour: (w: Window) =>
      db.query<{ hour: number; hits: number; unique_ips: number; max_rps: number }>(
        sql`SELECT toHour(window_start) AS hour, sum(hits) AS hits, uniqExact(src_ip) AS unique_ips, max(max_requests_per_sec) AS max_rps
            FROM ${agg} WHERE ${inAgg(w)} GROUP BY hour ORDER BY hour`,
        { label: 'traffic.byHour' },
      ),

    /** Requests per day of week (0 = Monday) and hour. */
    byDayHour: (w: Window) =>
      db.query<{ dow: number; hour: number; hits: number }>(
        sql`SELECT toDayOfWeek(time) - 1 AS dow, toHour(time) AS hour, count() AS hits FROM ${db.table('http_logs')}
            WHERE time >= ${w.since} AND time < ${w.until} GROUP BY dow, hour ORDER BY dow, hour`,
        { label: 'traffic.byDayHour' },
      ),

    /** The busiest hosts. */
    topHosts: (w: Window, limit: number) =>
      db.query<{ host: string; hits: number }>(
        sql`SELECT toString(host) AS host, sum(hits) AS hits FROM ${agg} WHERE ${inAgg(w)} GROUP BY host ORDER BY hits DESC, host LIMIT ${limit}`,
        { label: 'traffic.topHosts' },
      ),
  };
}
