import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createDb, type Db } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { sql } from '../db/sql.js';
import { generateDemo, type GroundTruth } from '../demo/generate.js';
import { gql, testApp } from '../test/app.js';
import { loadLayerState } from './layer/state.js';
import { hourlyAndDaily } from './layer.sql.js';

/**
 * History beyond the raw rows: 40 days of demo traffic, every closed day rolled up; windows of up to
 * a year read the daily layer, and keep answering the same once the raw rows of the days past a
 * month are dropped (what the pipeline's TTL on the raw tables does).
 */

const DAY = 86_400_000;
let db: Db;
let app: ReturnType<typeof testApp>;
let truth: GroundTruth;
const dataDir = mkdtempSync(path.join(tmpdir(), 'ja4graph-history-'));

beforeAll(async () => {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  db = createDb(config.clickhouse);
  await migrate(db);
  truth = await generateDemo(db, { seed: 7, scale: 0.05, days: 40, dataDir });
  await loadLayerState(db);
  app = testApp(config, db);
});

afterAll(async () => {
  await db?.close();
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
});

const now = () => new Date(truth.generatedAt);
// one fixed window for both reads: 90 days ending at the generator's clock, in whole hours
const window = () => {
  const until = new Date(Math.ceil(now().getTime() / 3_600_000) * 3_600_000);
  return { since: new Date(until.getTime() - 90 * DAY).toISOString(), until: until.toISOString() };
};

const INVESTIGATION = `query ($ja4: String!, $w: TimeWindow!) {
  entity(type: JA4, value: $ja4, window: $w) {
    hits uniqueIps firstSeen lastSeen detectionCount
    timeline { start hits uniqueIps }
    ... on JA4 { ips(first: 500) { totalCount edges { node { key } hits } } asns(first: 50) { totalCount edges { node { key } hits } } }
    neighbors(types: [COUNTRY, HOST]) { type totalCount neighbors { entity { key } weight } }
  }
}`;

async function rawJa4(ja4: string) {
  const [r] = await db.query<{ hits: number; ips: number; asns: number }>(
    sql`SELECT count() AS hits, uniqExact(src_ip) AS ips, uniqExactIf(src_asn, src_asn != 0) AS asns FROM ${db.table('http_logs')} WHERE ja4 = ${ja4}`,
  );
  return r!;
}

describe('windows of up to a year, from the daily layer', () => {
  let before: any;

  it('a 90-day window over 40 days of history equals the raw rows, and its timeline stays within 72 points', async () => {
    const raw = await rawJa4(truth.botnet.ja4);
    const days = new Set((await db.query<{ d: string }>(sql`SELECT DISTINCT toString(toDate(time)) AS d FROM ${db.table('http_logs')}`)).map((r) => r.d));
    expect(days.size).toBeGreaterThan(35);
    const res = await gql<any>(app, INVESTIGATION, { ja4: truth.botnet.ja4, w: window() });
    expect(res.errors).toBeUndefined();
    const e = res.data.entity;
    expect(e.hits).toBe(raw.hits);
    expect(e.uniqueIps).toBe(raw.ips);
    expect(e.ips.totalCount).toBe(raw.ips);
    expect(e.asns.totalCount).toBe(raw.asns);
    // a week per point: 90 days in 13 or 14 points, their hits summing to the total
    expect(e.timeline.length).toBeLessThanOrEqual(72);
    expect(e.timeline.reduce((s: number, p: { hits: number }) => s + p.hits, 0)).toBe(raw.hits);
    before = res.data;
  });

  it('after the raw rows of the days past a month are dropped, the same window answers the same', async () => {
    expect(before).toBeDefined();
    const cut = new Date(Math.floor((now().getTime() - 32 * DAY) / DAY) * DAY);
    for (const [table, column] of [
      ['http_logs', 'time'],
      ['ml_detected_anomalies', 'detected_at'],
    ] as const) {
      const parts = await db.query<{ p: string }>(
        sql`SELECT DISTINCT toString(toYYYYMMDD(${sql.identifier(column)})) AS p FROM ${db.table(table)} WHERE ${sql.identifier(column)} < ${cut}`,
      );
      expect(parts.length).toBeGreaterThan(0);
      for (const { p } of parts) await db.command(sql`ALTER TABLE ${db.table(table)} DROP PARTITION ${sql.trustedText(String(Number(p)))}`);
    }
    // the raw rows now hold less than the layer answered
    expect((await rawJa4(truth.botnet.ja4)).hits).toBeLessThan(before.entity.hits);
    const res = await gql<any>(app, INVESTIGATION, { ja4: truth.botnet.ja4, w: window() });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(before);
  });
});

