import { describe, expect, it } from 'vitest';
import { deferredCondition, renderBackfills, renderDdl, type LiveBackfill } from './ddl.js';
import { inLayer } from '../graph/graph-layer.repository.js';
import { LAYER_KINDS, LAYER_PAIRS, LAYER_PAIRS_OF, sourceFor } from '../graph/columns.sql.js';
import { LINKABLE } from '../graph/entity.kinds.js';
import type { Dim } from '../graph/columns.sql.js';
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
      'mv_graph_degrees_local',
      'mv_graph_links_local',
      'mv_graph_nodes_local',
      'mv_graph_pending_detections_local',
      'mv_graph_pending_traffic_local',
      'mv_graph_tuples_detections_local',
      'mv_graph_tuples_traffic_local',
    ]);
    // the degrees left the insert path (019): a day's are rolled up from its links
    expect(ddl.filter((x) => x.includes('mv_graph_degrees_local')).at(-1)).toMatch(/^DROP VIEW IF EXISTS proc\.mv_graph_degrees_local ON CLUSTER soc/);
    // each shard groups its own raw rows into its own Null table; what that feeds is re-sharded by key
    for (const v of views.filter((x) => x.includes('mv_graph_tuples_'))) {
      expect(v).toMatch(/ON CLUSTER soc\nTO proc\.graph_tuples_local AS/);
      expect(v).toMatch(/FROM (logs\.http_logs|proc\.ml_detected_anomalies)_local/);
    }
    // deferred mode's pending rows stay on the shard that stored them
    for (const v of views.filter((x) => x.includes('mv_graph_pending'))) {
      expect(v).toMatch(/ON CLUSTER soc\nTO proc\.graph_rows_pending_local AS/);
      expect(v).toMatch(/FROM (logs\.http_logs|proc\.ml_detected_anomalies)_local/);
    }
    for (const v of views.filter((x) => !x.includes('mv_graph_tuples_') && !x.includes('mv_graph_pending'))) {
      expect(v).toMatch(/ON CLUSTER soc\nTO proc\.graph_\w+ AS/);
      expect(v).not.toMatch(/TO proc\.graph_\w+_local/);
      expect(v).toMatch(/FROM proc\.graph_tuples_local/);
    }
    expect(ddl).toContainEqual(expect.stringMatching(/^CREATE TABLE IF NOT EXISTS proc\.graph_tuples_local ON CLUSTER soc\s*\([\s\S]*ENGINE = Null$/));
  });

  it('renders the live views with their cutoff, and the chunk backfills of the history before it, per shard on a cluster', () => {
    const m = listMigrations().find((x) => x.version === 12)!;
    const cutoff = new Date('2026-12-03T23:00:00Z');
    for (const cluster of [undefined, 'soc']) {
      const local = cluster ? '_local' : '';
      const target = { database: 'proc', logsDatabase: 'logs', cluster, cutoff };
      const views = renderDdl(m.template, target).filter((s) => /mv_graph_tuples_/.test(s));
      expect(views).toHaveLength(2);
      expect(views[0]).toContain("WHERE time >= toDateTime64('2026-12-03 23:00:00.000', 3, 'UTC')");
      expect(views[1]).toContain("WHERE detected_at >= toDateTime64('2026-12-03 23:00:00.000', 3, 'UTC')");
      const backfills = renderBackfills(m.template, target);
      expect(backfills.map((b) => [b.view, b.to, b.from])).toEqual([
        ['mv_graph_tuples_traffic', `proc.graph_tuples${local}`, `logs.http_logs${local}`],
        ['mv_graph_tuples_detections', `proc.graph_tuples${local}`, `proc.ml_detected_anomalies${local}`],
      ]);
      for (const b of backfills) {
        expect(b.insert).toMatch(new RegExp(`^INSERT INTO proc\\.graph_tuples${local}\\nSELECT `));
        // the chunk's bounds are bound parameters; the statement is the view's own SELECT otherwise
        expect(b.insert).toContain(`WHERE ${b.time} >= {since:DateTime64(3)} AND ${b.time} < {until:DateTime64(3)}`);
        expect(b.insert).not.toMatch(/toDateTime64\('|\{\{/);
        const view = views.find((v) => v.includes(b.view))!;
        expect(b.insert.slice(b.insert.indexOf('SELECT')).replace(/WHERE .*\n/, '')).toBe(view.slice(view.indexOf('SELECT')).replace(/WHERE .*\n/, ''));
      }
    }
    // no cutoff given (a database without traffic): the views count everything
    expect(renderDdl(m.template, { database: 'proc', logsDatabase: 'logs' }).find((s) => s.includes('mv_graph_tuples_traffic'))).toContain(
      "WHERE time >= toDateTime64('1970-01-01 00:00:00.000', 3, 'UTC')",
    );
  });

  it('writes which hours are deferred into the views: the live views skip them, the pending view keeps only them', () => {
    const h = (iso: string) => new Date(iso);
    expect(deferredCondition([])).toBe('0');
    expect(deferredCondition([h('2026-12-04T06:00:00Z')])).toBe("hour >= toDateTime('2026-12-04 06:00:00', 'UTC')");
    expect(deferredCondition([h('2026-12-04T06:00:00Z'), h('2026-12-05T00:00:00Z'), h('2026-12-09T13:00:00Z')])).toBe(
      "(hour >= toDateTime('2026-12-04 06:00:00', 'UTC') AND hour < toDateTime('2026-12-05 00:00:00', 'UTC')) OR hour >= toDateTime('2026-12-09 13:00:00', 'UTC')",
    );
    // only our own whole hours, ascending, ever reach the DDL
    expect(() => deferredCondition([h('2026-12-04T06:30:00Z')])).toThrow(/whole hour/);
    expect(() => deferredCondition([h('2026-12-05T00:00:00Z'), h('2026-12-04T00:00:00Z')])).toThrow(/ascend/);

    expect(deferredCondition([h('2026-12-04T06:00:00Z')], 'detected_at')).toBe("detected_at >= toDateTime('2026-12-04 06:00:00', 'UTC')");

    const m = listMigrations().find((x) => x.version === 15)!;
    const cutoff = h('2026-12-03T23:00:00Z');
    for (const cluster of [undefined, 'soc']) {
      const views = renderDdl(m.template, { database: 'proc', logsDatabase: 'logs', cluster, cutoff, deferred: [h('2026-12-04T06:00:00Z')] }).filter((s) =>
        /MODIFY QUERY/.test(s),
      );
      expect(views.map((v) => /mv_graph_\w+?(?=(_local)?\s)/.exec(v)![0]).sort()).toEqual([
        'mv_graph_pending_detections',
        'mv_graph_pending_traffic',
        'mv_graph_tuples_detections',
        'mv_graph_tuples_traffic',
      ]);
      const deferred = (col: string) => `${col} >= toDateTime('2026-12-04 06:00:00', 'UTC')`;
      const counted = (col: string) => `${col} >= toDateTime64('2026-12-03 23:00:00.000', 3, 'UTC')`;
      const view = (name: string) => views.find((v) => v.includes(`${name}${cluster ? '_local' : ''} `))!;
      // the pending views keep only the deferred hours' rows; the tuple views keep their cutoff and skip those hours
      expect(view('mv_graph_pending_traffic')).toMatch(new RegExp(`WHERE ${deferred('time').replace(/[()]/g, '\\$&')}$`));
      expect(view('mv_graph_pending_detections')).toMatch(new RegExp(`WHERE ${deferred('detected_at').replace(/[()]/g, '\\$&')}$`));
      expect(view('mv_graph_tuples_traffic')).toContain(`WHERE ${counted('time')} AND NOT (${deferred('time')})`);
      expect(view('mv_graph_tuples_detections')).toContain(`WHERE ${counted('detected_at')} AND NOT (${deferred('detected_at')})`);
      expect(views.join('\n')).not.toContain('{{');
    }
  });

  it('groups the request tuples with one SELECT: the install’s chunks and the deferred drain use the last migration’s, equal to 012’s', () => {
    const target = { database: 'proc', logsDatabase: 'logs' };
    const [v12, v15] = [12, 15].map((v) => renderBackfills(listMigrations().find((x) => x.version === v)!.template, target)) as [
      LiveBackfill[],
      LiveBackfill[],
    ];
    expect(v15.map((b) => b.view)).toEqual(v12.map((b) => b.view));
    for (const [i, b] of v15.entries()) {
      expect(b.insert).toBe(v12[i]!.insert);
      expect(b.select).toContain('FROM {{from}}');
      expect(b.select).toContain('WHERE {{range}}');
    }
  });

  it('links exactly the pairs the API reads as held in the layer', () => {
    // the links view as the last migration to write it left it (019) lists every pair both ways
    const pairsIn = (version: number) =>
      listMigrations()
        .find((x) => x.version === version)!
        .template.split('IN ((')
        .slice(1)
        .map((part) => [...`(${part.split(')),')[0]})`.matchAll(/\('(\w+)', '(\w+)'\)/g)].map((x) => `${x[1]}-${x[2]}`));
    expect(pairsIn(19)).toHaveLength(1);
    const both = LAYER_PAIRS.flatMap(([a, b]) => [`${a}-${b}`, `${b}-${a}`]).sort();
    expect([...pairsIn(19)[0]!].sort()).toEqual(both);
    // the detections' links keep the pairs with an address or a kind only detections carry, as LAYER_PAIRS_OF lists them
    const onlyInDetections = LAYER_KINDS.ml.filter((k) => !LAYER_KINDS.logs.includes(k));
    const kept = [
      ...listMigrations()
        .find((x) => x.version === 19)!
        .template.matchAll(/OR '(\w+)' IN \(x\.1\.1, x\.2\.1\)/g),
    ].map((m) => m[1]);
    expect(kept).toEqual(['IP', ...onlyInDetections]);
    expect(LAYER_PAIRS_OF.ml.map(([a, b]) => `${a}-${b}`)).toEqual(
      LAYER_PAIRS.filter(([a, b]) => kept.some((k) => k === a || k === b)).map(([a, b]) => `${a}-${b}`),
    );
    expect(LAYER_PAIRS_OF.logs).toEqual(LAYER_PAIRS);
    for (const [a, b] of LAYER_PAIRS) expect(sourceFor(a as Dim, b as Dim) === 'ml', `${a}-${b}`).toBe(onlyInDetections.some((k) => k === a || k === b));
    // every expansion the explorer offers between two kinds of the layer is read from it, in the source it is read from
    for (const [from, tos] of Object.entries(LINKABLE))
      for (const to of tos) {
        const source = sourceFor(from as Dim, to as Dim);
        if (inLayer(source, from as Dim) && inLayer(source, to as Dim)) expect(inLayer(source, from as Dim, to as Dim), `${from} → ${to}`).toBe(true);
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
