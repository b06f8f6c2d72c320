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

describe('entity investigation routes', () => {
  it('/api/entities/ip/{ip} gives the stats and the eight panels, agreeing with ClickHouse', async () => {
    const ip = demo.truth.scenarios.credential_stuffing.ips[0]!;
    const { status, body } = await get(`/api/entities/ip/${ip}`);
    expect(status).toBe(200);
    const [row] = await demo.db.query<{ n: number }>(
      sql`SELECT count() AS n FROM ${demo.db.table('http_logs')} WHERE src_ip = toIPv6(${ip}) AND time >= now() - INTERVAL 7 DAY`,
    );
    expect(body.stats.total_requests).toBe(row!.n);
    expect(Object.keys(body.related).sort()).toEqual(['asns', 'countries', 'hosts', 'ips', 'ja4s']);
    for (const panel of ['user_agents', 'client_headers', 'paths', 'query_params']) expect(Array.isArray(body[panel])).toBe(true);
    expect(body.paths.every((p: any) => /login|signin|wp-login/.test(p.value))).toBe(true);
    expect(body.paths.reduce((s: number, p: any) => s + p.percentage, 0)).toBeCloseTo(100, 0);
  });

  it('investigates non-entity attributes: a path and its query parameters, a header layout', async () => {
    const { body } = await get('/api/entities/path/wp-login.php');
    expect(new Set(body.related.ips.map((i: any) => i.value))).toEqual(new Set(demo.truth.scenarios.credential_stuffing.ips));
    const { body: qp } = await get('/api/entities/path/wp-login.php/query_params');
    expect(qp.items.map((i: any) => i.value).sort()).toEqual(['next', 'redirect']);
    const layout = encodeURIComponent(body.client_headers[0].value);
    expect((await get(`/api/entities/client_header/${layout}/paths`)).status).toBe(200);
  });

  it('/api/entities/subnet/{subnet} accepts a.b.c.0_24 and lists the network’s IPs', async () => {
    const ip = demo.truth.scenarios.scraper.ips[0]!;
    const subnet = `${ip.split('.').slice(0, 3).join('.')}.0_24`;
    const { body } = await get(`/api/entities/subnet/${subnet}`);
    expect(body.value).toBe(subnet.replace('_', '/'));
    expect(body.related.ips.map((i: any) => i.value)).toContain(ip);
  });

  it('/api/entities/{type}/{value}/user_agents classifies them', async () => {
    const ip = demo.truth.scenarios.scraper.ips[0]!;
    const { body } = await get(`/api/entities/ip/${ip}/user_agents`);
    expect(body.items[0].classification).toBe('script');
  });

  it('rejects unknown entity types with 400 and unseen values with 404', async () => {
    expect((await get('/api/entities/banana/x')).status).toBe(400);
    expect((await get('/api/entities/ip/198.51.100.99')).status).toBe(404);
    expect((await get('/api/entities/path/%25not-a-path%25')).status).toBe(404);
  });
});

describe('attribute and variability routes', () => {
  it('/api/attributes/{type} lists the most frequent values with shares', async () => {
    const { body } = await get('/api/attributes/country?limit=5');
    expect(body.items).toHaveLength(5);
    const counts = body.items.map((i: any) => i.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it('/api/variability/ja4/{botnet} describes the botnet’s detections, with insights', async () => {
    const { body } = await get(`/api/variability/ja4/${demo.truth.botnet.ja4}`);
    const [row] = await demo.db.query<{ n: number }>(
      sql`SELECT count() AS n FROM ${demo.db.table('ml_detected_anomalies')} WHERE ja4 = ${demo.truth.botnet.ja4} AND detected_at >= now() - INTERVAL 7 DAY`,
    );
    expect(body.total_detections).toBe(row!.n);
    expect(body.attributes.countries.length).toBeGreaterThanOrEqual(10);
    const kinds = body.insights.map((i: any) => i.kind);
    expect(kinds).toEqual(expect.arrayContaining(['DISTRIBUTED', 'GEO_SPREAD']));
  });

  it('/api/variability/{type}/{value}/ips, /attributes and /user_agents break the detections down', async () => {
    const ip = Object.keys(demo.truth.ja4Rotation.byIp)[0]!;
    const { body: ips } = await get(`/api/variability/ip/${ip}/ips`);
    expect(ips.items).toEqual([expect.objectContaining({ ip, percentage: 100 })]);
    const { body: attrs } = await get(`/api/variability/ip/${ip}/attributes?target_attr=ja4`);
    expect(attrs.items.length).toBeGreaterThanOrEqual(3);
    const { body: uas } = await get(`/api/variability/ip/${ip}/user_agents`);
    expect(uas.items[0]).toHaveProperty('classification');
    expect((await get(`/api/variability/ip/${ip}/attributes?target_attr=nonsense`)).status).toBe(400);
  });

  it('lists an AS’s IPs by their detections, most first, as ClickHouse counts them', async () => {
    const ml = demo.db.table('ml_detected_anomalies');
    const [top] = await demo.db.query<{ asn: number }>(
      sql`SELECT asn_number AS asn FROM ${ml} WHERE detected_at >= now() - INTERVAL 7 DAY GROUP BY asn ORDER BY uniqExact(src_ip) DESC LIMIT 1`,
    );
    const { body } = await get(`/api/variability/asn/${top!.asn}/ips`);
    const counts = body.items.map((i: any) => i.count);
    expect(counts.length).toBeGreaterThan(1);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    const direct = await demo.db.query<{ ip: string; n: number }>(
      sql`SELECT replaceRegexpOne(toString(src_ip), '^::ffff:', '') AS ip, count() AS n FROM ${ml}
          WHERE asn_number = ${top!.asn} AND detected_at >= toStartOfHour(now() - INTERVAL 7 DAY) GROUP BY ip ORDER BY n DESC, ip LIMIT 1`,
    );
    expect(body.items[0].count).toBe(direct[0]!.n);
  });
});
