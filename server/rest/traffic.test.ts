import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../test/demo-db.js';
import { getJson, testApp } from '../test/app.js';
import { sql } from '../db/sql.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
const get = (url: string) => getJson(app, url);

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
});

describe('v2 traffic and IP detail', () => {
  it('/api/traffic pages the last 24 h of requests, filtered and sorted, with the ClickHouse total', async () => {
    const { body } = await get('/api/traffic?per_page=5&page=2&method=post&sort=src_ip&order=asc');
    const [row] = await demo.db.query<{ n: number }>(
      sql`SELECT count() AS n FROM ${demo.db.table('http_logs')} WHERE method = 'POST' AND time >= now() - INTERVAL 1 DAY`,
    );
    expect(Math.abs(body.total - row!.n)).toBeLessThanOrEqual(2); // the two clocks are read a moment apart
    expect(body).toMatchObject({ page: 2, per_page: 5 });
    expect(body.data).toHaveLength(5);
    for (const r of body.data) expect(r.method).toBe('POST');
    expect(Object.keys(body.data[0]).sort()).toEqual([
      'header_user_agent',
      'host',
      'http_version',
      'ja4',
      'method',
      'path',
      'src_country_code',
      'src_ip',
      'time',
    ]);
    expect((await get('/api/traffic?sort=password')).status).toBe(400);
  });

  it('/api/ip/{ip} gathers a persistent threat’s detections, scores, requests, features and recurrence', async () => {
    const ip = demo.truth.scenarios.persistent.ips[0]!;
    const { status, body } = await get(`/api/ip/${ip}`);
    expect(status).toBe(200);
    expect(body.ip).toBe(ip);
    expect(body.detections.length).toBeGreaterThan(0);
    for (const d of body.detections) expect(d.src_ip).toBe(ip);
    expect(body.scores.length).toBeGreaterThan(0);
    expect(body.recurrence).toHaveLength(1);
    expect(body.recurrence[0].recurrence).toBeGreaterThanOrEqual(6);
    expect(body.ai_features[0]).toHaveProperty('fuzzing_index');
    expect(body.ai_features[0].fuzzing_index).toBeGreaterThan(0.5);
    expect((await get('/api/ip/198.51.100.44')).status).toBe(404);
    expect((await get('/api/ip/1.2.3')).status).toBe(400);
  });
});
