import type { Db } from '../db/client.js';
import { sql, type Sql } from '../db/sql.js';
import type { Window } from '../db/window.js';
import { LAYER_KINDS, LAYER_PAIRS_OF, type Dim, type Source } from './columns.sql.js';
import { hourlyAndDaily, keyCount, SOURCE_NAME, splitWindowForDegrees } from './layer.sql.js';

/**
 * Reads of the graph storage layer (migration 007): hourly node, link and degree rollups keyed by
 * (source, kind, key), so a read touches only the rows of the keys asked for. Windows are answered
 * on the whole hours that cover them. Each read takes every key group of a request's tick at once
 * (one query for all the nodes, one for all the links, one for all the degrees): in the embedded
 * engine a query costs a few milliseconds whatever it reads, so round trips are what to save.
 */

const linked = (source: Source, a: Dim, b: Dim) => a === b || LAYER_PAIRS_OF[source].some(([x, y]) => (x === a && y === b) || (x === b && y === a));

/** Whether the layer holds these kinds (and, for a pair, links them) for a source. */
export const inLayer = (source: Source, ...kinds: Dim[]) =>
  kinds.every((k) => (LAYER_KINDS[source] as readonly Dim[]).includes(k)) && (kinds.length < 2 || linked(source, kinds[0]!, kinds[1]!));

const SOURCE_OF: Record<string, Source> = { traffic: 'logs', detections: 'ml' };
export const sourceOf = (name: string): Source => SOURCE_OF[name]!;

const LINK_COLUMNS = sql`source, from_kind, from_key, to_kind, to_key, hits, rows, first_seen, last_seen, ips, to_name, to_label`;
const NODE_COLUMNS = sql`source, kind, key, hits, rows, first_seen, last_seen, ips, critical, high, medium, low, known_bot`;

export const THREAT_COLUMNS = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low', KNOWN_BOT: 'known_bot' } as const;

/** An IP key's network as the layer keys SUBNET nodes (the request tuples' own expression, migration 012). */
const SUBNET_OF_IP_KEY = sql`if(startsWith(toString(toIPv6(ip)), '::ffff:'),
    concat(replaceRegexpOne(toString(IPv6CIDRToRange(toIPv6(ip), 120).1), '^::ffff:', ''), '/24'),
    concat(toString(IPv6CIDRToRange(toIPv6(ip), 64).1), '/64'))`;
const anyOf = (conditions: Sql[]) => sql`(${sql.join(conditions, ' OR ')})`;

export interface NodeRow {
  source: string;
  kind: string;
  key: string;
  /** null on the window's totals; the bucket's start on timeline rows. */
  bucket: string | null;
  hits: number;
  rows: number;
  first_seen: string;
  last_seen: string;
  unique_ips: number;
  critical: number;
  high: number;
  medium: number;
  low: number;
  known_bot: number;
}

export interface LayerLinkRow {
  source: string;
  from_kind: string;
  from_key: string;
  to_kind: string;
  to_key: string;
  hits: number;
  unique_ips: number;
  rows: number;
  first_seen: string;
  last_seen: string;
  to_name: string;
  to_label: string;
  /** Distinct `to` entities of this from_key (the connection's totalCount). */
  total: number;
  /** 1 for a listed entity's attribute read with the list (see `links`). */
  attribute?: number;
}

/** Link rows (one per source, from, to kind and key), heaviest first, at most `limit` per key and kind, with each key's count of linked entities. */
function ranked(links: Sql, limit: number): Sql {
  return sql`SELECT *, count() OVER (PARTITION BY source, from_kind, from_key, to_kind) AS total
             FROM (${links})
             ORDER BY source, from_kind, from_key, to_kind, if(source = 'detections', rows, 0) DESC, hits DESC, to_key
             LIMIT ${limit} BY source, from_kind, from_key, to_kind`;
}

