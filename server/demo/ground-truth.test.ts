import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, plainIp, TEST_DEMO, type DemoDb } from '../test/demo-db.js';
import { sql } from '../db/sql.js';
import { buildPopulation } from './population.js';
import { JA4 } from './catalog.js';

let demo: DemoDb;
const ipv6 = (ips: string[]) => sql.typed(ips, 'Array(IPv6)');

beforeAll(async () => {
  demo = await demoDb();
});

describe('demo generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = buildPopulation(TEST_DEMO);
    expect(buildPopulation(TEST_DEMO)).toEqual(a);
    expect(buildPopulation({ ...TEST_DEMO, seed: 7 }).map((x) => x.src_ip)).not.toEqual(a.map((x) => x.src_ip));
  });

  it('writes traffic inside the requested window, ending before now', async () => {
    const [row] = await demo.db.query<{ oldest: number; newest: number; n: number }>(
      sql`SELECT dateDiff('hour', min(time), now()) AS oldest, dateDiff('second', max(time), now64(3)) AS newest, count() AS n
          FROM ${demo.db.table('http_logs')}`,
    );
    expect(row!.n).toBe(demo.truth.rows.http_logs);
    expect(row!.oldest).toBeLessThanOrEqual((TEST_DEMO.days + 1) * 24);
    expect(row!.newest).toBeGreaterThanOrEqual(0);
  });

  it('uses real fingerprints from the FoxIO mapping for browsers and scripts', async () => {
    const rows = await demo.db.query<{ ja4: string }>(sql`SELECT DISTINCT ja4 FROM ${demo.db.table('http_logs')}`);
    const seen = rows.map((r) => r.ja4);
    for (const real of [JA4.chromium, JA4.python, JA4.golang]) expect(seen).toContain(real);
  });
});

