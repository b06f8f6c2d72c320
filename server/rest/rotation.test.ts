import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../test/demo-db.js';
import { getJson, testApp } from '../test/app.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
const get = (url: string) => getJson(app, url);

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
});

describe('rotation and persistence routes', () => {
  it('/api/rotation/ja4-rotators leads with the rotating IPs, each with ≥ 3 sibling JA4s', async () => {
    const rotators = demo.truth.scenarios.ja4_rotation.ips;
    const { body } = await get('/api/rotation/ja4-rotators?limit=500');
    const top = body.items.filter((i: any) => i.distinct_ja4 >= 3);
    expect(new Set(top.map((i: any) => i.src_ip))).toEqual(new Set(rotators));
    for (const i of top) expect(new Set(i.ja4_list.map((j: string) => `${j.split('_')[0]}_${j.split('_')[2]}`)).size).toBe(1);
    const { body: v2 } = await get('/api/ja4-rotation');
    expect(v2.data[0]).toEqual(expect.objectContaining({ src_ip: expect.any(String), ja4_list: expect.any(Array), window_start: expect.any(String) }));
  });

  it('/api/rotation/ip/{ip}/ja4-history gives a rotator’s fingerprints in order of first use; 400 and 404 otherwise', async () => {
    const [ip, ja4s] = Object.entries(demo.truth.ja4Rotation.byIp)[0]!;
    const { body } = await get(`/api/rotation/ip/${ip}/ja4-history`);
    expect(body.ip).toBe(ip);
    expect(body.history.map((h: any) => h.ja4).sort()).toEqual([...ja4s].sort());
    const starts = body.history.map((h: any) => h.first_seen);
    expect(starts).toEqual([...starts].sort());
    expect((await get('/api/rotation/ip/300.1.1.1/ja4-history')).status).toBe(400);
    expect((await get('/api/rotation/ip/198.51.100.9/ja4-history')).status).toBe(404);
  });

  it('/api/rotation/persistent-threats and /api/recurrence list the persistent IPs among the most recurrent', async () => {
    const { body } = await get('/api/rotation/persistent-threats?limit=500');
    const listed = new Map(body.items.map((i: any) => [i.src_ip, i.recurrence]));
    for (const ip of demo.truth.scenarios.persistent.ips) expect(listed.get(ip), ip).toBeGreaterThanOrEqual(6);
    const days = body.items.map((i: any) => i.recurrence);
    expect(days).toEqual([...days].sort((a: number, b: number) => b - a));
    const { body: v2 } = await get('/api/recurrence');
    expect(v2.data.length).toBeLessThanOrEqual(100);
  });

  it('/api/ua-rotation ranks the UA rotators first', async () => {
    const { body } = await get('/api/ua-rotation');
    const rotators = new Set(demo.truth.scenarios.ua_rotation.ips);
    expect(rotators.has(body.data[0].src_ip)).toBe(true);
    expect(body.data[0].distinct_ua_count).toBeGreaterThanOrEqual(10);
    expect(body.data[0].ua_samples.length).toBeGreaterThan(0);
  });

  it('/api/cascade/{ip} shows a headless browser’s machine-regular cascades', async () => {
    const ip = demo.truth.scenarios.headless.ips[0]!;
    const { body } = await get(`/api/cascade/${ip}`);
    expect(body.data.length).toBeGreaterThan(0);
    const regular = body.data.filter((c: any) => c.page_count >= 2);
    for (const c of regular) expect(c.stddev_sub_delay_ms).toBeLessThan(10);
    expect((await get('/api/cascade/not-an-ip')).status).toBe(400);
  });
});
