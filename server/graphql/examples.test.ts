import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../test/demo-db.js';
import { gql, testApp } from '../test/app.js';
import { exampleTabs } from './examples.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
});

describe('GraphiQL example operations', () => {
  it('run on the demo data without errors and find what they look for', async () => {
    const tabs = exampleTabs(demo.dataDir);
    expect(tabs.map((t) => /query (\w+)/.exec(t.query)?.[1])).toEqual([
      'IpInvestigation',
      'Ja4Pivot',
      'CampaignMap',
      'HostAttackers',
      'MlExport',
      'ExportBotnet',
      'RetroHunt',
      'Alerts',
    ]);
    for (const tab of tabs) {
      const res = await gql<Record<string, unknown>>(app, tab.query, JSON.parse(tab.variables));
      expect(res.errors, tab.query.slice(0, 60)).toBeUndefined();
      expect(Object.values(res.data!)[0], tab.query.slice(0, 60)).not.toBeNull();
    }
  });

  it('exports classified IPs with their features and label (the ML export operation)', async () => {
    const ip = demo.truth.scenarios.credential_stuffing.ips[2]!;
    await gql(app, `mutation($ip: String!) { classify(input: {type: IP, value: $ip, label: MALICIOUS, tags: [CREDENTIAL_STUFFING]}) { id } }`, { ip });
    const tab = exampleTabs(demo.dataDir).find((t) => t.query.includes('MlExport'))!;
    const res = await gql<any>(app, tab.query);
    const row = res.data.mlTrainingSet.examples.find((e: any) => e.address === ip);
    expect(row.label).toBe('malicious');
    expect(row.features.post_ratio).toBeGreaterThan(0.8);
  });
});

describe('search', () => {
  const search = async (query: string) =>
    (await gql<any>(app, `query($q: String!) { search(query: $q, first: 50, window: {preset: LAST_30D}) { type key label match hits } }`, { q: query })).data
      .search;

  it('finds an IP exactly, by prefix and by CIDR', async () => {
    const ip = demo.truth.scenarios.credential_stuffing.ips[0]!;
    expect((await search(ip))[0]).toMatchObject({ type: 'IP', key: ip, match: 'EXACT' });
    const prefix = ip.split('.').slice(0, 2).join('.') + '.';
    const byPrefix = await search(prefix);
    expect(byPrefix.map((r: any) => r.key)).toContain(ip);
    for (const r of byPrefix.filter((x: any) => x.type === 'IP')) expect(r.key.startsWith(prefix)).toBe(true);
    const cidr = `${ip.split('.').slice(0, 3).join('.')}.0/24`;
    const inRange = await search(cidr);
    // a /24 is a subnet: it comes first (Enter opens it), then the addresses inside
    expect(inRange[0]).toMatchObject({ type: 'SUBNET', key: cidr, match: 'EXACT' });
    expect(inRange.map((r: any) => r.key)).toContain(ip);
    const wider = await search(`${ip.split('.').slice(0, 2).join('.')}.0.0/16`);
    expect(wider.every((r: any) => r.type === 'IP' && r.key.startsWith(ip.split('.').slice(0, 2).join('.') + '.'))).toBe(true);
    expect(wider.map((r: any) => r.key)).toContain(ip);
  });

  it('finds a country with traffic by its English name, whole or in part, whatever the case', async () => {
    expect(demo.truth.scenarios.botnet.countries).toEqual(expect.arrayContaining(['FR', 'DE', 'US', 'GB']));
    expect((await search('France'))[0]).toMatchObject({ type: 'COUNTRY', key: 'FR', label: 'France', match: 'EXACT' });
    expect((await search('france'))[0]).toMatchObject({ type: 'COUNTRY', key: 'FR' });
    expect((await search('Germ')).find((r: any) => r.type === 'COUNTRY')).toMatchObject({ key: 'DE', label: 'Germany', match: 'CONTAINS' });
    expect((await search('united')).filter((r: any) => r.type === 'COUNTRY').map((r: any) => r.key)).toEqual(expect.arrayContaining(['US', 'GB']));
  });

  it('finds a JA4 by a section, an AS by number and by name, a country, a host and a campaign', async () => {
    const [a, , c] = demo.truth.botnet.ja4.split('_');
    expect((await search(`${a}_`)).map((r: any) => r.key)).toContain(demo.truth.botnet.ja4);
    expect((await search(c!)).map((r: any) => r.key)).toContain(demo.truth.botnet.ja4);
    expect((await search('AS15169'))[0]).toMatchObject({ type: 'ASN', key: '15169', match: 'EXACT' });
    expect((await search('google llc')).find((r: any) => r.type === 'ASN' && r.key === '15169')?.label).toBe('Google LLC');
    expect((await search('fr')).find((r: any) => r.type === 'COUNTRY')).toMatchObject({ key: 'FR', match: 'EXACT' });
    expect((await search('example-bank')).find((r: any) => r.type === 'HOST')?.key).toBe('portal.example-bank.com');
    expect((await search('NEBULA')).find((r: any) => r.type === 'CAMPAIGN')?.key).toBe(demo.truth.botnet.campaignId);
    const uas = (await search('python-requests')).filter((r: any) => r.type === 'USER_AGENT');
    expect(uas.length).toBeGreaterThan(0);
    for (const u of uas) expect(u.key.toLowerCase()).toContain('python-requests');
  });

  it('ranks exact matches first and returns nothing for gibberish', async () => {
    const results = await search('16276');
    expect(results[0].match).toBe('EXACT');
    expect(await search('zzqqxxyyww')).toEqual([]);
  });
});
