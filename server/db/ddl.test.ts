import { describe, expect, it } from 'vitest';
import { renderDdl } from './ddl.js';
import { listMigrations } from './migrate.js';

const render = (cluster?: string) => listMigrations().flatMap((m) => renderDdl(m.template, { database: 'proc', logsDatabase: 'logs', cluster }));

const RAW_TABLES = ['logs.http_logs', 'proc.ml_all_scores', 'proc.ml_detected_anomalies', 'proc.soc_feedback', 'proc.audit_logs'];

describe('migration DDL', () => {
  it('targets one node by default: no ON CLUSTER, no local tables, plain MergeTree engines', () => {
    const ddl = render();
    expect(ddl.length).toBeGreaterThan(15);
    for (const s of ddl) {
      expect(s).not.toMatch(/ON CLUSTER|_local|Replicated|Distributed|\{\{/);
    }
    for (const t of RAW_TABLES)
      expect(ddl.some((s) => s.startsWith(`CREATE TABLE IF NOT EXISTS ${t} `) || s.startsWith(`CREATE TABLE IF NOT EXISTS ${t}\n`))).toBe(true);
  });

  it('targets a cluster: every DDL statement ON CLUSTER, replicated shard-local tables behind Distributed ones', () => {
    const ddl = render('soc');
    for (const s of ddl.filter((x) => !x.startsWith('INSERT'))) expect(s).toMatch(/ON CLUSTER soc/);
    for (const t of RAW_TABLES) {
      const [db, table] = t.split('.');
      const local = ddl.find((s) => s.startsWith(`CREATE TABLE IF NOT EXISTS ${t}_local ON CLUSTER soc`));
      expect(local, `${t}_local`).toBeDefined();
      expect(local).toMatch(/ENGINE = ReplicatedMergeTree\('\/clickhouse\/tables\/\{shard\}\/\{database\}\/\{table\}', '\{replica\}'\)/);
      expect(ddl).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^CREATE TABLE IF NOT EXISTS ${t} ON CLUSTER soc AS ${t}_local\\s+ENGINE = Distributed\\(soc, ${db}, ${table}_local, cityHash64\\(\\w+\\)\\)$`,
          ),
        ),
      );
    }
  });

  it('feeds each shard’s aggregates from its own local raw table, and reads views through Distributed tables', () => {
    const ddl = render('soc');
    // views rendered from `-- materialize` write through the Distributed table (tested below)
    const mvs = ddl.filter(
      (s) =>
        s.startsWith('CREATE MATERIALIZED VIEW') &&
        !s.includes('.mv_graph_') &&
        !s.includes('.mv_investigation_entity_notes') &&
        !s.includes('.mv_investigation_note_entities'),
    );
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

  it('renders the graph layer for a cluster: sharded by the pivot key, views reading shard-local rows and writing through Distributed tables', () => {
    const ddl = render('soc');
    const sharding: Record<string, string> = {
      graph_links_1h: 'cityHash64(from_key)',
      graph_nodes_1h: 'cityHash64(key)',
      graph_degrees_1h: 'cityHash64(key)',
      graph_links_1d: 'cityHash64(from_key)',
      graph_degrees_1d: 'cityHash64(key)',
      graph_keys_1d: 'cityHash64(key)',
      graph_asn_names: 'asn',
    };
    for (const [table, key] of Object.entries(sharding)) {
      expect(ddl.find((s) => s.startsWith(`CREATE TABLE IF NOT EXISTS proc.${table}_local ON CLUSTER soc`))).toMatch(
        /ENGINE = ReplicatedAggregatingMergeTree\(/,
      );
      expect(ddl).toContain(
        `CREATE TABLE IF NOT EXISTS proc.${table} ON CLUSTER soc AS proc.${table}_local\nENGINE = Distributed(soc, proc, ${table}_local, ${key})`,
      );
    }
    const views = ddl.filter((s) => s.startsWith('CREATE MATERIALIZED VIEW IF NOT EXISTS proc.mv_graph_'));
    expect(views.map((v) => /mv_graph_\w+/.exec(v)![0]).sort()).toEqual([
      'mv_graph_asn_names_local',
      'mv_graph_degrees_daily_local',
      'mv_graph_degrees_local',
      'mv_graph_keys_local',
      'mv_graph_links_daily_local',
      'mv_graph_links_detections_local',
      'mv_graph_links_traffic_local',
      'mv_graph_nodes_local',
    ]);
    for (const v of views) {
      expect(v).toMatch(/ON CLUSTER soc\nTO proc\.graph_\w+ AS/);
      expect(v).not.toMatch(/TO proc\.graph_\w+_local/);
      expect(v).toMatch(/FROM (logs\.http_logs|proc\.ml_detected_anomalies|proc\.graph_links_1h|proc\.graph_nodes_1h|proc\.graph_degrees_1h)_local/);
    }
  });

  it('backfills the graph layer from stored rows before its views exist, through the Distributed tables', () => {
    for (const cluster of [undefined, 'soc']) {
      const ddl = render(cluster);
      const backfills = ddl.map((s, i) => ({ s, i })).filter(({ s }) => s.startsWith('INSERT INTO proc.graph_'));
      expect(backfills.map(({ s }) => /INSERT INTO proc\.(\w+)/.exec(s)![1])).toEqual([
        'graph_links_1h',
        'graph_links_1h',
        'graph_nodes_1h',
        'graph_degrees_1h',
        'graph_links_1d',
        'graph_degrees_1d',
        'graph_keys_1d',
        'graph_asn_names',
      ]);
      for (const { s } of backfills) expect(s).not.toMatch(/_local|\{\{/);
      const firstView = ddl.findIndex((s) => s.includes('MATERIALIZED VIEW IF NOT EXISTS proc.mv_graph_'));
      expect(Math.max(...backfills.map((b) => b.i))).toBeLessThan(firstView);
      const truncates = ddl.map((s, i) => ({ s, i })).filter(({ s }) => /^TRUNCATE TABLE IF EXISTS proc\.graph_/.test(s));
      expect(truncates).toHaveLength(7);
      expect(Math.max(...truncates.map((t) => t.i))).toBeLessThan(backfills[0]!.i);
    }
  });

  it('renders saved investigations for a cluster: versions of one id on one shard, the version column a parameter of the replicated engine', () => {
    const ddl = render('soc');
    const table = ddl.find((s) => s.startsWith('CREATE TABLE IF NOT EXISTS proc.saved_investigations_local ON CLUSTER soc'));
    expect(table).toMatch(/ENGINE = ReplicatedReplacingMergeTree\('\/clickhouse\/tables\/\{shard\}\/\{database\}\/\{table\}', '\{replica\}', version\)/);
    expect(ddl).toContainEqual(
      expect.stringMatching(
        /^CREATE TABLE IF NOT EXISTS proc\.saved_investigations ON CLUSTER soc AS proc\.saved_investigations_local\s+ENGINE = Distributed\(soc, proc, saved_investigations_local, cityHash64\(id\)\)$/,
      ),
    );
    expect(ddl).toContainEqual(
      expect.stringMatching(
        /^CREATE TABLE IF NOT EXISTS proc\.investigation_entity_notes ON CLUSTER soc AS proc\.investigation_entity_notes_local\s+ENGINE = Distributed\(soc, proc, investigation_entity_notes_local, cityHash64\(entity_value\)\)$/,
      ),
    );
    const audit = ddl.find((s) => s.includes('mv_audit_saved_investigations'));
    expect(audit).toMatch(/TO proc\.audit_logs_local AS/);
    expect(audit).toMatch(/FROM proc\.saved_investigations_local/);
    const single = render().find(
      (s) => s.startsWith('CREATE TABLE IF NOT EXISTS proc.saved_investigations\n') || s.startsWith('CREATE TABLE IF NOT EXISTS proc.saved_investigations '),
    );
    expect(single).toMatch(/ENGINE = ReplacingMergeTree\(version\)/);
  });
});
