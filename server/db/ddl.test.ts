import { describe, expect, it } from 'vitest';
import { renderDdl } from './ddl.js';
import { listMigrations } from './migrate.js';

const render = (cluster?: string) =>
  listMigrations().flatMap((m) => renderDdl(m.template, { database: 'proc', logsDatabase: 'logs', cluster }));

const RAW_TABLES = ['logs.http_logs', 'proc.ml_all_scores', 'proc.ml_detected_anomalies', 'proc.soc_feedback', 'proc.audit_logs'];

describe('migration DDL', () => {
  it('targets one node by default: no ON CLUSTER, no local tables, plain MergeTree engines', () => {
    const ddl = render();
    expect(ddl.length).toBeGreaterThan(15);
    for (const s of ddl) {
      expect(s).not.toMatch(/ON CLUSTER|_local|Replicated|Distributed|\{\{/);
    }
    for (const t of RAW_TABLES) expect(ddl.some((s) => s.startsWith(`CREATE TABLE IF NOT EXISTS ${t} `) || s.startsWith(`CREATE TABLE IF NOT EXISTS ${t}\n`))).toBe(true);
  });

  it('targets a cluster: every statement ON CLUSTER, replicated shard-local tables behind Distributed ones', () => {
    const ddl = render('soc');
    for (const s of ddl) expect(s).toMatch(/ON CLUSTER soc/);
    for (const t of RAW_TABLES) {
      const [db, table] = t.split('.');
      const local = ddl.find((s) => s.startsWith(`CREATE TABLE IF NOT EXISTS ${t}_local ON CLUSTER soc`));
      expect(local, `${t}_local`).toBeDefined();
      expect(local).toMatch(/ENGINE = ReplicatedMergeTree\('\/clickhouse\/tables\/\{shard\}\/\{database\}\/\{table\}', '\{replica\}'\)/);
      expect(ddl).toContainEqual(
        expect.stringMatching(new RegExp(`^CREATE TABLE IF NOT EXISTS ${t} ON CLUSTER soc AS ${t}_local\\s+ENGINE = Distributed\\(soc, ${db}, ${table}_local, cityHash64\\(\\w+\\)\\)$`)),
      );
    }
  });

  it('feeds each shard’s aggregates from its own local raw table, and reads views through Distributed tables', () => {
    const ddl = render('soc');
    const mvs = ddl.filter((s) => s.startsWith('CREATE MATERIALIZED VIEW'));
    expect(mvs.filter((mv) => /FROM logs\.http_logs_local/.test(mv))).toHaveLength(3);
    for (const mv of mvs) {
      expect(mv).toMatch(/TO proc\.\w+_local AS/);
      expect(mv).toMatch(/FROM (logs|proc)\.\w+_local/);
    }
    expect(ddl.find((s) => s.includes('agg_host_ip_ja4_1h_local ON CLUSTER soc'))).toMatch(/ReplicatedAggregatingMergeTree/);
    const views = ddl.filter((s) => s.startsWith('CREATE VIEW'));
    expect(views.length).toBe(9);
    for (const v of views) expect(v).not.toMatch(/_local/);
  });
});
