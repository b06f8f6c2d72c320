import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../schema/window.js';

export function createTrafficRepository(db: Db) {
  const agg = db.table('agg_host_ip_ja4_1h');
  const inAgg = (w: Window) => sql`window_start >= toStartOfHour(${w.since}) AND window_start < ${w.until}`;
  return {
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
