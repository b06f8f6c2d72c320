import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../db/sql.js';
import { demoDb, type DemoDb } from '../test/demo-db.js';
import { getJson, gql, testApp } from '../test/app.js';

// Every count a route shows for an entity is the graph's own field for the same window (the
// routes' default, the last 7 days, is the entity's default too): one number, one source.

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
const get = async (url: string) => {
  const { status, body } = await getJson(app, url);
  expect(status, url).toBe(200);
  return body;
};

interface Graph {
  hits: number;
  uniqueIps: number;
  detectionCount: number;
  totals: Record<string, number>;
}

async function graph(type: string, value: string): Promise<Graph> {
  const { data, errors } = await gql<{ entity: Omit<Graph, 'totals'> & { neighbors: { type: string; totalCount: number }[] } }>(
    app,
    `query($t: EntityType!, $v: String!) { entity(type: $t, value: $v) { hits uniqueIps detectionCount
       neighbors(types: [IP, JA4, HOST, USER_AGENT, ASN, COUNTRY], first: 1) { type totalCount } } }`,
    { t: type, v: value },
  );
  expect(errors).toBeUndefined();
  const e = data!.entity;
  return { ...e, totals: Object.fromEntries(e.neighbors.map((n) => [n.type, n.totalCount])) };
}

const find = <T extends Record<string, unknown>>(items: T[], key: string, value: string) => {
  const found = items.find((i) => String(i[key]) === value);
  expect(found, `${value} listed`).toBeDefined();
  return found!;
};
const sum = (xs: Record<string, any>[], key: string) => xs.reduce((a, x) => a + Number(x[key]), 0);

/** The stats of the generic entity page and of the top-values list of its attribute. */
async function entityPages(type: string, value: string, g: Graph) {
  const page = await get(`/api/entities/${type}/${encodeURIComponent(value)}`);
  expect(page.stats.total_requests, `${type} page requests`).toBe(g.hits);
  expect(page.stats.unique_ips, `${type} page IPs`).toBe(g.uniqueIps);
  const variability = await get(`/api/variability/${type}/${encodeURIComponent(value)}`);
  expect(variability.total_detections, `${type} variability detections`).toBe(g.detectionCount);
}

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
});