describe('ground truth shows in the data', () => {
  it('the botnet JA4 is seen from at least 10 countries and many ASNs, from exactly the botnet IPs', async () => {
    const { botnet } = demo.truth.scenarios;
    const [row] = await demo.db.query<{ countries: number; asns: number; ips: string[] }>(
      sql`SELECT uniqExact(src_country_code) AS countries, uniqExact(src_asn) AS asns, groupUniqArray(toString(src_ip)) AS ips
          FROM ${demo.db.table('http_logs')} WHERE ja4 = ${demo.truth.botnet.ja4}`,
    );
    expect(row!.countries).toBeGreaterThanOrEqual(10);
    expect(row!.asns).toBeGreaterThanOrEqual(10);
    expect(row!.ips.map(plainIp).sort()).toEqual([...botnet.ips].sort());
    const [campaign] = await demo.db.query<{ ips: number }>(
      sql`SELECT uniqExact(src_ip) AS ips FROM ${demo.db.table('ml_detected_anomalies')} WHERE campaign_id = ${demo.truth.botnet.campaignId}`,
    );
    expect(campaign!.ips).toBe(botnet.ips.length);
  });

  it('credential-stuffing IPs send POST bursts on login paths, and the brute-force view finds exactly them', async () => {
    const ips = demo.truth.scenarios.credential_stuffing.ips;
    const bursts = await demo.db.query<{ ip: string; peak: number }>(
      sql`SELECT toString(src_ip) AS ip, max(n) AS peak FROM (
            SELECT src_ip, toStartOfMinute(time) AS minute, count() AS n FROM ${demo.db.table('http_logs')}
            WHERE method = 'POST' AND match(path, 'login|signin') AND src_ip IN ${ipv6(ips)} GROUP BY src_ip, minute)
          GROUP BY src_ip`,
    );
    expect(bursts).toHaveLength(ips.length);
    for (const b of bursts) expect(b.peak, b.ip).toBeGreaterThanOrEqual(20);
    const flagged = await demo.db.query<{ ip: string }>(sql`SELECT DISTINCT toString(src_ip) AS ip FROM ${demo.db.table('view_form_bruteforce_detected')}`);
    expect(flagged.map((r) => plainIp(r.ip)).sort()).toEqual([...ips].sort());
  });

  it('rotating IPs show at least 3 JA4s, all sharing sections a and c', async () => {
    const ips = demo.truth.scenarios.ja4_rotation.ips;
    const rows = await demo.db.query<{ ip: string; ja4s: string[] }>(
      sql`SELECT toString(src_ip) AS ip, groupUniqArray(ja4) AS ja4s FROM ${demo.db.table('http_logs')}
          WHERE src_ip IN ${ipv6(ips)} GROUP BY src_ip`,
    );
    expect(rows).toHaveLength(ips.length);
    for (const r of rows) {
      expect(r.ja4s.length, r.ip).toBeGreaterThanOrEqual(3);
      const sections = r.ja4s.map((j) => j.split('_'));
      expect(new Set(sections.map((s) => `${s[0]}_${s[2]}`)).size).toBe(1);
      expect(new Set(sections.map((s) => s[1])).size).toBe(r.ja4s.length);
    }
  });

  it('TCP-spoofing IPs have TTLs that contradict their User-Agent’s OS; residential humans never do', async () => {
    const { tcp_spoofing, human } = demo.truth.scenarios;
    const flagged = new Set(
      (await demo.db.query<{ ip: string }>(sql`SELECT DISTINCT toString(src_ip) AS ip FROM ${demo.db.table('view_tcp_spoofing_detected')}`)).map((r) =>
        plainIp(r.ip),
      ),
    );
    for (const ip of tcp_spoofing.ips) expect(flagged, ip).toContain(ip);
    for (const ip of human.ips) expect(flagged.has(ip), ip).toBe(false);
  });

  it('headless browsers fetch sub-resources with machine-regular delays, humans do not', async () => {
    const { headless, human } = demo.truth.scenarios;
    const rows = await demo.db.query<{ ip: string; stddev: number }>(
      sql`SELECT toString(src_ip) AS ip, avg(stddev_sub_delay_ms) AS stddev FROM ${demo.db.table('view_resource_cascade_1h')}
          WHERE src_ip IN ${ipv6([...headless.ips, ...human.ips])} AND sub_resource_count >= 10 GROUP BY src_ip`,
    );
    const byIp = new Map(rows.map((r) => [plainIp(r.ip), r.stddev]));
    for (const ip of headless.ips) expect(byIp.get(ip), ip).toBeLessThan(10);
    const humanSpread = human.ips.map((ip) => byIp.get(ip)).filter((v): v is number => v !== undefined);
    expect(humanSpread.length).toBeGreaterThan(10);
    expect(Math.min(...humanSpread)).toBeGreaterThan(50);
  });

  it('persistent threats recur on every day of the window', async () => {
    const ips = demo.truth.scenarios.persistent.ips;
    const rows = await demo.db.query<{ ip: string; recurrence: number }>(
      sql`SELECT toString(src_ip) AS ip, recurrence FROM ${demo.db.table('view_ip_recurrence')} WHERE src_ip IN ${ipv6(ips)}`,
    );
    expect(rows).toHaveLength(ips.length);
    for (const r of rows) expect(r.recurrence, r.ip).toBeGreaterThanOrEqual(TEST_DEMO.days - 1);
  });

  it('UA rotators send many User-Agents from one IP and JA4', async () => {
    const ips = demo.truth.scenarios.ua_rotation.ips;
    const rows = await demo.db.query<{ ip: string; uas: number }>(
      sql`SELECT toString(src_ip) AS ip, max(distinct_ua_count) AS uas FROM ${demo.db.table('view_dashboard_user_agents')}
          WHERE src_ip IN ${ipv6(ips)} GROUP BY src_ip`,
    );
    expect(rows).toHaveLength(ips.length);
    for (const r of rows) expect(r.uas, r.ip).toBeGreaterThanOrEqual(10);
  });

  it('known crawlers come from their own ASNs and are scored KNOWN_BOT, residential humans mostly legitimate', async () => {
    const { crawler, human } = demo.truth.scenarios;
    expect(crawler.asns).toEqual([8075, 15169]);
    const levels = await demo.db.query<{ scenario: string; level: string; n: number }>(
      sql`SELECT if(src_ip IN ${ipv6(crawler.ips)}, 'crawler', 'human') AS scenario, threat_level AS level, count() AS n
          FROM ${demo.db.table('ml_all_scores')} WHERE src_ip IN ${ipv6([...crawler.ips, ...human.ips])} GROUP BY scenario, level`,
    );
    const of = (s: string) => levels.filter((l) => l.scenario === s);
    expect(of('crawler').map((l) => l.level)).toEqual(['KNOWN_BOT']);
    const humans = of('human');
    const total = humans.reduce((s, l) => s + l.n, 0);
    const legit = humans.find((l) => l.level === 'LEGITIMATE_BROWSER')?.n ?? 0;
    expect(legit / total).toBeGreaterThan(0.9);
    expect(humans.some((l) => l.level === 'CRITICAL')).toBe(false);
  });

  it('ML scores agree with the traffic: every scored window’s hits are the requests in that window', async () => {
    const [row] = await demo.db.query<{ mismatches: number; scored: number }>(
      sql`SELECT countIf(s.hits != l.n) AS mismatches, count() AS scored FROM ${demo.db.table('ml_all_scores')} AS s
          INNER JOIN (SELECT toStartOfHour(time) AS w, src_ip, ja4, host, count() AS n FROM ${demo.db.table('http_logs')} GROUP BY ALL) AS l
          ON s.window_start = l.w AND s.src_ip = l.src_ip AND s.ja4 = l.ja4 AND s.host = l.host
          WHERE s.model_name = 'Complet'`,
    );
    expect(row!.scored).toBe(demo.truth.rows.ml_all_scores! / 2);
    expect(row!.mismatches).toBe(0);
  });

  it('fills the aggregates through ClickHouse: agg_host_ip_ja4_1h hits add up to http_logs', async () => {
    const [row] = await demo.db.query<{ agg: number; raw: number }>(
      sql`SELECT (SELECT sum(hits) FROM ${demo.db.table('agg_host_ip_ja4_1h')}) AS agg, (SELECT count() FROM ${demo.db.table('http_logs')}) AS raw`,
    );
    expect(row!.agg).toBe(row!.raw);
  });
});
