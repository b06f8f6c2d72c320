import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../schema/window.js';

export interface AsnInfoRow {
  key: string;
  org: string;
  label: string;
}

export function createAsnRepository(db: Db) {
  return {
    info(numbers: readonly string[], w: Window) {
      return db.query<AsnInfoRow>(
        sql`SELECT toString(src_asn) AS key, any(src_asn_org) AS org, any(src_asn_label) AS label
            FROM ${db.table('http_logs')}
            WHERE src_asn IN ${sql.typed(numbers.map(Number), 'Array(UInt32)')} AND time >= ${w.since} AND time < ${w.until}
            GROUP BY src_asn`,
        { label: 'asn.info' },
      );
    },
  };
}
