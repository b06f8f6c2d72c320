import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { createDb, type Db } from './client.js';
import { listMigrations, migrate } from './migrate.js';
import { sql } from './sql.js';
import { TABLES } from './tables.js';

describe('migrations on the embedded engine', () => {
  let db: Db;
  beforeAll(() => {
    db = createDb(loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'ja4graph-migrate-')) }).clickhouse);
  });
  afterAll(() => db.close());

  it('apply every numbered file once, record it, and are safe to run again', async () => {
    const names = listMigrations().map((m) => m.name);
    expect(await migrate(db)).toEqual({ applied: names, skipped: [] });
    expect(await migrate(db)).toEqual({ applied: [], skipped: names });
    const recorded = await db.query<{ name: string }>(sql`SELECT name FROM ${db.table('schema_migrations')} FINAL ORDER BY version`);
    expect(recorded.map((r) => r.name)).toEqual(names);
  });

  it('create every table and view the application reads', async () => {
    const rows = await db.query<{ database: string; name: string }>(
      sql`SELECT database, name FROM system.tables WHERE database IN ${[db.database, db.logsDatabase]}`,
    );
    const present = new Set(rows.map((r) => `${r.database}.${r.name}`));
    for (const [table, where] of Object.entries(TABLES)) {
      if (table === 'demo_actors') continue;
      expect(present, table).toContain(`${where === 'logs' ? db.logsDatabase : db.database}.${table}`);
    }
  });

  it('store IPs as IPv6 with IPv4 mapped, categorical strings as LowCardinality', async () => {
    const cols = await db.query<{ name: string; type: string }>(
      sql`SELECT name, type FROM system.columns WHERE database = ${db.logsDatabase} AND table = 'http_logs'`,
    );
    const type = Object.fromEntries(cols.map((c) => [c.name, c.type]));
    expect(type.src_ip).toBe('IPv6');
    expect(type.time).toBe('DateTime64(3)');
    for (const c of ['method', 'host', 'ja4', 'src_country_code', 'src_asn_label']) expect(type[c]).toMatch(/^LowCardinality/);
  });
});
