import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';
import { hourlyAndDaily, keyCount } from '../../graph/layer.sql.js';
import type { Dim } from '../../graph/columns.sql.js';

export interface RangeRow {
  cidr: string;
  source: 'traffic' | 'detections';
  ips: number;
  hits: number;
  rows: number;
  first_seen: string;
  last_seen: string;
  critical: number;
  high: number;
  medium: number;
  low: number;
  known_bot: number;
  /** The busiest addresses inside, busiest first. */
  top: string[];
}

/**
 * The text every address of a CIDR's key starts with, so the layer's sort key bounds the read: the
 * whole octets of an IPv4 network (`10.20.0.0/16` → `10.20.`), the whole groups of an IPv6 one as
 * ClickHouse prints them (`2001:db8::/32` → `2001:db8:`; a zero group may be printed `::`, so the
 * groups stop before the first zero).
 */
export function keyPrefixOf(cidr: string): string {
  const [net = '', bits = '0'] = cidr.split('/');
  if (!net.includes(':'))
    return `${net
      .split('.')
      .slice(0, Math.floor(Number(bits) / 8))
      .join('.')}.`;
  const whole: string[] = [];
  for (const g of net
    .split('::')[0]!
    .split(':')
    .slice(0, Math.floor(Number(bits) / 16))) {
    if (!g || g === '0') break;
    whole.push(g);
  }
  return `${whole.join(':')}:`;
}

export interface KeyRow {
  source: 'traffic' | 'detections';
  kind: string;
  key: string;
  hits: number;
  first_seen: string;
  last_seen: string;
  unique_ips: number;
  critical: number;
  high: number;
  medium: number;
  low: number;
  known_bot: number;
}

export interface LinkedRow {
  from_kind: string;
  from_key: string;
  /** Distinct linked keys of this from_key in the window. */
  total: number;
  /** The busiest of them, busiest first. */
  top: string[];
}

const anyOf = (xs: ReturnType<typeof sql>[]) => sql`(${sql.join(xs, ' OR ')})`;

export function createHuntRepository(db: Db) {
  return {
    /**
     * Both sources' totals of every key of every kind over the window: one statement, whatever the
     * number of keys (the keys' rows of the layer, by its sort key). The distinct addresses of the
     * kinds in `countIps` are counted too (the others': 1 for an address, else 0).
     */
    keys(groups: { kind: Dim; keys: string[] }[], w: Window, countIps: readonly Dim[]) {
      // an address set is read only where it is counted: reading one deserialises it, and a busy AS's or JA4's is large
      const part = (gs: typeof groups, counted: boolean) => {
        const where = anyOf(gs.map((g) => sql`(kind = ${g.kind} AND key IN ${g.keys})`));
        const columns = sql`source, kind, key, hits, first_seen, last_seen, ${counted ? sql`ips, ` : sql``}critical, high, medium, low, known_bot`;
        const rows = hourlyAndDaily(
          'graph_nodes',
          db,
          columns,
          where,
          w,
          gs.map((g) => g.kind),
          { mergesSets: counted, keys: keyCount(gs) },
        );
        return sql`SELECT source, kind, key, sum(hits) AS hits, min(first_seen) AS first_seen, max(last_seen) AS last_seen,
                          ${counted ? sql`uniqExactMerge(ips)` : sql`toUInt64(kind = 'IP')`} AS unique_ips,
                          sum(critical) AS critical, sum(high) AS high, sum(medium) AS medium, sum(low) AS low, sum(known_bot) AS known_bot
                   FROM (${rows})
                   GROUP BY source, kind, key`;
      };
      const counted = groups.filter((g) => countIps.includes(g.kind));
      const rest = groups.filter((g) => !countIps.includes(g.kind));
      const parts = [...(counted.length ? [part(counted, true)] : []), ...(rest.length ? [part(rest, false)] : [])];
      return db.query<KeyRow>(sql.join(parts, ' UNION ALL '), { label: 'hunt.keys' });
    },

    /**
     * For each group's keys, the \`top\` busiest entities of its linked kind in the traffic, with how
     * many there are: one statement for every group.
     */
    linked(groups: { from: Dim; to: Dim; keys: string[] }[], w: Window, top: number) {
      const where = sql`source = 'traffic' AND ${anyOf(groups.map((g) => sql`(from_kind = ${g.from} AND to_kind = ${g.to} AND from_key IN ${g.keys})`))}`;
      return db.query<LinkedRow>(
        sql`SELECT from_kind, from_key, count() AS total,
                   arrayMap(x -> x.2, groupArraySorted(${top})((-hits, to_key))) AS top
            FROM (
              SELECT from_kind, from_key, to_key, sum(hits) AS hits
              FROM (${hourlyAndDaily(
                'graph_links',
                db,
                sql`from_kind, from_key, to_key, hits`,
                where,
                w,
                groups.map((g) => g.from),
                { keys: keyCount(groups) },
              )})
              GROUP BY from_kind, from_key, to_key
            )
            GROUP BY from_kind, from_key`,
        { label: 'hunt.linked' },
      );
    },

    /**
     * Per CIDR and source: the addresses inside it the layer saw in the window, their totals, and
     * the `top` busiest. One statement for every range; each range reads only the keys under its
     * prefix.
     */
    ranges(cidrs: string[], w: Window, top: number) {
      const prefixes = [...new Set(cidrs.map(keyPrefixOf))];
      const where = sql`kind = 'IP' AND (${sql.join(
        prefixes.map((p) => sql`startsWith(key, ${p})`),
        ' OR ',
      )})`;
      const columns = sql`source, key, hits, rows, first_seen, last_seen, critical, high, medium, low, known_bot`;
      return db.query<RangeRow>(
        sql`SELECT cidr, source, count() AS ips, sum(h) AS hits, sum(r) AS rows, min(f) AS first_seen, max(l) AS last_seen,
                   sum(c) AS critical, sum(hi) AS high, sum(m) AS medium, sum(lo) AS low, sum(k) AS known_bot,
                   arrayMap(x -> x.2, groupArraySorted(${top})((-h, key))) AS top
            FROM (
              SELECT source, key, sum(hits) AS h, sum(rows) AS r, min(first_seen) AS f, max(last_seen) AS l,
                     sum(critical) AS c, sum(high) AS hi, sum(medium) AS m, sum(low) AS lo, sum(known_bot) AS k
              FROM (${hourlyAndDaily('graph_nodes', db, columns, where, w, ['IP'])})
              GROUP BY source, key
            )
            ARRAY JOIN arrayFilter(c -> isIPAddressInRange(key, c), ${sql.typed(cidrs, 'Array(String)')}) AS cidr
            GROUP BY cidr, source`,
        { label: 'hunt.ranges' },
      );
    },
  };
}
