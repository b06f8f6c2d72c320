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

describe('brute force routes', () => {
  it('/api/bruteforce/attackers lists the credential-stuffing IPs first', async () => {
    const stuffers = demo.truth.scenarios.credential_stuffing.ips;
    const { body } = await get('/api/bruteforce/attackers?limit=500');
    // every credential stuffer is listed, and nobody else is (humans POST to login a few times at most)
    expect(new Set(body.items.map((i: any) => i.src_ip))).toEqual(new Set(stuffers));
    for (const i of body.items) expect(i.post_count).toBeGreaterThanOrEqual(20);
    const posts = body.items.map((i: any) => i.post_count);
    expect(posts).toEqual([...posts].sort((a: number, b: number) => b - a));
  });

  it('/api/bruteforce/targets and /host/{host}/attackers agree, and the login host is the top target', async () => {
    const { body: targets } = await get('/api/bruteforce/targets');
    expect(targets.items[0].host).toBe('accounts.example-shop.com');
    expect(targets.items[0].attackers).toBe(demo.truth.scenarios.credential_stuffing.ips.length);
    const { body } = await get('/api/bruteforce/host/accounts.example-shop.com/attackers?limit=500');
    expect(body.items).toHaveLength(targets.items[0].attackers);
    expect(body.items.reduce((s: number, i: any) => s + i.post_count, 0)).toBe(targets.items[0].post_count);
  });

  it('/api/bruteforce/timeline sums to the attackers’ POSTs; the v2 /api/brute-force keeps its shape', async () => {
    const { body: timeline } = await get('/api/bruteforce/timeline');
    const { body: attackers } = await get('/api/bruteforce/attackers?limit=500');
    expect(timeline.timeline.reduce((s: number, p: any) => s + p.post_count, 0)).toBe(attackers.items.reduce((s: number, i: any) => s + i.post_count, 0));
    const { body: v2 } = await get('/api/brute-force');
    expect(Object.keys(v2.data[0]).sort()).toEqual(['distinct_paths', 'first_seen', 'host', 'last_seen', 'post_count', 'src_ip']);
  });
});

describe('heatmap routes', () => {
  it('/api/heatmap/hourly gives 24 hours whose hits equal the last 72 hours of requests', async () => {
    const { body } = await get('/api/heatmap/hourly');
    expect(body.hours.map((h: any) => h.hour)).toEqual([...Array(24).keys()]);
    const [row] = await demo.db.query<{ n: number }>(
      sql`SELECT count() AS n FROM ${demo.db.table('http_logs')} WHERE time >= toStartOfHour(now() - INTERVAL 72 HOUR)`,
    );
    expect(body.hours.reduce((s: number, h: any) => s + h.hits, 0)).toBe(row!.n);
  });

  it('/api/heatmap/top-hosts and /matrix give each host’s 24-hour profile, consistent with its total', async () => {
    const { body } = await get('/api/heatmap/top-hosts?limit=3');
    expect(body.items).toHaveLength(3);
    for (const h of body.items) {
      expect(h.hourly_hits).toHaveLength(24);
      expect(h.unique_ja4s).toBeGreaterThan(0);
    }
    const { body: m } = await get('/api/heatmap/matrix');
    expect(m.hosts.slice(0, 3)).toEqual(body.items.map((h: any) => h.host));
    expect(m.matrix[0]).toEqual(body.items[0].hourly_hits);
  });

  it('/api/heatmap gives day-of-week × hour cells', async () => {
    const { body } = await get('/api/heatmap');
    for (const c of body.cells) {
      expect(c.dow).toBeGreaterThanOrEqual(0);
      expect(c.dow).toBeLessThanOrEqual(6);
      expect(c.hour).toBeLessThanOrEqual(23);
    }
  });
});

describe('botnet routes', () => {
  it('/api/botnets/ja4-spread ranks the botnet JA4 first', async () => {
    const { body } = await get('/api/botnets/ja4-spread?limit=5');
    expect(body.items[0]).toMatchObject({
      ja4: demo.truth.botnet.ja4,
      unique_ips: demo.truth.scenarios.botnet.ips.length,
      unique_countries: demo.truth.scenarios.botnet.countries.length,
      known_client: false,
    });
    expect(body.items[0].flagged_share).toBeGreaterThan(0.9);
  });

  it('/api/botnets/summary names the botnet and not the browsers', async () => {
    const { body } = await get('/api/botnets/summary');
    expect(body.top[0].ja4).toBe(demo.truth.botnet.ja4);
    const human = new Set(demo.truth.scenarios.human.ja4s);
    for (const t of body.top) expect(human.has(t.ja4)).toBe(false);
  });

  it('/api/botnets/ja4/{ja4}/countries lists the botnet’s countries with shares adding up to 100 %', async () => {
    const { body } = await get(`/api/botnets/ja4/${demo.truth.botnet.ja4}/countries`);
    expect(body.countries.map((c: any) => c.country_code).sort()).toEqual(demo.truth.scenarios.botnet.countries);
    expect(body.countries.reduce((s: number, c: any) => s + c.percentage, 0)).toBeCloseTo(100, 0);
    expect((await get('/api/botnets/ja4/t13d0000h2_000000000000_000000000000/countries')).status).toBe(404);
    expect((await get('/api/botnets/ja4/not-a-ja4/countries')).status).toBe(400);
  });
});
