import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import { wholeHours, type Window } from '../../db/window.js';
import { hourlyAndDaily } from '../../graph/layer.sql.js';

export interface SiblingRow {
  family: string;
  ja4: string;
  hits: number;
  unique_ips: number;
}

export function createJa4Repository(db: Db) {
  return {
    /**
     * Fingerprints seen in the window whose sections a and c ("a_c") are among `families`, from the
     * graph layer's JA4 nodes; section a is a key prefix, so only those fingerprints are read.
     */
    siblings(families: readonly string[], window: Window) {
      const w = wholeHours(window);
      const prefixes = sql.join(
        [...new Set(families.map((f) => `${f.split('_')[0]}_`))].map((p) => sql`startsWith(key, ${p})`),
        ' OR ',
      );
      return db.query<SiblingRow>(
        sql`SELECT concat(splitByChar('_', key)[1], '_', splitByChar('_', key)[3]) AS family, key AS ja4,
                   sum(hits) AS hits, uniqExactMerge(ips) AS unique_ips
            FROM (${hourlyAndDaily('graph_nodes', db, sql`key, hits, ips`, sql`source = 'traffic' AND kind = 'JA4' AND (${prefixes})`, w, ['JA4'])})
            GROUP BY key
            HAVING family IN ${[...families]}
            ORDER BY hits DESC, ja4`,
        { label: 'ja4.siblings' },
      );
    },
  };
}
