import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../../test/demo-db.js';
import { bulkConfig, gql, testApp } from '../../test/app.js';
import { confidenceOf, riskFactors, riskScore, WEIGHTS } from './risk.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(bulkConfig(demo.config), demo.db);
});

/** Risk of many IPs in one request (aliases): the loaders batch them into a few queries. */
async function risks(ips: string[]) {
  const query = `{ ${ips.map((ip, i) => `a${i}: ip(address: "${ip}", window: {preset: LAST_30D}) { investigation { riskScore recommendation { label confidence suggestedTags } } }`).join(' ')} }`;
  const res = await gql<Record<string, any>>(app, query);
  expect(res.errors).toBeUndefined();
  return ips.map((ip, i) => ({ ip, ...res.data![`a${i}`]?.investigation }));
}

/** Probability that a random malicious IP outranks a random human (ties count half): the ROC AUC. */
function auc(pos: number[], neg: number[]) {
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

describe('risk score', () => {
  it('weights sum to 100 and a signal-free row scores 0', () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    const none = {
      ip: 'x',
      max_score: 0,
      worst_level: '',
      known_bot: 0,
      login_posts: 0,
      ja4s: 1,
      user_agents: 1,
      pairs: [],
      campaigns: 0,
      tcp_reason: '',
      days: 0,
      asn_label: 'isp',
    };
    expect(riskScore(riskFactors(none))).toBe(0);
  });

  it('ranks botnet, brute-force and spoofing IPs above residential humans: ROC AUC ≥ 0.9', async () => {
    const s = demo.truth.scenarios;
    const malicious = [...s.botnet.ips, ...s.credential_stuffing.ips, ...s.tcp_spoofing.ips];
    const humans = s.human.ips;
    const scored = await risks([...malicious, ...humans]);
    const score = new Map(scored.map((r) => [r.ip, r.riskScore as number]));
    const value = auc(
      malicious.map((ip) => score.get(ip)!),
      humans.map((ip) => score.get(ip)!),
    );
    console.log(`risk score ROC AUC (botnet + credential stuffing + TCP spoofing vs residential humans): ${value.toFixed(4)}`);
    expect(value).toBeGreaterThanOrEqual(0.9);
  });
});

describe('recommendation', () => {
  it('labels the credential stuffers malicious, with brute-force tags', async () => {
    for (const r of await risks(demo.truth.scenarios.credential_stuffing.ips)) {
      expect(r.recommendation.label, r.ip).toBe('malicious');
      expect(r.recommendation.suggestedTags).toContain('credential-stuffing');
      expect(r.recommendation.confidence).toBeGreaterThan(0.5);
    }
  });

  it('labels the known crawlers legitimate', async () => {
    for (const r of await risks(demo.truth.scenarios.crawler.ips)) {
      expect(r.recommendation.label, r.ip).toBe('legitimate');
      expect(r.recommendation.suggestedTags).toEqual(['known-crawler']);
    }
  });

  it('labels most residential humans legitimate', async () => {
    const recs = await risks(demo.truth.scenarios.human.ips);
    const legit = recs.filter((r) => r.recommendation.label === 'legitimate').length;
    expect(legit / recs.length).toBeGreaterThan(0.9);
  });

  it('is as confident as its evidence: a malicious call at risk r is r/100 sure, never certain, least sure at a threshold', async () => {
    const all = [
      ...demo.truth.scenarios.credential_stuffing.ips,
      ...demo.truth.scenarios.botnet.ips.slice(0, 20),
      ...demo.truth.scenarios.human.ips.slice(0, 20),
    ];
    for (const r of await risks(all)) {
      const c = r.recommendation.confidence;
      expect(c, r.ip).toBeLessThanOrEqual(0.95);
      if (r.recommendation.label === 'malicious') expect(c, r.ip).toBe(Math.min(0.95, Math.round(r.riskScore) / 100));
    }
    expect([confidenceOf('malicious', 73), confidenceOf('malicious', 100), confidenceOf('legitimate', 0), confidenceOf('legitimate', 24)]).toEqual([
      0.73, 0.95, 0.95, 0.52,
    ]);
    expect([confidenceOf('suspicious', 25), confidenceOf('suspicious', 37), confidenceOf('suspicious', 49)]).toEqual([0.5, 0.74, 0.52]);
  });

  it('explains itself: indicators, and a breakdown whose points sum to the score', async () => {
    const ip = demo.truth.scenarios.botnet.ips[0]!;
    const res = await gql<any>(
      app,
      `query($ip: IPAddress!) { ip(address: $ip, window: {preset: LAST_30D}) { investigation { riskScore factors { points } recommendation { reason indicators { ja4SharedIps userAgentsCount } } } } }`,
      { ip },
    );
    const inv = res.data.ip.investigation;
    expect(Math.abs(inv.factors.reduce((s: number, f: any) => s + f.points, 0) - inv.riskScore)).toBeLessThanOrEqual(1);
    expect(inv.recommendation.indicators.ja4SharedIps).toBe(demo.truth.scenarios.botnet.ips.length - 1);
    expect(inv.recommendation.reason).toMatch(/^Risk \d+\/100 → \w+: /);
  });
});

