import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

export interface HourRow {
  host: string;
  hour: number;
  hits: number;
  unique_ips: number;
  max_rps: number;
}

export function createHostRepository(db: Db) {
  return {
    /** Hits per hour of the day (UTC) of each host, from the hourly aggregate. */
    hourly(hosts: readonly string[], w: Window) {
      return db.query<HourRow>(
        sql`SELECT toString(host) AS host, toHour(window_start) AS hour, sum(hits) AS hits, uniqExact(src_ip) AS unique_ips,
                   max(max_requests_per_sec) AS max_rps
            FROM ${db.table('agg_host_ip_ja4_1h')}
            WHERE host IN ${[...hosts]} AND window_start >= toStartOfHour(${w.since}) AND window_start < ${w.until}
            GROUP BY host, hour ORDER BY host, hour`,
        { label: 'host.hourly' },
      );
    },
  };
}
