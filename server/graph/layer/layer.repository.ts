import type { ClickHouseSettings } from '@clickhouse/client';
import type { Db } from '../../db/client.js';
import { renderBackfills, type LiveBackfill } from '../../db/ddl.js';
import { listMigrations, viewsCutoff } from '../../db/migrate.js';
import { sql } from '../../db/sql.js';
import type { TableName } from '../../db/tables.js';
import { DEGREES_KEPT } from '../degrees.sql.js';

/**
 * The graph layer's own upkeep: its install's progress, the chunk backfills of the history before
 * the live views' cutoff, the checks of the layer against the raw rows, and the daily roll-ups.
 */

export type LayerSource = 'traffic' | 'detections';
export const LAYER_SOURCES: readonly LayerSource[] = ['traffic', 'detections'];

const RAW: Record<LayerSource, { table: TableName; time: string }> = {
  traffic: { table: 'http_logs', time: 'time' },
  detections: { table: 'ml_detected_anomalies', time: 'detected_at' },
};

// graph_degrees_1h is no longer written (migration 019): a day's degrees are rolled up from its links
const HOURLY: TableName[] = ['graph_links_1h', 'graph_nodes_1h'];
const DAILY: TableName[] = ['graph_links_1d', 'graph_degrees_1d', 'graph_keys_1d', 'graph_nodes_1d'];

export interface ProgressRow {
  shard: string;
  source: string;
  day: string;
  state: string;
  cutoff: string;
  raw_rows: number;
  layer_rows: number;
  owner: string;
  message: string;
  seconds: number;
  peak_bytes: number;
  updated_at: string;
}

