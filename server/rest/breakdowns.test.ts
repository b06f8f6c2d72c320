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

describe('breakdown routes', () => {
  it('/api/geo groups sessions by country and network kind; hosting ASes carry the scrapers', async () => {
    const { body } = await get('/api/geo');
    for (const c of body.countries) expect(c.country_code).toMatch(/^[A-Z]{2}$/);
    const [row] = await demo.db.query<{ n: number }>(
      sql`SELECT count() AS n FROM ${demo.db.table('view_ai_features_1h')} WHERE window_start >= toStartOfHour(now() - INTERVAL 7 DAY) AND country_code != ''`,
    );
    expect(body.countries.reduce((s: number, c: any) => s + c.sessions, 0)).toBe(row!.n);
    expect(body.asns.length).toBeLessThanOrEqual(50);
    expect(body.asns.some((a: any) => ['hosting', 'datacenter'].includes(a.asn_label))).toBe(true);
  });

  it('/api/fingerprints names the crawlers’ JA4s with their bot names', async () => {
    const { body } = await get('/api/fingerprints');
    const bots = new Set(body.bot_ja4.map((b: any) => b.bot_name));
    expect(bots).toEqual(new Set(['Googlebot', 'Bingbot']));
    for (const b of body.bot_ja4) expect(demo.truth.scenarios.crawler.ja4s).toContain(b.ja4);
    expect(body.ja4_stats.length).toBeGreaterThan(5);
  });

  it('/api/browsers splits sessions by claimed browser, and counts the unexplained ones', async () => {
    const { body } = await get('/api/browsers');
    expect(body.distribution.map((d: any) => d.browser_family)).toEqual(expect.arrayContaining(['Chrome', 'Firefox', 'Safari', 'Edge']));
    expect(body.unknown_sessions).toBeGreaterThan(0);
    for (const t of body.top_ja4_by_browser) expect(t.ja4).toMatch(/^t13/);
  });

  it('/api/models gives scoring statistics for both models', async () => {
    const { body } = await get('/api/models');
    expect(body.scoring_stats.map((m: any) => m.model_name)).toEqual(['Applicatif', 'Complet']);
    for (const m of body.scoring_stats) expect(m.flagged).toBeLessThanOrEqual(m.scored);
  });

  it('/api/campaigns and /api/ml/campaigns describe the botnet campaign from ground truth', async () => {
    for (const [path, key] of [
      ['/api/campaigns', 'campaigns'],
      ['/api/ml/campaigns', 'items'],
    ] as const) {
      const { body } = await get(path);
      const c = body[key].find((x: any) => x.campaign_id === demo.truth.botnet.campaignId);
      expect(c, path).toBeDefined();
      expect(c.ja4_list).toEqual([demo.truth.botnet.ja4]);
      expect(c.max_score).toBeGreaterThanOrEqual(c.avg_score);
      expect(c.unique_ips).toBeLessThanOrEqual(demo.truth.scenarios.botnet.ips.length);
      expect(c.countries.length).toBeLessThanOrEqual(5);
    }
  });
});
