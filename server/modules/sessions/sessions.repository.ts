import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

/** Columns of view_ai_features_1h a breakdown may group by: the only identifiers a caller can choose. */
export const SESSION_DIMENSIONS = {
  COUNTRY: 'country_code',
  ASN_LABEL: 'asn_label',
  ASN_ORG: 'asn_org',
  JA4: 'ja4',
  BOT_NAME: 'bot_name',
  BROWSER_FAMILY: 'browser_family',
} as const;
export type SessionDimension = keyof typeof SESSION_DIMENSIONS;

export interface GroupRow {
  values: string[];
  sessions: number;
  unique_ips: number;
  hits: number;
  avg_velocity: number;
  avg_fuzz: number;
  avg_browser: number;
}

export function createSessionsRepository(db: Db) {
  const view = db.table('view_ai_features_1h');
  const inWindow = (w: Window) => sql`window_start >= toStartOfHour(${w.since}) AND window_start < ${w.until}`;
  return {
    /** Sessions (IP × JA4 × hour) grouped by the given dimensions, most sessions first; empty values left out unless asked. */
    breakdown: (by: SessionDimension[], w: Window, limit: number, includeEmpty: boolean) => {
      const cols = by.map((d) => sql.identifier(SESSION_DIMENSIONS[d]));
      const nonEmpty = includeEmpty
        ? sql.empty
        : sql.join(
            cols.map((c) => sql` AND toString(${c}) != ''`),
            '',
          );
      return db.query<GroupRow>(
        sql`SELECT [${sql.join(cols.map((c) => sql`toString(${c})`))}] AS values, count() AS sessions, uniqExact(src_ip) AS unique_ips, sum(hits) AS hits,
                   avg(hit_velocity) AS avg_velocity, avg(fuzzing_index) AS avg_fuzz, avg(modern_browser_score) AS avg_browser
            FROM ${view} WHERE ${inWindow(w)}${nonEmpty}
            GROUP BY ${sql.join(cols)} ORDER BY sessions DESC, values LIMIT ${limit}`,
        { label: 'sessions.breakdown' },
      );
    },

    /** Sessions that neither a browser family nor a known bot explains. */
    unexplained: async (w: Window) =>
      (
        await db.query<{ n: number }>(sql`SELECT count() AS n FROM ${view} WHERE ${inWindow(w)} AND browser_family = '' AND bot_name = ''`, {
          label: 'sessions.unexplained',
        })
      )[0]?.n ?? 0,
  };
}
