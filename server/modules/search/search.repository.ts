import type { Db } from '../../db/client.js';
import { sql, type Sql } from '../../db/sql.js';
import { wholeHours, type Window } from '../../db/window.js';
import { sourceFor } from '../../graph/columns.sql.js';
import { coveringDays, hourlyAndDaily } from '../../graph/layer.sql.js';
import type { SearchStep } from './search.plan.js';

export interface SearchRow {
  step: number;
  key: string;
  label: string;
  hits: number;
}

const SOURCE = { logs: 'traffic', ml: 'detections' } as const;

function condition(step: SearchStep): Sql {
  // a key of another kind may reach the test before the kind filter: only addresses are tested
  if (step.on === 'cidr') return sql`isIPAddressInRange(if(isIPv4String(key) OR isIPv6String(key), key, '::'), ${step.text})`;
  if (step.mode === 'EXACT' || step.on === 'named') return sql`key = ${step.text}`;
  if (step.mode === 'PREFIX') return sql`startsWith(key, ${step.text})`;
  return sql`positionCaseInsensitive(key, ${step.text}) > 0`;
}

/** A key prefix the sort key can use: the whole octets of an IPv4 CIDR (`10.1.0.0/16` → `10.1.`). */
function keyPrefix(step: SearchStep): Sql {
  if (step.on !== 'cidr') return sql`1`;
  const [net = '', bits = '0'] = step.text.split('/');
  const octets = Math.floor(Number(bits) / 8);
  if (net.includes(':') || octets === 0) return sql`1`;
  return sql`startsWith(key, ${`${net.split('.').slice(0, octets).join('.')}.`})`;
}

export function createSearchRepository(db: Db) {
  const keys = db.table('graph_keys_1d');
  const nodes = db.table('graph_nodes_1h');
  const names = db.table('graph_asn_names');

  return {
    /**
     * Every step's matches, `limit` each, busiest first, in one round trip. Candidates are found
     * among the day's keys of one kind (graph_keys_1d), their hits then counted over the window's
     * whole hours (graph_nodes_1h), so a broad query reads at most `limit` keys' hours.
     */
    search(steps: SearchStep[], window: Window, limit: number) {
      const w = wholeHours(window);
      const { days, hours } = coveringDays(db, w);
      // the layer holds nothing in the window yet
      if (!days && !hours) return Promise.resolve([]);
      // the day's keys where the day is rolled up, the hours' nodes where it is not (today's)
      const where = (source: string, kind: SearchStep['kind'], match: Sql) =>
        [...(days ? [{ table: keys, range: days }] : []), ...(hours ? [{ table: nodes, range: hours }] : [])].map((b) => ({
          table: b.table,
          cond: sql`source = ${source} AND kind = ${kind} AND ${b.range} AND ${match}`,
        }));
      const candidates = (source: string, kind: SearchStep['kind'], match: Sql) => {
        const from = where(source, kind, match);
        const rows =
          from.length === 1
            ? sql`${from[0]!.table} WHERE ${from[0]!.cond}`
            : sql`(${sql.join(
                from.map((b) => sql`SELECT key, hits FROM ${b.table} WHERE ${b.cond}`),
                ' UNION ALL ',
              )})`;
        return sql`SELECT key FROM ${rows} GROUP BY key ORDER BY sum(hits) DESC, key LIMIT ${limit}`;
      };
      const parts = steps.map((step, i) => {
        const source = SOURCE[sourceFor(step.kind)];
        const named = sql`SELECT toString(asn) AS key, argMaxMerge(org) AS label FROM ${names} GROUP BY asn HAVING positionCaseInsensitive(label, ${step.text}) > 0`;
        const match = step.on === 'asn_org' ? sql`key IN (SELECT key FROM (${named}))` : sql`${keyPrefix(step)} AND ${condition(step)}`;
        const found = sql`key IN (${candidates(source, step.kind, match)})`;
        const hits = sql`SELECT key, sum(hits) AS hits
                         FROM (${hourlyAndDaily('graph_nodes', db, sql`key, hits`, sql`source = ${source} AND kind = ${step.kind} AND ${found}`, w, [step.kind])})
                         GROUP BY key`;
        return step.on === 'asn_org'
          ? sql`SELECT ${i} AS step, h.key AS key, n.label AS label, h.hits AS hits FROM (${hits}) AS h INNER JOIN (${named}) AS n ON n.key = h.key`
          : sql`SELECT ${i} AS step, key, '' AS label, hits FROM (${hits})`;
      });
      return db.query<SearchRow>(sql.join(parts, ' UNION ALL '), { label: 'search' });
    },
  };
}
