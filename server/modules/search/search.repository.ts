import type { Db } from '../../db/client.js';
import { sql, type Sql } from '../../db/sql.js';
import type { Window } from '../../schema/window.js';
import { keyOut, present, sourceFor, sourceTable } from '../entity/entity.columns.js';
import type { SearchStep } from './search.plan.js';

export interface SearchRow {
  step: number;
  key: string;
  label: string;
  hits: number;
}

function condition(step: SearchStep, key: Sql): Sql {
  const text = step.on === 'asn_org' ? sql`toString(src_asn_org)` : key;
  if (step.on === 'cidr') return sql`isIPAddressInRange(${key}, ${step.text})`;
  if (step.mode === 'EXACT') return sql`${text} = ${step.text}`;
  if (step.mode === 'PREFIX') return sql`startsWith(${text}, ${step.text})`;
  return sql`positionCaseInsensitive(${text}, ${step.text}) > 0`;
}

export function createSearchRepository(db: Db) {
  return {
    /** Every step's matches, `limit` each, busiest first, in one round trip. */
    search(steps: SearchStep[], w: Window, limit: number) {
      const parts = steps.map((step, i) => {
        const source = sourceFor(step.kind);
        const s = sourceTable(db, source);
        const key = keyOut(step.kind, source);
        const label = step.on === 'asn_org' ? sql`any(toString(src_asn_org))` : sql`''`;
        return sql`SELECT * FROM (SELECT ${i} AS step, ${key} AS key, ${label} AS label, ${s.hits} AS hits FROM ${s.table}
                   WHERE ${s.time} >= ${w.since} AND ${s.time} < ${w.until} AND ${present(step.kind, source)} AND ${condition(step, key)}
                   GROUP BY key ORDER BY hits DESC, key LIMIT ${limit})`;
      });
      return db.query<SearchRow>(sql.join(parts, ' UNION ALL '), { label: 'search' });
    },
  };
}
