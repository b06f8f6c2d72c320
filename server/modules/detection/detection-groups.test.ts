import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, plainIp, type DemoDb } from '../../test/demo-db.js';
import { gql, testApp } from '../../test/app.js';
import { sql } from '../../db/sql.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
});

describe('detectionsByIp', () => {
  it('groups the filtered detections by IP with counts equal to ClickHouse’s, most detections first', async () => {
    const r = await gql<any>(
      app,
      `{ detectionsByIp(first: 500, window: {preset: LAST_7D}, filter: {threatLevels: [CRITICAL, HIGH]}) { totalCount items { ip { address } detections worstLevel } } }`,
    );
    expect(r.errors).toBeUndefined();
    const direct = await demo.db.query<{ ip: string; n: number }>(
      sql`SELECT toString(src_ip) AS ip, count() AS n FROM ${demo.db.table('ml_detected_anomalies')}
          WHERE threat_level IN ('CRITICAL', 'HIGH') AND detected_at >= now() - INTERVAL 7 DAY GROUP BY src_ip`,
    );
    const { totalCount, items } = r.data.detectionsByIp;
    expect(totalCount).toBe(direct.length);
    const expected = new Map(direct.map((d) => [plainIp(d.ip), Number(d.n)]));
    for (const g of items) expect(g.detections).toBe(expected.get(g.ip.address));
    const counts = items.map((g: any) => g.detections);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    for (const g of items) expect(['CRITICAL', 'HIGH']).toContain(g.worstLevel);
  });

  it('narrows to one IP when searched for it', async () => {
    const ip = demo.truth.scenarios.credential_stuffing.ips[0]!;
    const r = await gql<any>(
      app,
      `query($s: String!) { detectionsByIp(first: 5, window: {preset: LAST_7D}, filter: {search: $s}) { totalCount items { ip { address } } } }`,
      { s: ip },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.detectionsByIp.items.map((g: any) => g.ip.address)).toEqual([ip]);
  });

  it('rejects a bad sort and bounds the page', async () => {
    const bad = await gql(app, `{ detectionsByIp(sort: NOPE) { totalCount } }`);
    expect(bad.errors?.[0]?.message).toMatch(/NOPE/);
    const big = await gql<any>(app, `{ detectionsByIp(first: 100000) { items { detections } } }`);
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