/** The layer's links matching `where` over the window, summed per link. */
function linkTotals(db: Db, where: Sql, w: Window, fromKinds: Dim[], keys?: number): Sql {
  return sql`SELECT source, from_kind, from_key, to_kind, to_key, sum(hits) AS hits,
                    if(from_kind = 'IP' OR to_kind = 'IP', toUInt64(1), uniqExactMerge(ips)) AS unique_ips, sum(rows) AS rows,
                    min(first_seen) AS first_seen, max(last_seen) AS last_seen, anyLast(to_name) AS to_name, anyLast(to_label) AS to_label
             FROM (${hourlyAndDaily('graph_links', db, LINK_COLUMNS, where, w, fromKinds, { keys })})
             GROUP BY source, from_kind, from_key, to_kind, to_key`;
}

export function createGraphLayerRepository(db: Db) {
  return {
    /**
     * Both sources' activity and the threat levels of every key in `groups` over the window, and,
     * with `bucketS`, the same per bucket of the keys in `timeline` (a second grouping set of the
     * same pass). Distinct IPs are exact: per-hour sets merged, never sums.
     */
    nodes(groups: { kind: Dim; keys: string[] }[], w: Window, timeline?: { bucketS: number; kinds: Dim[] }) {
      const where = anyOf(groups.map((g) => sql`(kind = ${g.kind} AND key IN ${g.keys})`));
      const measures = sql`sum(hits) AS hits, sum(rows) AS rows, min(first_seen) AS first_seen, max(last_seen) AS last_seen,
                           if(kind = 'IP', toUInt64(1), uniqExactMerge(ips)) AS unique_ips,
                           sum(critical) AS critical, sum(high) AS high, sum(medium) AS medium, sum(low) AS low, sum(known_bot) AS known_bot`;
      // buckets shorter than a day need the hours; daily ones (windows past 36 days) take whole days from the daily table
      const rows = hourlyAndDaily(
        'graph_nodes',
        db,
        NODE_COLUMNS,
        where,
        w,
        groups.map((g) => g.kind),
        {
          time: true,
          hoursOnly: timeline !== undefined && timeline.bucketS < 86_400,
          keys: keyCount(groups),
        },
      );
      return db.query<NodeRow>(
        timeline
          ? sql`SELECT source, kind, key, if(grouping(b) = 1, NULL, b) AS bucket, ${measures}
                FROM (SELECT *, toStartOfInterval(t, toIntervalSecond(${timeline.bucketS})) AS b FROM (${rows}))
                GROUP BY GROUPING SETS ((source, kind, key), (source, kind, key, b))
                HAVING bucket IS NULL OR kind IN ${timeline.kinds}`
          : sql`SELECT source, kind, key, NULL AS bucket, ${measures} FROM (${rows}) GROUP BY source, kind, key`,
        { label: 'layer.nodes', settings: { max_threads: 1 } },
      );
    },

    /**
     * For each group, the `to` entities linked to each key, heaviest first, at most `limit` per key
     * and kind, with each key's number of distinct linked entities. A group's `attributes` (kinds
     * each listed entity has one of, an IP's AS and country) come in the same statement: the
     * heaviest link of each listed entity to each of those kinds, as that entity's own one-link
     * read would rank it (`attribute` = 1).
     */
    links(groups: { source: Source; from: Dim; to: Dim; keys: string[]; attributes?: { kind: Dim; source: Source }[] }[], w: Window, limit: number) {
      // groups asking the same keys for several kinds read one key range: `to_kind IN (…)`
      const merged = new Map<string, { source: Source; from: Dim; keys: string[]; to: Dim[] }>();
      for (const g of groups) {
        const id = JSON.stringify([g.source, g.from, [...g.keys].sort()]);
        const m = merged.get(id) ?? { source: g.source, from: g.from, keys: g.keys, to: [] };
        m.to.push(g.to);
        merged.set(id, m);
      }
      const where = anyOf(
        [...merged.values()].map((g) => sql`(source = ${SOURCE_NAME[g.source]} AND from_kind = ${g.from} AND from_key IN ${g.keys} AND to_kind IN ${g.to})`),
      );
      const list = ranked(
        linkTotals(
          db,
          where,
          w,
          groups.map((g) => g.from),
          keyCount([...merged.values()]),
        ),
        limit,
      );
      const withAttributes = groups.filter((g) => g.attributes?.length);
      if (!withAttributes.length) return db.query<LayerLinkRow>(list, { label: 'layer.links', settings: { max_threads: 1 } });
      const attributeWhere = anyOf(
        withAttributes.flatMap((g) =>
          g.attributes!.map(
            (a) =>
              sql`(source = ${SOURCE_NAME[a.source]} AND from_kind = ${g.to} AND to_kind = ${a.kind}
                   AND from_key IN (SELECT to_key FROM list WHERE source = ${SOURCE_NAME[g.source]} AND from_kind = ${g.from} AND to_kind = ${g.to}))`,
          ),
        ),
      );
      // the list once (materialized), and its entities' attributes keyed by it
      return db.query<LayerLinkRow>(
        sql`WITH list AS MATERIALIZED (${list})
            SELECT *, 0 AS attribute FROM list
            UNION ALL
            SELECT *, 1 AS attribute FROM (${ranked(
              linkTotals(
                db,
                attributeWhere,
                w,
                withAttributes.map((g) => g.to),
              ),
              1,
            )})`,
        { label: 'layer.links', settings: { max_threads: 1 } },
      );
    },

    /**
     * The networks each key's IPs belong to, as links (`to_kind` SUBNET), from the key's links to
     * IPs: a request has one IP and one network, so a network's link is the sum of its IPs' links,
     * exactly (for the kinds the layer does not pair with SUBNET itself). Heaviest first, at most
     * `limit` per key, with each key's number of networks.
     */
    subnetLinks(groups: { source: Source; from: Dim; keys: string[] }[], w: Window, limit: number) {
      const where = anyOf(groups.map((g) => sql`(source = ${SOURCE_NAME[g.source]} AND from_kind = ${g.from} AND from_key IN ${g.keys} AND to_kind = 'IP')`));
      const rows = hourlyAndDaily(
        'graph_links',
        db,
        LINK_COLUMNS,
        where,
        w,
        groups.map((g) => g.from),
        { keys: keyCount(groups) },
      );
      return db.query<LayerLinkRow>(
        ranked(
          sql`SELECT source, from_kind, from_key, 'SUBNET' AS to_kind, subnet AS to_key, sum(hits) AS hits, uniqExact(ip) AS unique_ips,
                     sum(rows) AS rows, min(first_seen) AS first_seen, max(last_seen) AS last_seen, '' AS to_name, '' AS to_label
              FROM (SELECT source, from_kind, from_key, to_key AS ip, ${SUBNET_OF_IP_KEY} AS subnet, hits, rows, first_seen, last_seen FROM (${rows}))
              GROUP BY source, from_kind, from_key, subnet`,
          limit,
        ),
        { label: 'layer.subnetLinks', settings: { max_threads: 1 } },
      );
    },

    /**
     * Requests per time bucket of each link between a `from` key and a `to` key of the groups (the
     * pairs asked and, where the key sets cross, a few more: the caller keeps the ones it asked).
     */
    linkTimeline(groups: { source: Source; from: Dim; to: Dim; fromKeys: string[]; toKeys: string[] }[], w: Window, bucketS: number) {
      const where = anyOf(
        groups.map(
          (g) =>
            sql`(source = ${SOURCE_NAME[g.source]} AND from_kind = ${g.from} AND from_key IN ${g.fromKeys} AND to_kind = ${g.to} AND to_key IN ${g.toKeys})`,
        ),
      );
      return db.query<{ from_kind: string; from_key: string; to_kind: string; to_key: string; bucket: string; hits: number }>(
        sql`SELECT from_kind, from_key, to_kind, to_key, toStartOfInterval(t, toIntervalSecond(${bucketS})) AS bucket, sum(hits) AS hits
            FROM (${hourlyAndDaily(
              'graph_links',
              db,
              sql`from_kind, from_key, to_kind, to_key, hits`,
              where,
              w,
              groups.map((g) => g.from),
              {
                time: true,
                hoursOnly: bucketS < 86_400,
              },
            )})
            GROUP BY from_kind, from_key, to_kind, to_key, bucket`,
        { label: 'layer.linkTimeline', settings: { max_threads: 1 } },
      );
    },

    /** Every link between a `from` key and a `to` key of each group over the window, with its weight (the links among a set of entities). */
    linksAmong(groups: { source: Source; from: Dim; to: Dim; fromKeys: string[]; toKeys: string[] }[], w: Window) {
      const where = anyOf(
        groups.map(
          (g) =>
            sql`(source = ${SOURCE_NAME[g.source]} AND from_kind = ${g.from} AND from_key IN ${g.fromKeys} AND to_kind = ${g.to} AND to_key IN ${g.toKeys})`,
        ),
      );
      return db.query<Omit<LayerLinkRow, 'total' | 'to_name' | 'to_label'>>(
        sql`SELECT source, from_kind, from_key, to_kind, to_key, sum(hits) AS hits, sum(rows) AS rows,
                   if(from_kind = 'IP' OR to_kind = 'IP', toUInt64(1), uniqExactMerge(ips)) AS unique_ips,
                   min(first_seen) AS first_seen, max(last_seen) AS last_seen
            FROM (${hourlyAndDaily(
              'graph_links',
              db,
              LINK_COLUMNS,
              where,
              w,
              groups.map((g) => g.from),
            )})
            GROUP BY source, from_kind, from_key, to_kind, to_key`,
        { label: 'layer.linksAmong', settings: { max_threads: 1 } },
      );
    },

    /**
     * Distinct neighbours of each key, per kind of neighbour (each counted in its own source), in one
     * statement: addresses from the key's nodes (their IP sets), an address's neighbours from its own
     * links, any other pair from the degrees rolled up by day, and by hour for the closed hours of the
     * day not rolled yet, and from the links of the hours since (see compact.ts).
     */
    degrees(groups: { kind: Dim; keys: string[]; others: { kind: Dim; source: Source }[] }[], w: Window) {
      const wanted = groups.flatMap((g) =>
        (['logs', 'ml'] as const)
          .map((s) => ({ kind: g.kind, keys: g.keys, source: SOURCE_NAME[s], to: g.others.filter((o) => o.source === s).map((o) => o.kind) }))
          .filter((x) => x.to.length > 0),
      );
      const addresses = wanted.filter((x) => x.to.includes('IP'));
      const ofAddress = wanted.filter((x) => x.kind === 'IP');
      const others = wanted
        .filter((x) => x.kind !== 'IP')
        .map((x) => ({ ...x, to: x.to.filter((k) => k !== 'IP') }))
        .filter((x) => x.to.length > 0);
      const parts: Sql[] = [];
      if (addresses.length) {
        const where = sql.rowsIn(
          ['source', 'kind', 'key'],
          addresses.flatMap((x) => x.keys.map((k) => [x.source, x.kind, k])),
        );
        parts.push(
          sql`SELECT source, kind, key, 'IP' AS to_kind, uniqExactMerge(ips) AS degree
              FROM (${hourlyAndDaily(
                'graph_nodes',
                db,
                sql`source, kind, key, ips`,
                where,
                w,
                addresses.map((x) => x.kind),
                { mergesSets: true },
              )})
              GROUP BY source, kind, key`,
        );
      }
      if (ofAddress.length) {
        const where = sql`from_kind = 'IP' AND ${sql.rowsIn(
          ['source', 'to_kind', 'from_key'],
          ofAddress.flatMap((x) => x.to.flatMap((to) => x.keys.map((k) => [x.source, to, k]))),
        )}`;
        parts.push(
          sql`SELECT source, from_kind AS kind, from_key AS key, to_kind, uniqExact(to_key) AS degree
              FROM (${hourlyAndDaily('graph_links', db, sql`source, from_kind, from_key, to_kind, to_key`, where, w, ['IP'], { keys: keyCount(ofAddress) })})
              GROUP BY source, kind, key, to_kind`,
        );
      }
      if (others.length) {
        const { days, rolledHours, hours } = splitWindowForDegrees(db, w);
        const sets: Sql[] = [];
        const pairs = others.flatMap((x) => x.to.flatMap((to) => x.keys.map((k) => [x.source, x.kind, to, k])));
        const rolledWhere = sql.rowsIn(['source', 'kind', 'to_kind', 'key'], pairs);
        const rolled = (period: Sql, table: 'graph_degrees_1d' | 'graph_degrees_1h') =>
          sets.push(sql`SELECT source, kind, key, to_kind, neighbours FROM ${db.table(table)} WHERE ${rolledWhere} AND ${period}`);
        if (days) rolled(days, 'graph_degrees_1d');
        if (rolledHours) rolled(rolledHours, 'graph_degrees_1h');
        if (hours) {
          const where = sql.rowsIn(['source', 'from_kind', 'to_kind', 'from_key'], pairs);
          sets.push(
            sql`SELECT source, from_kind AS kind, from_key AS key, to_kind, uniqExactState(to_key) AS neighbours
                FROM ${db.table('graph_links_1h')} WHERE ${where} AND ${hours} GROUP BY source, kind, key, to_kind`,
          );
        }
        if (sets.length)
          parts.push(
            sql`SELECT source, kind, key, to_kind, uniqExactMerge(neighbours) AS degree FROM (${sql.join(sets, ' UNION ALL ')}) GROUP BY source, kind, key, to_kind`,
          );
      }
      if (parts.length === 0) return Promise.resolve([]);
      return db.query<{ source: string; kind: string; key: string; to_kind: string; degree: number }>(sql.join(parts, ' UNION ALL '), {
        label: 'layer.degrees',
      });
    },

    /** The busiest keys of a kind in the window, with how many distinct keys there are. */
    topValues(kind: Dim, w: Window, limit: number, src: Source) {
      return db.query<{ value: string; hits: number; unique_ips: number; rows: number; total: number }>(
        sql`SELECT key AS value, sum(hits) AS hits, ${kind === 'IP' ? sql`toUInt64(1)` : sql`uniqExactMerge(ips)`} AS unique_ips,
                   sum(rows) AS rows, count() OVER () AS total
            FROM (${hourlyAndDaily('graph_nodes', db, sql`key, hits, rows, ips`, sql`source = ${SOURCE_NAME[src]} AND kind = ${kind}`, w, [kind])})
            GROUP BY key ORDER BY hits DESC, key LIMIT ${limit}`,
        { label: `layer.top.${kind}` },
      );
    },

    /** The keys among `keys` the layer has ever seen (any time, either source): a decision needs an entity that exists. */
    seen(kind: Dim, keys: readonly string[]) {
      return db.query<{ key: string }>(
        sql`SELECT DISTINCT key FROM ${db.table('graph_nodes_1h')} WHERE source IN ('traffic', 'detections') AND kind = ${kind} AND key IN ${[...keys]}`,
        { label: 'layer.seen' },
      );
    },

    /** Organisation and label of each AS number. */
    asnNames(numbers: readonly string[]) {
      return db.query<{ key: string; org: string; label: string }>(
        sql`SELECT toString(asn) AS key, argMaxMerge(org) AS org, argMaxMerge(label) AS label
            FROM ${db.table('graph_asn_names')} WHERE asn IN ${sql.typed(numbers.map(Number), 'Array(UInt32)')}
            GROUP BY asn`,
        { label: 'layer.asnNames' },
      );
    },
  };
}
