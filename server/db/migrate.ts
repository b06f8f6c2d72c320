import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './client.js';
import { renderDdl, type DdlTarget } from './ddl.js';
import { sql } from './sql.js';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  version: number;
  name: string;
  template: string;
  checksum: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const template = readFileSync(path.join(dir, file), 'utf8');
      return {
        version: Number(file.slice(0, 3)),
        name: file.replace(/\.sql$/, ''),
        template,
        checksum: createHash('sha256').update(template).digest('hex').slice(0, 16),
      };
    });
}

export interface MigrateResult {
  applied: string[];
  skipped: string[];
}

/**
 * Applies each numbered migration once and records it. Statements are all
 * `IF NOT EXISTS`, so a run interrupted mid-file is safe to repeat.
 */
export interface MigrateOptions {
  /** The clock a live view's cutoff is taken from (tests drive a simulated one). */
  now?: () => Date;
  /** How far ahead of the clock a live view's cutoff is at least (then rounded up to the hour). */
  cutoffMarginS?: number;
}

export async function migrate(db: Db, log: (msg: string) => void = () => {}, opts: MigrateOptions = {}): Promise<MigrateResult> {
  const target: DdlTarget = { database: db.database, logsDatabase: db.logsDatabase, cluster: db.cluster };
  const onCluster = db.cluster ? sql` ON CLUSTER ${sql.identifier(db.cluster)}` : sql.empty;
  for (const name of [db.database, db.logsDatabase]) {
    await db.command(sql`CREATE DATABASE IF NOT EXISTS ${sql.identifier(name)}${onCluster}`, { label: 'migrate.db' });
  }
  await db.command(
    sql.trustedText(
      renderDdl(
        `CREATE TABLE IF NOT EXISTS {{db}}.schema_migrations {{on_cluster}} (
           version UInt32, name String, checksum String, applied_at DateTime DEFAULT now()
         ) ENGINE = {{engine:ReplacingMergeTree}} ORDER BY version`,
        target,
      )[0]!,
    ),
    { label: 'migrate.table' },
  );

  const done = new Set(
    (await db.query<{ version: number }>(sql`SELECT version FROM ${db.table('schema_migrations')} FINAL`, { label: 'migrate.list' })).map((r) => r.version),
  );
  const result: MigrateResult = { applied: [], skipped: [] };
  for (const m of listMigrations()) {
    if (done.has(m.version)) {
      result.skipped.push(m.name);
      continue;
    }
    log(`applying migration ${m.name}`);
    if (/^--\s*live\s.*TIME\s+\w+\s*$/m.test(m.template)) {
      target.cutoff = await liveCutoff(db, opts);
      log(`graph layer views count rows from ${target.cutoff.toISOString()}; the history before is counted by npm run layer -- install`);
    } else if (/^--\s*live\s.*\sMODIFY\s*$/m.test(m.template)) {
      target.cutoff = (await viewsCutoff(db)) ?? undefined;
    }
    for (const statement of renderDdl(m.template, target)) {
      await db.command(sql.trustedText(statement), { label: `migrate.${m.version}`, timeoutS: 6 * 3600 });
    }
    await db.insert('schema_migrations', [{ version: m.version, name: m.name, checksum: m.checksum }]);
    result.applied.push(m.name);
  }
  return result;
}

const HOUR = 3_600_000;

/** Where the live views count from, read from the views themselves (the one place it is written). */
export async function viewsCutoff(db: Db): Promise<Date | null> {
  const rows = await db.query<{ q: string }>(
    sql`SELECT create_table_query AS q FROM system.tables
        WHERE database = ${db.database} AND name IN ('mv_graph_tuples_traffic', 'mv_graph_tuples_traffic_local')`,
    { label: 'layer.cutoff' },
  );
  const m = rows[0] && /toDateTime64\('(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})', 3, 'UTC'\)/.exec(rows[0].q);
  return m ? new Date(`${m[1]!.replace(' ', 'T')}Z`) : null;
}

/**
 * Where live views start counting: the epoch on a database without traffic (nothing to backfill),
 * else the first whole hour at least the margin ahead, so no row already stored (nor one being
 * inserted now) is at or after it, and the history before it is whole UTC hours.
 */
async function liveCutoff(db: Db, opts: MigrateOptions): Promise<Date> {
  const [row] = await db.query<{ n: number }>(
    sql`SELECT (SELECT count() FROM ${db.table('http_logs')}) + (SELECT count() FROM ${db.table('ml_detected_anomalies')}) AS n`,
    { label: 'migrate.cutoff' },
  );
  if (!row?.n) return new Date(0);
  const ahead = (opts.now?.() ?? new Date()).getTime() + (opts.cutoffMarginS ?? 300) * 1000;
  return new Date(Math.ceil(ahead / HOUR) * HOUR);
}
