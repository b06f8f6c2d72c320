import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../../test/demo-db.js';
import { gql, testApp } from '../../test/app.js';
import { BOTNET_RULE } from './botnet.refs.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
});

describe('the botnet rule, in the schema', () => {
  it('marks the demo botnet JA4 a suspected botnet with its evidence, and no fingerprint that breaks the rule', async () => {
    const res = await gql<any>(app, `{ ja4Spread(first: 100) { ja4 { fingerprint } countries asns uniqueIps flaggedShare suspectedBotnet botnetEvidence } }`);
    const rows = res.data!.ja4Spread as any[];
    const botnet = rows.find((r) => r.ja4.fingerprint === demo.truth.botnet.ja4);
    expect(botnet).toMatchObject({ suspectedBotnet: true });
    expect(botnet.botnetEvidence[0]).toBe(`${botnet.countries} countries (a botnet: ${BOTNET_RULE.minCountries} or more)`);
    for (const r of rows)
      expect(r.suspectedBotnet).toBe(r.countries >= BOTNET_RULE.minCountries && r.asns >= BOTNET_RULE.minAsns && r.flaggedShare >= BOTNET_RULE.minShare);
    const suspects = await gql<any>(app, `{ ja4Spread(first: 100, suspectedOnly: true) { ja4 { fingerprint } } }`);
    expect(suspects.data!.ja4Spread.map((r: any) => r.ja4.fingerprint)).toEqual(rows.filter((r) => r.suspectedBotnet).map((r) => r.ja4.fingerprint));
  });

  it('tells the same verdict on the JA4 itself, read by key: the botnet JA4 yes, the fingerprints the spread ranking clears no', async () => {
    // a window of whole hours, so the ranking (raw aggregates) and the JA4 (graph layer) cover the same traffic
    const until = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
    const window = { since: new Date(until.getTime() - 7 * 86_400_000).toISOString(), until: until.toISOString() };
    const res = await gql<any>(
      app,
      `query($w: TimeWindow) { ja4Spread(first: 30, window: $w) { countries suspectedBotnet botnetEvidence ja4 { fingerprint suspectedBotnet botnetEvidence } } }`,
      { w: window },
    );
    const rows = res.data!.ja4Spread as any[];
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      expect(r.ja4.suspectedBotnet).toBe(r.suspectedBotnet);
      expect(r.ja4.botnetEvidence).toEqual(r.botnetEvidence);
    }
    expect(rows.find((r) => r.ja4.fingerprint === demo.truth.botnet.ja4)?.ja4.suspectedBotnet).toBe(true);
    expect(rows.some((r) => !r.ja4.suspectedBotnet)).toBe(true);
    // 30 fingerprints' verdicts: the ranking, then one read each of degrees, activity and flagged shares
    expect((res.extensions as any).clickhouse.queries).toBeLessThanOrEqual(4);
  });

  it('bands the risk score and says which factors are present, as the legacy summary reads them', async () => {
    const ip = demo.truth.scenarios.credential_stuffing.ips[0]!;
    const res = await gql<any>(app, `query($ip: IPAddress!) { ip(address: $ip) { investigation { riskScore riskLevel factors { factor value present } } } }`, {
      ip,
    });
    const inv = res.data!.ip.investigation;
    expect(inv.riskLevel).toBe(inv.riskScore >= 50 ? 'MALICIOUS' : inv.riskScore >= 25 ? 'SUSPICIOUS' : 'LOW');
    const brute = inv.factors.find((f: any) => f.factor === 'BRUTE_FORCE');
    expect(brute.present).toBe(brute.value >= 1);
    expect(brute.present).toBe(true);
  });
});
