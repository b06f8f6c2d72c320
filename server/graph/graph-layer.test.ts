import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../test/demo-db.js';
import { gql, testApp } from '../test/app.js';
import { sql } from '../db/sql.js';
import { renderDdl } from '../db/ddl.js';
import { listMigrations } from '../db/migrate.js';
import { wholeHours, type Window } from '../schema/window.js';
import { keyOut, present, sourceFor, sourceTable, type Dim, type Source } from './columns.sql.js';
import { createGraphLayerRepository, inLayer, THREAT_COLUMNS } from './graph-layer.repository.js';
import { joinInstalledParts } from './layer/join-parts.js';
import { createLayerRepository } from './layer/layer.repository.js';
import { createLinkRepository } from './links.repository.js';

/**
 * The graph layer against the raw tables: every entity kind and every link kind, both sources,
 * aggregated straight from http_logs / ml_detected_anomalies with the same window, must give
 * exactly the layer's counts, distinct IPs, first/last seen and distinct neighbours.
 */

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
let w: Window;

const KINDS: Record<Source, Dim[]> = {
  logs: ['IP', 'JA4', 'HOST', 'USER_AGENT', 'ASN', 'COUNTRY', 'SUBNET'],
  ml: ['IP', 'JA4', 'HOST', 'USER_AGENT', 'ASN', 'COUNTRY', 'SUBNET', 'CAMPAIGN'],
};

const iso = (t: string) => new Date(t.endsWith('Z') || t.includes('+') ? t : `${t.replace(' ', 'T')}Z`).toISOString();

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
  // every row of the dataset, on whole hours
  w = wholeHours({ since: new Date(Date.now() - 9 * 86400_000), until: new Date(Date.now() + 3600_000) });
});

function raw(source: Source) {
  const s = sourceTable(demo.db, source);
  return { ...s, inWindow: sql`${s.time} >= ${w.since} AND ${s.time} < ${w.until}` };
}

async function rawNodes(kind: Dim, source: Source) {
  const s = raw(source);
  const threats = sql.join(
    Object.entries(THREAT_COLUMNS).map(([level, column]) =>
      source === 'ml' ? sql`countIf(threat_level = ${level}) AS ${sql.identifier(column)}` : sql`0 AS ${sql.identifier(column)}`,
    ),
  );
  return demo.db.query<Record<string, number | string>>(
    sql`SELECT ${keyOut(kind, source)} AS key, ${s.hits} AS hits, count() AS rows, uniqExact(src_ip) AS unique_ips,
               toString(min(${s.time})) AS first_seen, toString(max(${s.time})) AS last_seen, ${threats}
        FROM ${s.table} WHERE ${s.inWindow} AND ${present(kind, source)} GROUP BY key ORDER BY key`,
  );
}

