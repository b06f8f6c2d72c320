import type { Db } from '../../db/client.js';
import { renderBackfills, renderDdl } from '../../db/ddl.js';
import { listMigrations, viewsCutoff } from '../../db/migrate.js';
import { sql } from '../../db/sql.js';

/**
 * Deferred mode's SQL: which hours the views defer, the raw rows waiting in graph_rows_pending
 * (read by the block number each insert was given), and their replay into the layer.
 */

const MIGRATION = 15;
/** A part's name as system.parts gives it: the only text spliced into a statement here. */
const PART_NAME = /^[A-Za-z0-9_-]+$/;
const SOURCES = ['traffic', 'detections'] as const;

/** The layer's tables each view over the request tuples writes: the drain writes them itself, with the views' SELECTs. */
const VIEW_TABLES: Record<string, string> = {
  mv_graph_nodes: 'graph_nodes_1h',
  mv_graph_links: 'graph_links_1h',
  mv_graph_asn_names: 'graph_asn_names',
};

export interface PendingPart {
  name: string;
  min_block: number;
  max_block: number;
  rows: number;
}

export function createDeferredRepository(db: Db) {
  const pending = db.table('graph_rows_pending');
  const target = { database: db.database, logsDatabase: db.logsDatabase, cluster: db.cluster };
  const template = () => listMigrations().find((x) => x.version === MIGRATION)!.template;
  /** The request tuples of a source, as its live view groups them, over the pending rows of blocks (after, upTo]. */
  const tupleSelects = () =>
    renderBackfills(template(), target).map((b) => {
      const source = SOURCES.find((x) => b.view === `mv_graph_tuples_${x}`);
      if (!source) throw new Error(`unexpected view ${b.view}`);
      return {
        source,
        statement: `INSERT INTO ${db.database}.graph_tuples_batch\n${b.select
          .replace(/\{\{from\}\}/g, `${db.database}.graph_rows_pending`)
          .replace(/\{\{range\}\}/g, `source = {source:String} AND _block_number > {after:UInt64} AND _block_number <= {upTo:UInt64}`)}`,
      };
    });
  return {
    /** The boundaries between counted and deferred hours, read from the pending view (the one place they are written). */
    async boundaries(): Promise<Date[] | null> {
      const rows = await db.query<{ q: string }>(
        sql`SELECT create_table_query AS q FROM system.tables WHERE database = ${db.database} AND name IN ('mv_graph_pending_traffic', 'mv_graph_pending_traffic_local')`,
        { label: 'layer.deferred.boundaries' },
      );
      if (!rows[0]) return null;
      return [...rows[0].q.matchAll(/toDateTime\('(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)', 'UTC'\)/g)].map((m) => new Date(`${m[1]!.replace(' ', 'T')}Z`));
    },

    /**
     * Writes new boundaries into the views: the statements of the deferred-mode migration that
     * re-render the views' queries (the request tuples' views keep the cutoff they count from).
     */
    async applyBoundaries(boundaries: readonly Date[]) {
      const cutoff = await viewsCutoff(db);
      if (!cutoff) throw new Error('the graph layer’s views are missing: run `npm run migrate` first');
      const statements = renderDdl(template(), { ...target, cutoff, deferred: boundaries }).filter((x) =>
        /^ALTER TABLE\s+\S+\s+(?:ON CLUSTER\s+\S+\s+)?MODIFY QUERY\s/.test(x),
      );
      if (statements.length !== 4) throw new Error(`migration ${MIGRATION} should re-render 4 views, found ${statements.length}`);
      for (const x of statements) await db.command(sql.trustedText(x), { label: 'layer.deferred.mode' });
    },

    /** The visible parts holding rows after block `after`, oldest first. */
    parts(after: number) {
      return db.query<PendingPart>(
        sql`SELECT name, min_block_number AS min_block, max_block_number AS max_block, rows FROM system.parts
            WHERE database = ${db.database} AND table = 'graph_rows_pending' AND active AND max_block_number > ${after}
            ORDER BY min_block_number`,
        { label: 'layer.deferred.parts' },
      );
    },

    /** The newest block number visible in the pending table (0 when it holds none). */
    async newestBlock(): Promise<number> {
      const [r] = await db.query<{ n: number }>(
        sql`SELECT max(max_block_number) AS n FROM system.parts WHERE database = ${db.database} AND table = 'graph_rows_pending' AND active`,
        { label: 'layer.deferred.parts' },
      );
      return Math.max(0, Number(r?.n ?? 0));
    },

    /**
     * Parts every row of which is before block `upTo`: replayed, so dropped. The part holding block
     * `upTo` itself stays until a later drain: a MergeTree numbers new blocks on from its newest
     * part when it starts, so with every part dropped a restart would number new inserts from 1
     * again, below what was replayed.
     */
    replayedParts(upTo: number) {
      return db.query<{ name: string }>(
        sql`SELECT name FROM system.parts WHERE database = ${db.database} AND table = 'graph_rows_pending' AND active AND max_block_number < ${upTo}`,
        { label: 'layer.deferred.parts' },
      );
    },

    async dropPart(name: string) {
      if (!PART_NAME.test(name)) throw new Error(`unexpected part name ${name}`);
      await db.command(sql`ALTER TABLE ${pending} DROP PART ${sql.trustedText(`'${name}'`)}`, { label: 'layer.deferred.drop' });
    },

    /** Rows waiting after block `after`, when the oldest of them was inserted, and the earliest hour they hold. */
    async waiting(after: number): Promise<{ rows: number; oldest: string | null; hour: string | null }> {
      const [r] = await db.query<{ rows: number; oldest: string | null; hour: string | null }>(
        sql`SELECT count() AS rows, if(rows = 0, NULL, min(ingested)) AS oldest, if(rows = 0, NULL, min(hour)) AS hour
            FROM ${pending} WHERE _block_number > ${after}`,
        { label: 'layer.deferred.waiting' },
      );
      return { rows: Number(r?.rows ?? 0), oldest: r?.oldest ?? null, hour: r?.hour ?? null };
    },

    /**
     * Counts the rows of blocks (after, upTo] into the layer: grouped into request tuples once, by
     * the tuple views' SELECTs, into graph_tuples_batch; then each view over the tuples, its own
     * SELECT as ClickHouse holds it, over them, inserted into the view's table directly, in one
     * block with a token of the range and table. Run again with the same range (after a kill), a
     * table drops the block it already holds: each table is written once.
     */
    async replay(after: number, upTo: number, maxMemoryBytes: number) {
      // a range's groups (each detection is its own tuple, with some 50 links) spill to disk past half the memory allowed
      const memory = { max_memory_usage: String(maxMemoryBytes), max_bytes_before_external_group_by: String(Math.floor(maxMemoryBytes / 2)) };
      const opts = { label: 'layer.deferred.group', timeoutS: 3600, settings: memory };
      await db.command(sql`TRUNCATE TABLE ${db.table('graph_tuples_batch')}`, opts);
      for (const t of tupleSelects()) await db.command(sql.trustedText(t.statement, { source: t.source, after, upTo }), opts);
      const views = await db.query<{ name: string; select: string }>(
        sql`SELECT name, as_select AS select FROM system.tables WHERE database = ${db.database} AND name IN ${Object.keys(VIEW_TABLES)} ORDER BY name`,
        { label: 'layer.deferred.views' },
      );
      if (views.length !== Object.keys(VIEW_TABLES).length) throw new Error('the graph layer’s views are missing: run `npm run migrate` first');
      for (const v of views) {
        const table = VIEW_TABLES[v.name]!;
        const select = v.select.replace(new RegExp(`\\b${db.database}\\.graph_tuples\\b(?!_)`, 'g'), `${db.database}.graph_tuples_batch`);
        if (select === v.select) throw new Error(`${v.name}: no graph_tuples to replace`);
        await db.command(sql.trustedText(`INSERT INTO ${db.database}.${table}\n${select}`), {
          label: 'layer.deferred.replay',
          timeoutS: 3600,
          settings: {
            insert_deduplication_token: `graph-layer-drain:${after}:${upTo}:${table}`,
            insert_deduplicate: 1,
            // one block per table: one part, and one id for the token
            min_insert_block_size_rows: '1000000000',
            min_insert_block_size_bytes: '1000000000000',
            ...memory,
          },
        });
      }
    },
  };
}

export type DeferredRepository = ReturnType<typeof createDeferredRepository>;
