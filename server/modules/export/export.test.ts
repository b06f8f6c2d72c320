import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../../test/demo-db.js';
import { testApp } from '../../test/app.js';
import { loadConfig } from '../../config.js';
import { sql } from '../../db/sql.js';
import { CSV_COLUMNS } from './csv.js';
import { sidOf } from './suricata.js';
import { envelope, mispTemplateErrors, ruleErrors, stixValidator } from '../../test/interop.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
let ja4: string;
let ips: string[];
let suspiciousIp: string;

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await app.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const EXPORT = `query($id: ID!, $format: ExportFormat!) { investigation(id: $id) { export(format: $format, ipRules: true) { format filename contentType content counts { kind count } } } }`;

let investigationId: string;
let window: { since: string; until: string };
beforeAll(async () => {
  demo = await demoDb();
  app = testApp(loadConfig({ DATA_DIR: demo.dataDir, LOG_LEVEL: 'silent' }), demo.db);
  ja4 = demo.truth.botnet.ja4;
  ips = demo.truth.scenarios.botnet.ips.slice(0, 12);
  suspiciousIp = ips[1]!;
  const classify = `mutation($input: ClassifyInput!) { classify(input: $input) { id } }`;
  await gql(classify, {
    input: { type: 'JA4', value: ja4, label: 'MALICIOUS', tags: ['BOT_NETWORK', 'DISTRIBUTED_CAMPAIGN'], comment: 'one JA4, many countries', confidence: 0.95 },
  });
  await gql(classify, { input: { type: 'IP', value: suspiciousIp, label: 'SUSPICIOUS', tags: ['RESIDENTIAL_PROXY'], comment: '', confidence: 0.6 } });
  const asn = String(demo.truth.scenarios.botnet.asns[0]);
  const country = demo.truth.scenarios.botnet.countries[0]!;
  const created = await gql(`mutation($input: InvestigationInput!) { createInvestigation(input: $input) { key window { since until } } }`, {
    input: {
      name: 'Botnet "JA4"; export',
      description: 'The botnet behind one JA4',
      entities: [{ type: 'JA4', value: ja4 }, ...ips.map((value) => ({ type: 'IP', value })), { type: 'ASN', value: asn }, { type: 'COUNTRY', value: country }],
      notes: [{ text: '=cmd|calc — looks like one operator' }, { entity: { type: 'JA4', value: ja4 }, text: 'sent to IDS' }],
      canvas: { steps: [], window: 'LAST_7D' },
    },
  });
  investigationId = created.createInvestigation.key;
  window = created.createInvestigation.window;
});

/** The (IP, JA4) pairs of the investigation seen together in its window, computed from the raw table. */
async function ipJa4PairsFromRawTraffic() {
  const rows = await demo.db.query<{ n: number }>(
    sql`SELECT count(DISTINCT src_ip) AS n FROM ${demo.db.table('http_logs')}
        WHERE ja4 = ${ja4} AND src_ip IN ${
          demo.db.table('http_logs') &&
          sql.typed(
            ips.map((i) => `::ffff:${i}`),
            'Array(IPv6)',
          )
        }
          AND time >= ${new Date(window.since)} AND time < ${new Date(window.until)}`,
  );
  return Number(rows[0]!.n);
}