describe('graph layer exactness against the raw tables', () => {
  for (const source of ['logs', 'ml'] as const) {
    for (const kind of KINDS[source]) {
      it(`${source === 'logs' ? 'traffic' : 'detections'} nodes of kind ${kind}: hits, rows, distinct IPs, first/last seen, threat levels`, async () => {
        const expected = await rawNodes(kind, source);
        expect(expected.length, 'the demo has keys of this kind').toBeGreaterThan(0);
        const keys = expected.map((r) => String(r.key));
        const rows = (await createGraphLayerRepository(demo.db).nodes([{ kind, keys }], w)).filter(
          (r) => r.source === (source === 'logs' ? 'traffic' : 'detections'),
        );
        const got = new Map(rows.map((r) => [r.key, r]));
        expect(got.size).toBe(keys.length);
        for (const e of expected) {
          const g = got.get(String(e.key))!;
          expect({ key: g.key, hits: g.hits, rows: g.rows, ips: g.unique_ips, first: iso(g.first_seen), last: iso(g.last_seen) }).toEqual({
            key: e.key,
            hits: e.hits,
            rows: e.rows,
            ips: e.unique_ips,
            first: iso(String(e.first_seen)),
            last: iso(String(e.last_seen)),
          });
          for (const c of Object.values(THREAT_COLUMNS)) expect(g[c], `${e.key} ${c}`).toBe(e[c]);
        }
      });
    }
  }

  for (const source of ['logs', 'ml'] as const) {
    for (const from of KINDS[source]) {
      it(`${source === 'logs' ? 'traffic' : 'detections'} links from ${from} to every kind it is linked with, and its degrees`, async () => {
        const s = raw(source);
        const layer = createGraphLayerRepository(demo.db);
        // networks the layer does not pair with a kind are summed from the kind's IP links
        const derived = (to: Dim) => to === 'SUBNET' && !inLayer(source, from, to) && inLayer(source, from, 'IP');
        // a detections pair the layer does not link (neither kind an address or a campaign) is read from the raw detections of the key's addresses
        const throughIps = (to: Dim) => source === 'ml' && !inLayer(source, from, to) && inLayer('logs', from, to);
        for (const to of KINDS[source].filter((k) => k !== from && (inLayer(source, from, k) || derived(k) || throughIps(k)))) {
          const expected = await demo.db.query<{
            from_key: string;
            to_key: string;
            hits: number;
            rows: number;
            unique_ips: number;
            first_seen: string;
            last_seen: string;
            total: number;
          }>(
            sql`SELECT from_key, to_key, hits, rows, unique_ips, first_seen, last_seen, count() OVER (PARTITION BY from_key) AS total FROM (
                  SELECT ${keyOut(from, source)} AS from_key, ${keyOut(to, source)} AS to_key, ${s.hits} AS hits, count() AS rows,
                         uniqExact(src_ip) AS unique_ips, toString(min(${s.time})) AS first_seen, toString(max(${s.time})) AS last_seen
                  FROM ${s.table} WHERE ${s.inWindow} AND ${present(from, source)} AND ${present(to, source)} GROUP BY from_key, to_key)
                ORDER BY from_key, to_key`,
          );
          expect(expected.length, `${from}→${to} has links`).toBeGreaterThan(0);
          const keys = [...new Set(expected.map((r) => r.from_key))];
          const got = derived(to)
            ? await layer.subnetLinks([{ source, from, keys }], w, 1_000_000)
            : throughIps(to)
              ? await createLinkRepository(demo.db).links(from, to, keys, w, 1_000_000, source)
              : await layer.links([{ source, from, to, keys }], w, 1_000_000);
          const norm = (r: {
            from_key: string;
            to_key: string;
            hits: number;
            rows: number;
            unique_ips: number;
            first_seen: string;
            last_seen: string;
            total: number;
          }) => `${r.from_key}→${r.to_key} hits=${r.hits} rows=${r.rows} ips=${r.unique_ips} ${iso(r.first_seen)}…${iso(r.last_seen)} of ${r.total}`;
          expect(got.map(norm).sort(), `${from}→${to}`).toEqual(expected.map(norm).sort());
          // degrees are read from the source that holds both kinds: the detections' only for a campaign's pairs
          if (derived(to) || throughIps(to) || sourceFor(from, to) !== source) continue;

          const degrees = await layer.degrees([{ kind: from, keys, others: [{ kind: to, source }] }], w);
          const byKey = new Map(expected.map((r) => [r.from_key, r.total]));
          expect(degrees.length).toBe(keys.length);
          for (const d of degrees) expect(d.degree, `${from} ${d.key} distinct ${to}`).toBe(byKey.get(d.key));
        }
      });
    }
  }

  it('joins the hourly tables’ parts (what an install leaves to merges) without changing a count', async () => {
    const counts = () =>
      Promise.all([
        demo.db.query(
          sql`SELECT source, kind, sum(hits) AS h, sum(rows) AS r, uniqExactMerge(ips) AS i FROM ${demo.db.table('graph_nodes_1h')} GROUP BY source, kind ORDER BY source, kind`,
        ),
        demo.db.query(
          sql`SELECT source, from_kind, to_kind, sum(hits) AS h, sum(rows) AS r, count() AS links
              FROM (SELECT source, from_kind, from_key, to_kind, to_key, hour, sum(hits) AS hits, sum(rows) AS rows FROM ${demo.db.table('graph_links_1h')}
                    GROUP BY source, from_kind, from_key, to_kind, to_key, hour)
              GROUP BY source, from_kind, to_kind ORDER BY source, from_kind, to_kind`,
        ),
      ]);
    const repo = createLayerRepository(demo.db);
    const before = await counts();
    const waiting = await repo.partsToJoin();
    const r = await joinInstalledParts(demo.db);
    expect(r.partitions).toBe(waiting.length);
    expect(await repo.partsToJoin()).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('answers windows of any shape exactly: whole days from the daily tables, the partial days around them from the hourly ones', async () => {
    const hour = 3600_000;
    const end = Math.floor(Date.now() / hour) * hour;
    const windows = [
      { since: new Date(end - 20 * hour), until: new Date(end) },
      { since: new Date(end - 3 * 86400_000 - 5 * hour), until: new Date(end - 7 * hour) },
      { since: new Date(end - 6 * 86400_000 - 13 * hour), until: new Date(end + hour) },
    ];
    const layer = createGraphLayerRepository(demo.db);
    for (const win of windows) {
      for (const [from, to] of [
        ['JA4', 'IP'],
        ['IP', 'USER_AGENT'],
        ['COUNTRY', 'ASN'],
      ] as const) {
        const expected = await demo.db.query<{ from_key: string; to_key: string; hits: number; unique_ips: number; total: number }>(
          sql`SELECT from_key, to_key, hits, unique_ips, count() OVER (PARTITION BY from_key) AS total FROM (
                SELECT ${keyOut(from, 'logs')} AS from_key, ${keyOut(to, 'logs')} AS to_key, count() AS hits, uniqExact(src_ip) AS unique_ips
                FROM ${demo.db.table('http_logs')} WHERE time >= ${win.since} AND time < ${win.until} AND ${present(from, 'logs')} AND ${present(to, 'logs')}
                GROUP BY from_key, to_key)`,
        );
        const keys = [...new Set(expected.map((r) => r.from_key))];
        expect(keys.length, `${from}→${to} in ${win.since.toISOString()}…`).toBeGreaterThan(0);
        const got = await layer.links([{ source: 'logs', from, to, keys }], win, 1_000_000);
        const norm = (r: { from_key: string; to_key: string; hits: number; unique_ips: number; total: number }) =>
          `${r.from_key}→${r.to_key} ${r.hits} ${r.unique_ips} ${r.total}`;
        expect(got.map(norm).sort()).toEqual(expected.map(norm).sort());
        const degrees = await layer.degrees([{ kind: from, keys, others: [{ kind: to, source: 'logs' }] }], win);
        const totals = new Map(expected.map((r) => [r.from_key, r.total]));
        expect(degrees.length, `${from}→${to} degrees`).toBe(keys.length);
        for (const d of degrees) expect(d.degree).toBe(totals.get(d.key));
      }
    }
  });

  it('timelines per hour bucket equal the raw counts and distinct IPs', async () => {
    const s = raw('logs');
    for (const kind of ['JA4', 'COUNTRY', 'USER_AGENT'] as const) {
      const expected = await demo.db.query<{ key: string; bucket: string; hits: number; unique_ips: number }>(
        sql`SELECT ${keyOut(kind, 'logs')} AS key, toString(toStartOfInterval(time, toIntervalSecond(10800))) AS bucket, count() AS hits, uniqExact(src_ip) AS unique_ips
            FROM ${s.table} WHERE ${s.inWindow} AND ${present(kind, 'logs')} GROUP BY key, bucket`,
      );
      const keys = [...new Set(expected.map((r) => r.key))];
      const rows = await createGraphLayerRepository(demo.db).nodes([{ kind, keys }], w, { bucketS: 10800, kinds: [kind] });
      const got = rows.filter((r) => r.source === 'traffic' && r.bucket !== null);
      const norm = (r: { key: string; bucket: string | null; hits: number; unique_ips: number }) => `${r.key} ${iso(r.bucket!)} ${r.hits} ${r.unique_ips}`;
      expect(got.map(norm).sort()).toEqual(expected.map(norm).sort());
    }
  });

  it('names ASes from the AS-names table as the traffic last named them', async () => {
    const expected = await demo.db.query<{ key: string; org: string; label: string }>(
      sql`SELECT toString(src_asn) AS key, toString(argMax(src_asn_org, time)) AS org, toString(argMax(src_asn_label, time)) AS label
          FROM ${demo.db.table('http_logs')} WHERE src_asn != 0 GROUP BY src_asn ORDER BY key`,
    );
    const got = await createGraphLayerRepository(demo.db).asnNames(expected.map((r) => r.key));
    expect([...got].sort((a, b) => a.key.localeCompare(b.key))).toEqual(expected);
  });
});

describe('counts asked alone', () => {
  it('answers totalCount from the degrees exactly as the full connection does, for several kinds of one entity in one request', async () => {
    const ja4 = demo.truth.botnet.ja4;
    const counts = await gql<any>(
      app,
      `query($j: String!) { ja4(fingerprint: $j) { ips { totalCount } countries { totalCount } asns { totalCount } hosts { totalCount } userAgents { totalCount } detections { totalCount } } }`,
      { j: ja4 },
    );
    const full = await gql<any>(
      app,
      `query($j: String!) { ja4(fingerprint: $j) {
        ips(first: 500) { totalCount edges { hits } } countries(first: 500) { totalCount edges { hits } } asns(first: 500) { totalCount edges { hits } }
        hosts(first: 500) { totalCount edges { hits } } userAgents(first: 500) { totalCount edges { hits } } detections(first: 1) { totalCount edges { cursor } } } }`,
      { j: ja4 },
    );
    expect(counts.errors).toBeUndefined();
    expect(full.errors).toBeUndefined();
    for (const field of ['ips', 'countries', 'asns', 'hosts', 'userAgents', 'detections']) {
      expect(counts.data.ja4[field].totalCount, field).toBe(full.data.ja4[field].totalCount);
      expect(counts.data.ja4[field].totalCount, field).toBeGreaterThan(0);
    }
    expect(counts.data.ja4.ips.totalCount).toBe(demo.truth.scenarios.botnet.ips.length);
  });
});

describe('keys are the caller’s text', () => {
  it('answers a key holding control characters as unknown, without disturbing the real keys batched with it (found by the fuzz test)', async () => {
    const ja4 = demo.truth.botnet.ja4;
    const query = `query($j: String!, $odd: String!, $odder: String!) {
      real: ja4(fingerprint: $j) { hits lastSeen timeline { hits } ips { totalCount } }
      odd: userAgent(value: $odd) { hits lastSeen timeline { hits } ips { totalCount } }
      odder: userAgent(value: $odder) { hits lastSeen ips { totalCount } } }`;
    const res = await gql<any>(app, query, { j: ja4, odd: '\u0000', odder: `${ja4}\u0000t3600` });
    expect(res.errors).toBeUndefined();
    expect(res.data.odd).toBeNull();
    expect(res.data.odder).toBeNull();
    const alone = await gql<any>(app, `query($j: String!) { real: ja4(fingerprint: $j) { hits lastSeen timeline { hits } ips { totalCount } } }`, { j: ja4 });
    expect(res.data.real).toEqual(alone.data.real);
    expect(res.data.real.ips.totalCount).toBe(demo.truth.scenarios.botnet.ips.length);
  });
});

describe('windows on whole hours', () => {
  it('widens an entity’s window to the whole hours covering it, says so, and counts exactly those hours', async () => {
    const ip = demo.truth.scenarios.persistent.ips[0]!;
    const until = new Date(Date.now() - 25 * 60_000 - 17_000);
    const since = new Date(until.getTime() - 3 * 86400_000 + 1234);
    const res = await gql<any>(
      app,
      `query($ip: IPAddress!, $w: TimeWindow) { ip(address: $ip, window: $w) { window { since until } hits uniqueIps ja4s { totalCount } } }`,
      {
        ip,
        w: { since: since.toISOString(), until: until.toISOString() },
      },
    );
    expect(res.errors).toBeUndefined();
    const hours = wholeHours({ since, until });
    expect(res.data.ip.window).toEqual({ since: hours.since.toISOString(), until: hours.until.toISOString() });
    expect(hours.since.getTime()).toBeLessThanOrEqual(since.getTime());
    expect(hours.until.getTime()).toBeGreaterThanOrEqual(until.getTime());
    const [row] = await demo.db.query<{ hits: number; ja4s: number }>(
      sql`SELECT count() AS hits, uniqExact(ja4) AS ja4s FROM ${demo.db.table('http_logs')}
          WHERE src_ip = toIPv6(${ip}) AND time >= ${hours.since} AND time < ${hours.until}`,
    );
    expect(res.data.ip.hits).toBe(row!.hits);
    expect(res.data.ip.ja4s.totalCount).toBe(row!.ja4s);
  });
});

describe('the migration', () => {
  it('rebuilds the same layer when run again over a populated database (backfill = what the views computed)', async () => {
    const fingerprint = async () =>
      Object.fromEntries(
        await Promise.all(
          ['graph_links_1h', 'graph_nodes_1h', 'graph_degrees_1h', 'graph_links_1d', 'graph_degrees_1d', 'graph_keys_1d'].map(async (t) => {
            const table = demo.db.table(t as 'graph_links_1h');
            const [r] = await demo.db.query<{ h: number }>(
              t.startsWith('graph_degrees')
                ? sql`SELECT sum(n) AS h FROM (SELECT uniqExactMerge(neighbours) AS n FROM ${table} GROUP BY source, kind, key, to_kind)`
                : sql`SELECT sum(hits) AS h FROM ${table}`,
            );
            return [t, r!.h];
          }),
        ),
      );
    const before = await fingerprint();
    const m = listMigrations().find((x) => x.name === '007_graph_layer')!;
    for (let run = 0; run < 2; run++) {
      for (const statement of renderDdl(m.template, { database: demo.db.database, logsDatabase: demo.db.logsDatabase })) {
        await demo.db.command(sql.trustedText(statement), { timeoutS: 600 });
      }
      expect(await fingerprint()).toEqual(before);
    }
  });
});
