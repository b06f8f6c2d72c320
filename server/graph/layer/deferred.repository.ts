import type { Db } from '../../db/client.js';
import { renderDdl } from '../../db/ddl.js';
import { listMigrations } from '../../db/migrate.js';
import { sql } from '../../db/sql.js';

/**
 * Deferred mode's SQL: which hours the views defer, the tuples waiting in graph_tuples_pending (read
 * by the block number each insert was given), and their replay through the layer's views.
 */

const MIGRATION = 15;
/** A part's name as system.parts gives it: the only text spliced into a statement here. */
const PART_NAME = /^[A-Za-z0-9_-]+$/;

/** The layer's tables each live view writes: the drain writes them itself, with the views' SELECTs. */
const VIEW_TABLES: Record<string, string> = {
  mv_graph_nodes: 'graph_nodes_1h',
  mv_graph_links: 'graph_links_1h',
  mv_graph_degrees: 'graph_degrees_1h',
  mv_graph_asn_names: 'graph_asn_names',
};

export interface PendingPart {
  name: string;
  min_block: number;
  max_block: number;
  rows: number;
}

export function createDeferredRepository(db: Db) {
  const pending = db.table('graph_tuples_pending');
  const target = { database: db.database, logsDatabase: db.logsDatabase, cluster: db.cluster };
  const viewQueries = (boundaries: readonly Date[]) =>
    renderDdl(listMigrations().find((x) => x.version === MIGRATION)!.template, { ...target, deferred: boundaries })
      .map((s) => /^ALTER TABLE\s+\w+\.(\w+?)(?:_local)?\s+(?:ON CLUSTER\s+\S+\s+)?MODIFY QUERY\s+([\s\S]+)$/.exec(s))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ view: m[1]!, statement: m[0], select: m[2]! }));
  // the views' SELECTs with no hour deferred, reading the range's grouped tuples instead of an insert's
  let replayCache: { table: string; statement: string }[] | undefined;
  const replays = () =>
    (replayCache ??= viewQueries([])
      .filter((q) => VIEW_TABLES[q.view])
      .map((q) => {
        const tuples = `${db.database}.graph_tuples_batch`;
        const select = q.select.replace(new RegExp(`\\b${db.database}\\.graph_tuples(?:_local)?\\b`, 'g'), tuples);
        if (select === q.select) throw new Error(`${q.view}: no graph_tuples to replace`);
        return { table: VIEW_TABLES[q.view]!, statement: `INSERT INTO ${db.database}.${VIEW_TABLES[q.view]}\n${select}` };
      }));
  return {
    /** The boundaries between counted and deferred hours, read from the pending view (the one place they are written). */
    async boundaries(): Promise<Date[] | null> {
      const rows = await db.query<{ q: string }>(
        sql`SELECT create_table_query AS q FROM system.tables WHERE database = ${db.database} AND name IN ('mv_graph_pending', 'mv_graph_pending_local')`,
        { label: 'layer.deferred.boundaries' },
      );
      if (!rows[0]) return null;
      return [...rows[0].q.matchAll(/toDateTime\('(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)', 'UTC'\)/g)].map((m) => new Date(`${m[1]!.replace(' ', 'T')}Z`));
    },

    /** Writes new boundaries into the views: the statements of the deferred-mode migration that re-render its views' queries. */
    async applyBoundaries(boundaries: readonly Date[]) {
      const views = viewQueries(boundaries);
      if (views.length !== 5) throw new Error(`migration ${MIGRATION} should re-render 5 views, found ${views.length}`);
      for (const v of views) await db.command(sql.trustedText(v.statement), { label: 'layer.deferred.mode' });
    },

    /** The visible parts holding tuples after block `after`, oldest first. */
    parts(after: number) {
      return db.query<PendingPart>(
        sql`SELECT name, min_block_number AS min_block, max_block_number AS max_block, rows FROM system.parts
            WHERE database = ${db.database} AND table = 'graph_tuples_pending' AND active AND max_block_number > ${after}
            ORDER BY min_block_number`,
        { label: 'layer.deferred.parts' },
      );
    },

    /** The newest block number visible in the pending table (0 when it holds none). */
    async newestBlock(): Promise<number> {
      const [r] = await db.query<{ n: number }>(
        sql`SELECT max(max_block_number) AS n FROM system.parts WHERE database = ${db.database} AND table = 'graph_tuples_pending' AND active`,
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
        sql`SELECT name FROM system.parts WHERE database = ${db.database} AND table = 'graph_tuples_pending' AND active AND max_block_number < ${upTo}`,
        { label: 'layer.deferred.parts' },
      );
    },

    async dropPart(name: string) {
      if (!PART_NAME.test(name)) throw new Error(`unexpected part name ${name}`);
      await db.command(sql`ALTER TABLE ${pending} DROP PART ${sql.trustedText(`'${name}'`)}`, { label: 'layer.deferred.drop' });
    },

    /** Tuples waiting after block `after`, when the oldest of them was inserted, and the earliest hour they hold. */
    async waiting(after: number): Promise<{ rows: number; oldest: string | null; hour: string | null }> {
      const [r] = await db.query<{ rows: number; oldest: string | null; hour: string | null }>(
        sql`SELECT count() AS rows, if(rows = 0, NULL, min(ingested)) AS oldest, if(rows = 0, NULL, min(hour)) AS hour
            FROM ${pending} WHERE _block_number > ${after}`,
        { label: 'layer.deferred.waiting' },
      );
      return { rows: Number(r?.rows ?? 0), oldest: r?.oldest ?? null, hour: r?.hour ?? null };
    },

    /**
     * Counts the tuples of blocks (after, upTo] into the layer: those tuples grouped once into
     * graph_tuples_batch, then each view's own SELECT (as the deferred-mode migration writes it)
     * over them, inserted into the view's table directly, in one block with a token of the range
     * and table. Run again with the same range
     * (after a kill), a table drops the block it already holds: each table is written once.
     */
    async replay(after: number, upTo: number, maxMemoryBytes: number) {
      const batch = db.table('graph_tuples_batch');
      const opts = { label: 'layer.deferred.group', timeoutS: 3600, settings: { max_memory_usage: String(maxMemoryBytes) } };
      await db.command(sql`TRUNCATE TABLE ${batch}`, opts);
      await db.command(
        sql`INSERT INTO ${batch}
            SELECT source, hour, src_ip, sum(hits), sum(rows), min(first_seen), max(last_seen),
                   sum(critical), sum(high), sum(medium), sum(low), sum(known_bot), entities
            FROM ${pending} WHERE _block_number > ${after} AND _block_number <= ${upTo}
            GROUP BY source, hour, src_ip, entities`,
        opts,
      );
      for (const r of replays()) {
        await db.command(sql.trustedText(r.statement), {
          label: 'layer.deferred.replay',
          timeoutS: 3600,
          settings: {
            insert_deduplication_token: `graph-layer-drain:${after}:${upTo}:${r.table}`,
            insert_deduplicate: 1,
            // one block per table: one part, and one id for the token
            min_insert_block_size_rows: '1000000000',
            min_insert_block_size_bytes: '1000000000000',
            max_memory_usage: String(maxMemoryBytes),
          },
        });
      }
    },
  };
}

export type DeferredRepository = ReturnType<typeof createDeferredRepository>;
