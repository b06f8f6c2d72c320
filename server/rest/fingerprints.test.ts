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

describe('TCP spoofing routes', () => {
  it('/api/tcp-spoofing/list includes every spoofing IP, with a contradiction it can explain, and no human', async () => {
    const { body } = await get('/api/tcp-spoofing/list?limit=500');
    const ips = new Set(body.items.map((i: any) => i.src_ip));
    for (const ip of demo.truth.scenarios.tcp_spoofing.ips) expect(ips, ip).toContain(ip);
    for (const ip of demo.truth.scenarios.human.ips) expect(ips.has(ip), ip).toBe(false);
    for (const i of body.items) {
      expect(i.reason).toContain(i.ua_os);
      expect(i.ua_os === 'Windows').toBe(i.ttl <= 64);
    }
  });

  it('/api/tcp-spoofing/overview and /matrix add up to the list', async () => {
    const { body: list } = await get('/api/tcp-spoofing/list?limit=500');
    const { body: overview } = await get('/api/tcp-spoofing/overview');
    const { body: matrix } = await get('/api/tcp-spoofing/matrix');
    expect(overview.spoofed_requests).toBe(list.items.reduce((n: number, i: any) => n + i.hits, 0));
    expect(overview.by_claimed_os.reduce((n: number, x: any) => n + x.hits, 0)).toBe(overview.spoofed_requests);
    expect(matrix.cells.reduce((n: number, c: any) => n + c.hits, 0)).toBe(overview.spoofed_requests);
    for (const c of matrix.cells) expect(c.mss).toBeGreaterThan(0);
    expect(overview.spoofing_ips).toBe(new Set(list.items.map((i: any) => i.src_ip)).size);
    const ipsOf = (os: string) => new Set(list.items.filter((i: any) => i.ua_os === os).map((i: any) => i.src_ip)).size;
    for (const o of overview.by_claimed_os) expect(o.ips).toBe(ipsOf(o.ua_os));
  });
});

describe('header fingerprint routes', () => {
  it('/api/headers/clusters groups clients by header layout; the UA rotators’ layout carries many User-Agents', async () => {
    const { body } = await get('/api/headers/clusters?limit=500');
    expect(body.clusters.length).toBeGreaterThan(3);
    const rotator = demo.truth.scenarios.ua_rotation.ips[0]!;
    let found = false;
    for (const c of body.clusters.filter((x: any) => x.user_agents >= 10)) {
      const { body: ips } = await get(`/api/headers/cluster/${c.hash}/ips?limit=500`);
      if (ips.ips.some((i: any) => i.ip === rotator)) {
        found = true;
        expect(c.suspicious).toBe(true);
        expect(ips.unique_ips).toBe(c.unique_ips);
      }
    }
    expect(found).toBe(true);
  });

  it('answers 404 for an unseen hash and 400 for a malformed one', async () => {
    expect((await get('/api/headers/cluster/123/ips')).status).toBe(404);
    expect((await get('/api/headers/cluster/abc/ips')).status).toBe(400);
  });
});