describe('one number, one source', () => {
  it('the botnet JA4: its page, the TLS analyses, the botnet spread and the attribute list agree with JA4 fields', async () => {
    const ja4 = demo.truth.botnet.ja4;
    const g = await graph('JA4', ja4);
    expect(g.uniqueIps).toBe(demo.truth.scenarios.botnet.ips.length);
    expect(g.totals.COUNTRY).toBe(new Set(demo.truth.scenarios.botnet.countries).size);
    expect(g.totals.ASN).toBe(new Set(demo.truth.scenarios.botnet.asns).size);
    await entityPages('ja4', ja4, g);

    const spoof = find((await get('/api/fingerprints/spoofing')).items, 'ja4', ja4);
    expect(spoof.ips, 'spoofing: one IP is one IP, whatever User-Agents it sent').toBe(g.uniqueIps);
    expect(spoof.user_agents).toBe(g.totals.USER_AGENT);
    expect(spoof.hits).toBe(g.hits);

    const cells = (await get('/api/fingerprints/ja4-ua-matrix?limit=500')).cells.filter((c: { ja4: string }) => c.ja4 === ja4);
    expect(sum(cells, 'hits'), 'the matrix splits its requests by claim').toBe(g.hits);
    expect(Math.max(...cells.map((c: { ips: number }) => c.ips))).toBeLessThanOrEqual(g.uniqueIps);

    const corr = find((await get('/api/fingerprints/asn-correlation?limit=500')).items, 'ja4', ja4);
    expect([corr.asn_count, corr.unique_ips, corr.hits]).toEqual([g.totals.ASN, g.uniqueIps, g.hits]);

    const spread = find((await get('/api/botnets/ja4-spread')).items, 'ja4', ja4);
    expect([spread.unique_ips, spread.unique_countries, spread.unique_asns, spread.total_hits]).toEqual([g.uniqueIps, g.totals.COUNTRY, g.totals.ASN, g.hits]);
    const countries = await get(`/api/botnets/ja4/${ja4}/countries`);
    expect(countries.total_hits).toBe(g.hits);
    expect(countries.countries).toHaveLength(g.totals.COUNTRY!);
    expect(sum(countries.countries, 'unique_ips'), 'each IP in one country').toBe(g.uniqueIps);

    const listed = find((await get('/api/attributes/ja4')).items, 'value', ja4);
    expect([listed.hits, listed.unique_ips]).toEqual([g.hits, g.uniqueIps]);
  });

  it('the attacker IP: its page and its analyses agree with IP fields and with the raw rows', async () => {
    const ip = demo.truth.scenarios.credential_stuffing.ips[0]!;
    const g = await graph('IP', ip);
    const [raw] = await demo.db.query<{ hits: number; ja4s: number; uas: number }>(
      sql`SELECT count() AS hits, uniqExact(ja4) AS ja4s, uniqExact(header_user_agent) AS uas FROM ${demo.db.table('http_logs')}
          WHERE src_ip = toIPv6(${ip}) AND time >= now() - INTERVAL 7 DAY`,
    );
    expect([g.hits, g.totals.JA4, g.totals.USER_AGENT]).toEqual([raw!.hits, raw!.ja4s, raw!.uas]);
    await entityPages('ip', ip, g);

    const ja4 = await get(`/api/analysis/${ip}/ja4`);
    expect(ja4.ja4_count).toBe(g.totals.JA4);
    expect(sum(ja4.ja4s, 'hits')).toBe(g.hits);
    const uas = await get(`/api/analysis/${ip}/user-agents`);
    expect(uas.user_agents_count).toBe(g.totals.USER_AGENT);
    expect(sum(uas.user_agents, 'count')).toBe(g.hits);

    const detections = await get(`/api/detections?search=${ip}&limit=500`);
    expect(detections.items.filter((d: { src_ip: string }) => d.src_ip === ip)).toHaveLength(g.detectionCount);
    expect(find((await get(`/api/ip/${ip}`)).detections, 'src_ip', ip)).toBeDefined();
    expect((await get(`/api/ip/${ip}`)).detections).toHaveLength(g.detectionCount);
  });

  it('the largest AS: its page, the attribute list and its country breakdown agree with ASN fields', async () => {
    const [top] = await demo.db.query<{ asn: string }>(
      sql`SELECT toString(src_asn) AS asn FROM ${demo.db.table('http_logs')} WHERE time >= now() - INTERVAL 7 DAY GROUP BY src_asn ORDER BY count() DESC LIMIT 1`,
    );
    const asn = top!.asn;
    const g = await graph('ASN', asn);
    await entityPages('asn', asn, g);
    const listed = find((await get('/api/attributes/asn')).items, 'value', asn);
    expect([listed.hits, listed.unique_ips]).toEqual([g.hits, g.uniqueIps]);

    const [member] = await demo.db.query<{ ip: string }>(
      sql`SELECT replaceRegexpOne(toString(any(src_ip)), '^::ffff:', '') AS ip FROM ${demo.db.table('http_logs')} WHERE src_asn = ${Number(asn)}`,
    );
    const country = await get(`/api/analysis/${member!.ip}/country`);
    expect(String(country.asn_number)).toBe(asn);
    expect(sum(country.asn_countries, 'hits')).toBe(g.hits);
    expect(sum(country.asn_countries, 'unique_ips'), 'each IP in one country').toBe(g.uniqueIps);
    expect(country.asn_countries).toHaveLength(g.totals.COUNTRY!);
  });

  it('a scraper User-Agent: its page and the attribute list agree with USER_AGENT fields', async () => {
    const [top] = await demo.db.query<{ ua: string; hits: number; ips: number }>(
      sql`SELECT header_user_agent AS ua, count() AS hits, uniqExact(src_ip) AS ips FROM ${demo.db.table('http_logs')}
          WHERE src_ip IN ${sql.typed(demo.truth.scenarios.scraper.ips, 'Array(IPv6)')} AND time >= now() - INTERVAL 7 DAY
          GROUP BY ua ORDER BY hits DESC LIMIT 1`,
    );
    const g = await graph('USER_AGENT', top!.ua);
    const [raw] = await demo.db.query<{ hits: number; ips: number }>(
      sql`SELECT count() AS hits, uniqExact(src_ip) AS ips FROM ${demo.db.table('http_logs')}
          WHERE header_user_agent = ${top!.ua} AND time >= now() - INTERVAL 7 DAY`,
    );
    expect([g.hits, g.uniqueIps]).toEqual([raw!.hits, raw!.ips]);
    await entityPages('user_agent', top!.ua, g);
    const listed = find((await get('/api/attributes/user_agent?limit=500')).items, 'value', top!.ua);
    expect([listed.hits, listed.unique_ips]).toEqual([g.hits, g.uniqueIps]);
  });
});