describe('exports of a saved investigation', () => {
  it('STIX 2.1: every object valid against the OASIS schemas, with the report, observables, indicators, JA4 traffic, relationships and notes', async () => {
    const file = (await gql(EXPORT, { id: investigationId, format: 'STIX' })).investigation.export;
    expect(file.contentType).toBe('application/stix+json;version=2.1');
    const bundle = JSON.parse(file.content);
    const validate = stixValidator();
    expect(validate(envelope(bundle))).toBeNull();
    const invalid = bundle.objects.map((o: any) => [o.type, o.id, validate(o)]).filter((x: any) => x[2]);
    expect(invalid).toEqual([]);
    // the validator does reject what breaks the standard
    expect(validate({ ...bundle.objects.find((o: any) => o.type === 'indicator'), pattern: undefined })).toMatch(/pattern/);

    const of = (type: string) => bundle.objects.filter((o: any) => o.type === type);
    expect(of('identity')).toHaveLength(1);
    expect(of('report')).toHaveLength(1);
    expect(
      of('ipv4-addr')
        .map((o: any) => o.value)
        .sort(),
    ).toEqual([...ips].sort());
    expect(of('autonomous-system')[0].number).toBe(demo.truth.scenarios.botnet.asns[0]);
    expect(of('extension-definition')).toHaveLength(1);
    const ja4Indicator = of('indicator').find((o: any) => o.pattern_type === 'suricata');
    expect(ja4Indicator.pattern).toContain(`ja4.hash; content:"${ja4}"`);
    expect(ja4Indicator.labels).toEqual(expect.arrayContaining(['malicious', 'judged-by-analyst', 'bot-network']));
    const ipIndicators = of('indicator').filter((o: any) => o.pattern_type === 'stix');
    expect(ipIndicators.map((o: any) => o.pattern)).toContain(`[ipv4-addr:value = '${suspiciousIp}']`);
    // one network-traffic per IP of the set that presented the JA4 in the window, as the raw table says
    const traffic = of('network-traffic');
    expect(traffic.length).toBe(await ipJa4PairsFromRawTraffic());
    expect(traffic.every((t: any) => Object.values(t.extensions)[0] && (Object.values(t.extensions)[0] as any).ja4 === ja4)).toBe(true);
    const ids = new Set(bundle.objects.map((o: any) => o.id));
    for (const r of of('relationship')) expect(ids.has(r.source_ref) && ids.has(r.target_ref)).toBe(true);
    expect(of('report')[0].object_refs.every((id: string) => ids.has(id))).toBe(true);
    expect(
      of('note')
        .map((n: any) => n.content)
        .sort(),
    ).toEqual(['=cmd|calc — looks like one operator', 'sent to IDS']);
    expect(file.counts.find((c: any) => c.kind === 'ipv4-addr').count).toBe(ips.length);
  });

  it('MISP: an event whose ja4-plus object follows the template and lists the linked IPs, with ip-src attributes and verdict tags', async () => {
    const file = (await gql(EXPORT, { id: investigationId, format: 'MISP' })).investigation.export;
    const { Event } = JSON.parse(file.content);
    expect(Event.Object).toHaveLength(1);
    expect(mispTemplateErrors(Event.Object[0])).toEqual([]);
    const byRelation = (r: string) => Event.Object[0].Attribute.filter((a: any) => a.object_relation === r).map((a: any) => a.value);
    expect(byRelation('ja4-fingerprint')).toEqual([ja4]);
    expect(byRelation('ip-src').length).toBe(await ipJa4PairsFromRawTraffic());
    expect(
      Event.Attribute.filter((a: any) => a.type === 'ip-src')
        .map((a: any) => a.value)
        .sort(),
    ).toEqual([...ips].sort());
    expect(Event.Tag.map((t: any) => t.name)).toEqual(
      expect.arrayContaining(['ja4graph:verdict="malicious"', 'ja4graph:tag="bot-network"', 'ja4graph:verdict="suspicious"']),
    );
    expect(Event.info).toContain('looks like one operator');
    expect(Event.Object[0].comment).toContain('sent to IDS');
  });

  it('Suricata: a ja4.hash rule for the JA4 judged malicious, IP rules on request, every line well-formed, sids stable', async () => {
    const file = (await gql(EXPORT, { id: investigationId, format: 'SURICATA' })).investigation.export;
    const rules = file.content.split('\n').filter((l: string) => l.startsWith('alert '));
    for (const r of rules) expect(ruleErrors(r), r).toEqual([]);
    const ja4Rule = rules.find((r: string) => r.startsWith('alert tls'));
    expect(ja4Rule).toContain(`ja4.hash; content:"${ja4}"; requires: feature ja4; sid:${sidOf('JA4', ja4)}; rev:1;`);
    expect(ja4Rule).toContain('msg:"ja4graph: JA4');
    expect(ja4Rule).toContain('Botnet \\"JA4\\"\\; export'); // quotes and semicolons of the name escaped
    expect(rules.some((r: string) => r.startsWith(`alert ip ${suspiciousIp} `))).toBe(true);
    expect(new Set(rules.map((r: string) => /sid:(\d+)/.exec(r)![1])).size).toBe(rules.length);
    const again = (await gql(EXPORT, { id: investigationId, format: 'SURICATA' })).investigation.export.content;
    expect(again.split('\n').filter((l: string) => l.startsWith('alert '))).toEqual(rules);
  });

  it('CSV: nodes then links under one header row, values matching the graph, formulas defused', async () => {
    const file = (await gql(EXPORT, { id: investigationId, format: 'CSV' })).investigation.export;
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(file.content, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    const nodes = rows.filter((r) => r.record === 'node');
    expect(nodes).toHaveLength(ips.length + 3);
    const among = await gql(`query($refs: [EntityRefInput!]!, $w: TimeWindow) { linksAmong(refs: $refs, window: $w) { links { linkKind weight } } }`, {
      refs: nodes.map((n) => ({ type: n.type, value: n.key })),
      w: window,
    });
    expect(rows.filter((r) => r.record === 'link')).toHaveLength(among.linksAmong.links.length);
    const ja4Row = nodes.find((n) => n.type === 'JA4')!;
    expect(ja4Row).toMatchObject({ verdict: 'malicious', judged_by: 'analyst', tags: 'bot-network;distributed-campaign' });
    const direct = await gql(`query($v: String!, $w: TimeWindow) { entity(type: JA4, value: $v, window: $w) { hits uniqueIps } }`, { v: ja4, w: window });
    expect(Number(ja4Row.hits)).toBe(direct.entity.hits);
    expect(Number(ja4Row.unique_ips)).toBe(direct.entity.uniqueIps);
  });

  it('exports an ad-hoc set of entities without saving it', async () => {
    const data = await gql(`query($e: [EntityRefInput!]!) { exportEntities(entities: $e, format: STIX, name: "ad hoc") { content counts { kind count } } }`, {
      e: [
        { type: 'JA4', value: ja4 },
        { type: 'IP', value: ips[0] },
      ],
    });
    const bundle = JSON.parse(data.exportEntities.content);
    const validate = stixValidator();
    expect(bundle.objects.map((o: any) => validate(o)).filter(Boolean)).toEqual([]);
    expect(bundle.objects.find((o: any) => o.type === 'report').name).toBe('ad hoc');
  });
});
