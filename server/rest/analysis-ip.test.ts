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

describe('IP analysis panels', () => {
  it('/api/analysis/{ip}/subnet gives the /24, its IPs and the AS size', async () => {
    const ip = demo.truth.scenarios.scraper.ips[0]!;
    const { body } = await get(`/api/analysis/${ip}/subnet`);
    expect(body.subnet).toBe(`${ip.split('.').slice(0, 3).join('.')}.0/24`);
    expect(body.subnet_ips.map((s: any) => s.ip)).toContain(ip);
    expect(body.subnet_ips_count).toBe(body.subnet_ips.length);
    expect(body.asn_ips_count).toBeGreaterThanOrEqual(1);
    expect(['hosting', 'datacenter']).toContain(body.asn_label);
  });

  it('/api/analysis/{ip}/country gives the country and its AS’s country split', async () => {
    const ip = demo.truth.scenarios.botnet.ips[0]!;
    const { body } = await get(`/api/analysis/${ip}/country`);
    expect(demo.truth.scenarios.botnet.countries).toContain(body.country_code);
    expect(body.asn_countries.reduce((s: number, c: any) => s + c.percentage, 0)).toBeCloseTo(100, 0);
  });

  it('/api/analysis/{ip}/ja4 shows a botnet member sharing its JA4 with the rest of the botnet', async () => {
    const ip = demo.truth.scenarios.botnet.ips[0]!;
    const { body } = await get(`/api/analysis/${ip}/ja4`);
    expect(body.ja4s[0].ja4).toBe(demo.truth.botnet.ja4);
    expect(body.ja4_shared_ips).toBe(demo.truth.scenarios.botnet.ips.length - 1);
    expect(body.ja4s[0].top_subnets.length).toBeGreaterThan(0);
    expect(body.ja4s[0].sample_ips).not.toContain(ip);
  });

  it('/api/analysis/{ip}/user-agents: a scraper is 100 % script, a human 0 %', async () => {
    const scraper = (await get(`/api/analysis/${demo.truth.scenarios.scraper.ips[0]}/user-agents`)).body;
    expect(scraper.bot_ua_percentage).toBe(100);
    expect(scraper.user_agents[0].classification).toBe('script');
    const human = (await get(`/api/analysis/${demo.truth.scenarios.human.ips[0]}/user-agents`)).body;
    expect(human.bot_ua_percentage).toBe(0);
    expect((await get('/api/analysis/198.51.100.5/user-agents')).status).toBe(404);
  });

  it('/api/analysis/country splits all detections by country', async () => {
    const { body } = await get('/api/analysis/country');
    expect(body.countries.reduce((s: number, c: any) => s + c.detections, 0)).toBe(body.total_detections);
    expect(body.countries.length).toBeGreaterThanOrEqual(10);
  });
});