/** A time as ClickHouse prints it (`2026-12-03 21:52:34.065`, or ISO with its zone) in epoch ms; times are UTC. */
export const timeMs = (text: string | null | undefined): number =>
  text ? Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`) : NaN;

/** The monthly partition (toYYYYMM) holding a day: a chunk never spans two. */
const monthOf = (d: Date) => {
  const id = d.toISOString().slice(0, 7).replace('-', '');
  if (!/^\d{6}$/.test(id)) throw new Error(`bad month ${id}`);
  return sql.trustedText(id);
};

/** A time as a DateTime64(3) parameter or column value (UTC, no zone suffix). */
export const chTime = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

/** The day of the progress rows that belong to no day (the lock, the install). */
export const NO_DAY = '1970-01-01';

let lastVersion = 0;
/** Versions of the progress rows: later writes of this process always replace earlier ones. */
function nextVersion(): number {
  lastVersion = Math.max(lastVersion + 1, Date.now() * 1000 + Math.floor(Math.random() * 1000));
  return lastVersion;
}

const timeOf = (src: LayerSource) => sql.identifier(RAW[src].time);

const HOURLY_TABLES = ['graph_links_1h', 'graph_nodes_1h'] as const;
type HourlyTable = (typeof HOURLY_TABLES)[number];
/** A partition id as system.parts gives it: the only text spliced into a statement here. */
const PARTITION_ID = /^[A-Za-z0-9_-]+$/;

export function createLayerRepository(db: Db) {
  let backfills: Map<string, LiveBackfill> | undefined;
  const backfillOf = (src: LayerSource) => {
    backfills ??= new Map(
      listMigrations()
        .flatMap((m) => renderBackfills(m.template, { database: db.database, logsDatabase: db.logsDatabase, cluster: db.cluster }))
        .map((b) => [b.view, b]),
    );
    return backfills.get(`mv_graph_tuples_${src}`)!;
  };

  return {
    /** Where the live views start counting, read from the views themselves (the one place it is written). */
    cutoff: () => viewsCutoff(db),

    progress(shard: string) {
      return db.query<ProgressRow>(
        sql`SELECT shard, source, toString(day) AS day, state, cutoff, raw_rows, layer_rows, owner, message, seconds, peak_bytes, updated_at
            FROM ${db.table('graph_layer_progress')} FINAL WHERE shard = ${shard} ORDER BY source, day`,
        { label: 'layer.progress' },
      );
    },

    async mark(row: Partial<ProgressRow> & { shard: string; source: string; day: string; state: string }) {
      await db.insert(
        'graph_layer_progress',
        [
          {
            cutoff: '1970-01-01 00:00:00.000',
            raw_rows: 0,
            layer_rows: 0,
            owner: '',
            message: '',
            seconds: 0,
            peak_bytes: 0,
            ...row,
            updated_at: chTime(new Date()),
            version: nextVersion(),
          },
        ],
        // a progress row is small and must land exactly as written, even when repeated
        { settings: { insert_deduplicate: 0, async_insert: 0 } },
      );
    },

    /** Rows stored per UTC day before `until` (a scan of the time column: both raw tables are partitioned by day). */
    rawDays(src: LayerSource, until: Date) {
      return db.query<{ day: string; rows: number }>(
        sql`SELECT toString(toDate(${timeOf(src)})) AS day, count() AS rows FROM ${db.table(RAW[src].table)}
            WHERE ${timeOf(src)} < ${until} GROUP BY day ORDER BY day`,
        { label: 'layer.rawDays', timeoutS: 3600 },
      );
    },

    async rawRows(src: LayerSource, since: Date, until: Date): Promise<number> {
      const [r] = await db.query<{ n: number }>(
        sql`SELECT count() AS n FROM ${db.table(RAW[src].table)} WHERE ${timeOf(src)} >= ${since} AND ${timeOf(src)} < ${until}`,
        { label: 'layer.rawRows', timeoutS: 3600 },
      );
      return Number(r?.n ?? 0);
    },

    /** The rows the layer counted, from its ALL node: what a chunk, a day or an hour is checked against. */
    async layerRows(src: LayerSource, since: Date, until: Date): Promise<number> {
      const [r] = await db.query<{ n: number }>(
        sql`SELECT sum(rows) AS n FROM ${db.table('graph_nodes_1h')}
            WHERE source = ${src} AND kind = 'ALL' AND key = '*' AND hour >= ${since} AND hour < ${until}`,
        { label: 'layer.layerRows' },
      );
      return Number(r?.n ?? 0);
    },

    /** Raw and layer rows per hour of a range, both sides: where they differ, the layer is wrong. */
    hourly(src: LayerSource, since: Date, until: Date) {
      return db.query<{ hour: string; raw: number; layer: number }>(
        sql`SELECT hour, sumIf(n, side = 'raw') AS raw, sumIf(n, side = 'layer') AS layer FROM (
              SELECT 'raw' AS side, toStartOfHour(${timeOf(src)}) AS hour, count() AS n FROM ${db.table(RAW[src].table)}
              WHERE ${timeOf(src)} >= ${since} AND ${timeOf(src)} < ${until} GROUP BY hour
              UNION ALL
              SELECT 'layer' AS side, hour, sum(rows) AS n FROM ${db.table('graph_nodes_1h')}
              WHERE source = ${src} AND kind = 'ALL' AND key = '*' AND hour >= ${since} AND hour < ${until} GROUP BY hour)
            GROUP BY hour ORDER BY hour`,
        { label: 'layer.hourly', timeoutS: 3600 },
      );
    },

    /** Counts one chunk of history into the layer: the live view's own SELECT, bounded to the chunk. */
    async backfill(src: LayerSource, since: Date, until: Date, settings: ClickHouseSettings, label = 'layer.backfill') {
      await db.command(sql.trustedText(backfillOf(src).insert, { since: chTime(since), until: chTime(until) }), { label, settings, timeoutS: 6 * 3600 });
    },

    /** Removes what a chunk may have half-written (views never write an hour before the cutoff). */
    async clearHours(src: LayerSource, since: Date, until: Date) {
      for (const t of HOURLY)
        await db.command(sql`DELETE FROM ${db.table(t)} IN PARTITION ${monthOf(since)} WHERE source = ${src} AND hour >= ${since} AND hour < ${until}`, {
          label: 'layer.clear',
          settings: { lightweight_deletes_sync: '2' },
          timeoutS: 6 * 3600,
        });
    },

    async clearDay(day: Date) {
      for (const t of DAILY)
        await db.command(sql`DELETE FROM ${db.table(t)} IN PARTITION ${monthOf(day)} WHERE day = toDate(${day})`, {
          label: 'layer.clearDay',
          settings: { lightweight_deletes_sync: '2' },
          timeoutS: 6 * 3600,
        });
      await this.clearDegreeHours(day);
    },

    /** Rolls one UTC day of the hourly tables up into the daily ones, and its hours' degrees into the hourly degrees. */
    async compactDay(day: Date, settings: ClickHouseSettings) {
      const next = new Date(day.getTime() + 86_400_000);
      const inDay = sql`hour >= ${day} AND hour < ${next}`;
      const opts = { label: 'layer.compact', settings, timeoutS: 6 * 3600 };
      await db.command(
        sql`INSERT INTO ${db.table('graph_links_1d')}
            SELECT source, from_kind, from_key, to_kind, toDate(hour) AS day, to_key,
                   sum(hits), sum(rows), min(first_seen), max(last_seen), uniqExactMergeState(ips),
                   sum(critical), sum(high), sum(medium), sum(low), sum(known_bot), anyLast(to_name), anyLast(to_label)
            FROM ${db.table('graph_links_1h')} WHERE ${inDay}
            GROUP BY source, from_kind, from_key, to_kind, day, to_key`,
        opts,
      );
      // the pairs whose degrees are read from the daily degrees (graph-layer.repository's `degrees`)
      await db.command(
        sql`INSERT INTO ${db.table('graph_degrees_1d')}
            SELECT source, from_kind AS kind, from_key AS key, to_kind, toDate(hour) AS day, uniqExactState(to_key)
            FROM ${db.table('graph_links_1h')} WHERE ${inDay} AND ${DEGREES_KEPT}
            GROUP BY source, kind, key, to_kind, day`,
        opts,
      );
      await db.command(
        sql`INSERT INTO ${db.table('graph_nodes_1d')}
            SELECT source, kind, key, toDate(hour) AS day, sum(hits), sum(rows), min(first_seen), max(last_seen), uniqExactMergeState(ips),
                   sum(critical), sum(high), sum(medium), sum(low), sum(known_bot)
            FROM ${db.table('graph_nodes_1h')} WHERE ${inDay}
            GROUP BY source, kind, key, day`,
        opts,
      );
      await db.command(
        sql`INSERT INTO ${db.table('graph_keys_1d')}
            SELECT source, kind, toDate(hour) AS day, key, sum(hits)
            FROM ${db.table('graph_nodes_1h')} WHERE ${inDay} AND kind != 'ALL'
            GROUP BY source, kind, day, key`,
        opts,
      );
      await this.compactDegreeHours(day, next, settings);
    },

    /** Rolls the degrees of the hours [since, until) of a day not rolled up yet into the hourly degrees (one row per key, kind and hour). */
    async compactDegreeHours(since: Date, until: Date, settings: ClickHouseSettings) {
      await db.command(
        sql`INSERT INTO ${db.table('graph_degrees_1h')}
            SELECT source, from_kind AS kind, from_key AS key, to_kind, hour, uniqExactState(to_key)
            FROM ${db.table('graph_links_1h')} WHERE hour >= ${since} AND hour < ${until} AND ${DEGREES_KEPT}
            GROUP BY source, kind, key, to_kind, hour`,
        { label: 'layer.compactHours', settings, timeoutS: 3600 },
      );
    },

    async clearDegreeHours(day: Date) {
      await db.command(
        sql`DELETE FROM ${db.table('graph_degrees_1h')} IN PARTITION ${monthOf(day)}
            WHERE hour >= ${day} AND hour < ${new Date(day.getTime() + 86_400_000)}`,
        { label: 'layer.clearHours', settings: { lightweight_deletes_sync: '2' }, timeoutS: 3600 },
      );
    },

    /** Both sources' rows per hour in [since, until), per the ALL node. */
    hoursHeld(since: Date, until: Date) {
      return db.query<{ hour: string; rows: number }>(
        sql`SELECT hour, sum(rows) AS rows FROM ${db.table('graph_nodes_1h')}
            WHERE source IN ('traffic', 'detections') AND kind = 'ALL' AND key = '*' AND hour >= ${since} AND hour < ${until}
            GROUP BY hour ORDER BY hour`,
        { label: 'layer.closedHours' },
      );
    },

    /** Both sources' rows per UTC day in [since, until), per the ALL node: the days there are to roll up. */
    daysHeld(since: Date, until: Date) {
      return db.query<{ day: string; rows: number }>(
        sql`SELECT toString(toDate(hour)) AS day, sum(rows) AS rows FROM ${db.table('graph_nodes_1h')}
            WHERE source IN ('traffic', 'detections') AND kind = 'ALL' AND key = '*' AND hour >= ${since} AND hour < ${until}
            GROUP BY day ORDER BY day`,
        { label: 'layer.closedDays' },
      );
    },

    /** The hourly tables' partitions held in more than one part, with how many, oldest first. */
    partsToJoin() {
      return db.query<{ table: HourlyTable; partition_id: string; parts: number; rows: number }>(
        sql`SELECT table, partition_id, count() AS parts, sum(rows) AS rows FROM system.parts
            WHERE database = ${db.database} AND table IN ${HOURLY_TABLES} AND active
            GROUP BY table, partition_id HAVING parts > 1 ORDER BY partition_id, table`,
        { label: 'layer.parts' },
      );
    },

    /** Joins a partition's parts into one (what background merges do in their time). */
    async joinParts(table: HourlyTable, partitionId: string, settings: ClickHouseSettings) {
      if (!HOURLY_TABLES.includes(table) || !PARTITION_ID.test(partitionId)) throw new Error(`unexpected partition ${table} ${partitionId}`);
      await db.command(sql`OPTIMIZE TABLE ${db.table(table)} PARTITION ID ${sql.trustedText(`'${partitionId}'`)} FINAL`, {
        label: 'layer.joinParts',
        timeoutS: 6 * 3600,
        settings,
      });
    },

    /** The newest request in the raw table and the newest hour in the layer, from the parts' min/max indexes (no scan). */
    async freshness() {
      const [r] = await db.query<{ raw: string | null; layer: string | null }>(
        sql`SELECT (SELECT max(time) FROM ${db.table('http_logs')}) AS raw, (SELECT max(hour) FROM ${db.table('graph_nodes_1h')}) AS layer`,
        { label: 'layer.freshness' },
      );
      return r ?? { raw: null, layer: null };
    },
  };
}

export type LayerRepository = ReturnType<typeof createLayerRepository>;