describe('JA4 population', () => {
  const population = async (ja4: string) =>
    (
      await gql<any>(
        app,
        `query($j: String!) { ja4(fingerprint: $j, window: {preset: LAST_30D}) { population { ips asns countries lyingShare scriptShare concentration } } }`,
        { j: ja4 },
      )
    ).data.ja4.population;

  it('calls the botnet fingerprint a distributed botnet and the Chromium one a common client', async () => {
    const botnet = await population(demo.truth.botnet.ja4);
    expect(botnet).toMatchObject({ ips: demo.truth.scenarios.botnet.ips.length, concentration: 'DISTRIBUTED_BOTNET' });
    expect(botnet.lyingShare).toBe(1);
    const chromium = await population('t13d1516h2_8daaf6152771_02713d6af862');
    expect(chromium.concentration).toBe('COMMON_CLIENT');
    expect(chromium.lyingShare).toBeLessThan(0.1);
  });

  it('calls a rotator’s private fingerprint concentrated', async () => {
    const [, ja4s] = Object.entries(demo.truth.ja4Rotation.byIp)[0]!;
    const sibling = ja4s.find((j) => !j.includes('8daaf6152771'))!;
    expect((await population(sibling)).concentration).toMatch(/CONCENTRATED|SINGLE_SOURCE/);
  });
});

describe('riskiest now', () => {
  const RISKIEST = `query($sort: RiskRankingSort, $direction: SortDirection) { riskiestIps(window: {preset: LAST_7D}, first: 500, sort: $sort, direction: $direction) {
    candidates items { ip { address } riskScore riskLevel detections maxScore verdict } } }`;

  it('ranks IPs by the same risk score their page shows, attackers before humans, with the analyst’s verdict beside each', async () => {
    const attacker = demo.truth.scenarios.credential_stuffing.ips[0]!;
    await gql(app, `mutation($v: String!) { classify(input: {type: IP, value: $v, label: MALICIOUS, tags: [], comment: "", confidence: 0.9}) { id } }`, {
      v: attacker,
    });
    const { data, errors } = await gql<any>(app, RISKIEST);
    expect(errors).toBeUndefined();
    const items = data.riskiestIps.items as { ip: { address: string }; riskScore: number; verdict: string | null; detections: number }[];
    expect(items.length).toBeGreaterThan(20);
    for (let i = 1; i < items.length; i++) expect(items[i - 1]!.riskScore).toBeGreaterThanOrEqual(items[i]!.riskScore);
    const page = await gql<any>(app, `query($ip: IPAddress!) { ip(address: $ip, window: {preset: LAST_7D}) { investigation { riskScore } } }`, {
      ip: items[0]!.ip.address,
    });
    expect(page.data.ip.investigation.riskScore).toBe(items[0]!.riskScore);
    expect(items.find((r) => r.ip.address === attacker)?.verdict).toBe('MALICIOUS');
    const rankOf = (ips: string[]) => items.findIndex((r) => ips.includes(r.ip.address));
    const humans = demo.truth.scenarios.human.ips;
    const firstHuman = rankOf(humans);
    if (firstHuman >= 0) expect(rankOf(demo.truth.scenarios.credential_stuffing.ips)).toBeLessThan(firstHuman);
  });

  it('sorts on every column, both ways', async () => {
    for (const [sort, pick] of [
      ['DETECTIONS', (r: any) => r.detections],
      ['MAX_SCORE', (r: any) => r.maxScore],
      ['IP', (r: any) => r.ip.address],
      ['VERDICT', (r: any) => ({ MALICIOUS: 3, SUSPICIOUS: 2, LEGITIMATE: 1 })[r.verdict as 'MALICIOUS'] ?? 0],
    ] as const) {
      for (const direction of ['ASC', 'DESC']) {
        const items = (await gql<any>(app, RISKIEST, { sort, direction })).data.riskiestIps.items;
        const values = items.map(pick);
        const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(values, `${sort} ${direction}`).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
      }
    }
  });
});