describe('the window limits', () => {
  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;

  it('fields that read the layer take 365 days, not 366', async () => {
    const ok = await gql<any>(app, `{ entity(type: JA4, value: "${truth.botnet.ja4}", window: { preset: LAST_365D }) { hits timeline { start } } }`);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.entity.timeline.length).toBeLessThanOrEqual(72);
    const until = now();
    const since = new Date(until.getTime() - 366 * DAY);
    const wide = await gql(
      app,
      `{ entity(type: JA4, value: "${truth.botnet.ja4}", window: { since: "${since.toISOString()}", until: "${until.toISOString()}" }) { hits } }`,
    );
    expect(code(wide)).toMatchObject({ code: 'BAD_USER_INPUT', maxDays: 365 });
  });

  it('fields that read raw rows take 31 days, whether given or inherited, and say so', async () => {
    const given = await gql(
      app,
      `{ entity(type: JA4, value: "${truth.botnet.ja4}") { ... on JA4 { detectionList: detections(window: { preset: LAST_90D }) { totalCount } } } }`,
    );
    expect(code(given)).toMatchObject({ code: 'BAD_USER_INPUT', maxDays: 31 });
    const inherited = await gql<any>(
      app,
      `{ entity(type: JA4, value: "${truth.botnet.ja4}", window: { preset: LAST_90D }) { hits ... on JA4 { detectionList: detections { totalCount } } } }`,
    );
    expect(code(inherited)).toMatchObject({ code: 'BAD_USER_INPUT', maxDays: 31 });
    expect(inherited.errors![0]!.message).toMatch(/give it its own `window`/);
    const own = await gql<any>(
      app,
      `{ entity(type: JA4, value: "${truth.botnet.ja4}", window: { preset: LAST_90D }) { ... on JA4 { detectionList: detections(window: { preset: LAST_30D }) { totalCount } } } }`,
    );
    expect(own.errors).toBeUndefined();
    // the schema says which limit each field has
    const doc = await gql<any>(app, `{ __type(name: "JA4") { fields { name description } } }`);
    const fields = new Map<string, string>(doc.data.__type.fields.map((f: { name: string; description: string }) => [f.name, f.description]));
    expect(fields.get('hits')).toMatch(/up to 365 days/);
    expect(fields.get('ips')).toMatch(/up to 365 days/);
    expect(fields.get('detections')).toMatch(/up to 31 days \(reads raw rows\)/);
  });

  it('quick search over a year finds the fingerprint, and over hours the layer holds nothing of answers an empty list', async () => {
    const prefix = truth.botnet.ja4.slice(0, 12);
    const year = await gql<any>(app, `{ search(query: "${prefix}", window: { preset: LAST_365D }) { entity { key } } }`);
    expect(year.errors).toBeUndefined();
    expect(year.data.search.map((r: { entity: { key: string } }) => r.entity.key)).toContain(truth.botnet.ja4);
    const since = new Date(now().getTime() + 2 * DAY).toISOString();
    const until = new Date(now().getTime() + 3 * DAY).toISOString();
    const ahead = await gql<any>(app, `{ search(query: "${prefix}", window: { since: "${since}", until: "${until}" }) { entity { key } } }`);
    expect(ahead.errors).toBeUndefined();
    expect(ahead.data.search).toEqual([]);
  });

  it('a week of many keys reads their days, where a few keys read their hours', async () => {
    const until = new Date(Math.ceil(now().getTime() / 3_600_000) * 3_600_000);
    const w = { since: new Date(until.getTime() - 7 * DAY), until };
    // the keys of any kind active in the most hours
    const keys = await db.query<{ kind: string; key: string }>(
      sql`SELECT kind, key FROM ${db.table('graph_nodes_1h')} WHERE source = 'traffic' AND hour >= ${w.since}
          GROUP BY kind, key ORDER BY count() DESC, kind, key LIMIT 150`,
    );
    const where = sql`source = 'traffic' AND ${sql.rowsIn(
      ['kind', 'key'],
      keys.map((k) => [k.kind, k.key]),
    )}`;
    const read = async (n: number) => {
      const rows = hourlyAndDaily('graph_nodes', db, sql`hits`, where, w, ['IP'], { keys: n });
      const [r] = await db.query<{ n: number; hits: number }>(sql`SELECT count() AS n, sum(hits) AS hits FROM (${rows})`);
      return r!;
    };
    const [asFew, asMany] = [await read(1), await read(keys.length)];
    expect(keys).toHaveLength(150);
    expect(asMany.hits).toBe(asFew.hits);
    // a row per key and day (and the hours of the day not rolled up), not per key and hour
    expect(asMany.n).toBeLessThan(asFew.n / 2);
  });

  it('a 90-day window reads days × keys rows, fewer than the hours of one key', async () => {
    // the country active in the most hours
    const [busiest] = await db.query<{ key: string; n: number }>(
      sql`SELECT key, count() AS n FROM ${db.table('graph_nodes_1h')} WHERE kind = 'COUNTRY' GROUP BY key ORDER BY n DESC LIMIT 1`,
    );
    const w = { since: new Date(window().since), until: new Date(window().until) };
    const rows = hourlyAndDaily('graph_nodes', db, sql`key`, sql`kind = 'COUNTRY' AND key = ${busiest!.key}`, w, ['COUNTRY']);
    const [read] = await db.query<{ n: number }>(sql`SELECT count() AS n FROM (${rows})`);
    // a row per source and rolled-up day, and the hours of the day not rolled up yet
    expect(busiest!.n).toBeGreaterThan(500);
    expect(read!.n).toBeLessThanOrEqual(2 * (40 + 1) + 2 * 24);
    const res = await gql<any>(app, `query ($key: String!, $w: TimeWindow!) { entity(type: COUNTRY, value: $key, window: $w) { hits } }`, {
      key: busiest!.key,
      w: window(),
    });
    const [raw] = await db.query<{ n: number }>(sql`SELECT count() AS n FROM ${db.table('http_logs')} WHERE src_country_code = ${busiest!.key}`);
    expect(res.data.entity.hits).toBeGreaterThanOrEqual(raw!.n);
  });
});
