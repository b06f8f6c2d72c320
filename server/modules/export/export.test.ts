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
let maliciousIp: string;
let userAgents: string[];

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await app.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const EXPORT = `query($id: ID!, $format: ExportFormat!, $policy: ExportIdsPolicy) { investigation(id: $id) {
  export(format: $format, ipRules: true, idsPolicy: $policy) { format filename contentType content counts { kind count } } } }`;

let investigationId: string;
let window: { since: string; until: string };
beforeAll(async () => {
  demo = await demoDb();
  app = testApp(loadConfig({ DATA_DIR: demo.dataDir, LOG_LEVEL: 'silent' }), demo.db);
  ja4 = demo.truth.botnet.ja4;
  // the botnet investigation as an analyst saves it: the JA4, its 96 IPs, the sites they hit, their
  // User-Agents, and the ASes and countries (inside groups on the canvas, saved one by one)
  const botnet = demo.truth.scenarios.botnet;
  ips = botnet.ips;
  [maliciousIp, suspiciousIp] = [ips[0]!, ips[1]!];
  userAgents = (
    await demo.db.query<{ ua: string }>(sql`SELECT DISTINCT header_user_agent AS ua FROM ${demo.db.table('http_logs')} WHERE ja4 = ${ja4} ORDER BY ua`)
  ).map((r) => r.ua);
  const classify = `mutation($input: ClassifyInput!) { classify(input: $input) { id } }`;
  await gql(classify, {
    input: { type: 'JA4', value: ja4, label: 'MALICIOUS', tags: ['BOT_NETWORK', 'DISTRIBUTED_CAMPAIGN'], comment: 'one JA4, many countries', confidence: 0.95 },
  });
  await gql(classify, { input: { type: 'IP', value: maliciousIp, label: 'MALICIOUS', tags: ['BOT_NETWORK'], comment: '', confidence: 0.9 } });
  await gql(classify, { input: { type: 'IP', value: suspiciousIp, label: 'SUSPICIOUS', tags: ['RESIDENTIAL_PROXY'], comment: '', confidence: 0.6 } });
  const created = await gql(`mutation($input: InvestigationInput!) { createInvestigation(input: $input) { key window { since until } } }`, {
    input: {
      name: 'Botnet "JA4"; export',
      description: 'The botnet behind one JA4',
      entities: [
        { type: 'JA4', value: ja4 },
        ...ips.map((value) => ({ type: 'IP', value })),
        ...botnet.hosts.map((value) => ({ type: 'HOST', value })),
        ...userAgents.map((value) => ({ type: 'USER_AGENT', value })),
        ...botnet.asns.map((value) => ({ type: 'ASN', value: String(value) })),
        ...botnet.countries.map((value) => ({ type: 'COUNTRY', value })),
      ],
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
        WHERE ja4 = ${ja4} AND src_ip IN ${sql.typed(ips, 'Array(IPv6)')}
          AND time >= ${new Date(window.since)} AND time < ${new Date(window.until)}`,
  );
  return Number(rows[0]!.n);
}

/** The investigation's IPs the detector rated CRITICAL or HIGH in its window that no analyst classified, from the raw detections. */
async function detectorOnlyIps() {
  const rows = await demo.db.query<{ ip: string }>(
    sql`SELECT DISTINCT replaceRegexpOne(toString(src_ip), '^::ffff:', '') AS ip FROM ${demo.db.table('ml_detected_anomalies')}
        WHERE src_ip IN ${sql.typed(ips, 'Array(IPv6)')} AND threat_level IN ('CRITICAL', 'HIGH')
          AND detected_at >= ${new Date(window.since)} AND detected_at < ${new Date(window.until)}`,
  );
  return rows.map((r) => r.ip).filter((ip) => ip !== maliciousIp && ip !== suspiciousIp);
}

const exportOf = async (format: string, policy?: string) => (await gql(EXPORT, { id: investigationId, format, policy })).investigation.export;
const sorted = (xs: string[]) => [...xs].sort();

describe('exports of a saved investigation', () => {
  it('STIX 2.1: every object valid against the OASIS schemas, with the report, observables, indicators, JA4 traffic, relationships and notes', async () => {
    const file = await exportOf('STIX');
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
    expect(sorted(of('ipv4-addr').map((o: any) => o.value))).toEqual(sorted(ips));
    expect(of('extension-definition')).toHaveLength(1);
    // one network-traffic per IP of the set that presented the JA4 in the window, as the raw table says
    const traffic = of('network-traffic');
    expect(traffic.length).toBe(await ipJa4PairsFromRawTraffic());
    expect(traffic.every((t: any) => Object.values(t.extensions)[0] && (Object.values(t.extensions)[0] as any).ja4 === ja4)).toBe(true);
    const ids = new Set(bundle.objects.map((o: any) => o.id));
    for (const r of of('relationship')) expect(ids.has(r.source_ref) && ids.has(r.target_ref)).toBe(true);
    expect(of('report')[0].object_refs.every((id: string) => ids.has(id))).toBe(true);
    expect(sorted(of('note').map((n: any) => n.content))).toEqual(['=cmd|calc — looks like one operator', 'sent to IDS']);
    expect(file.counts.find((c: any) => c.kind === 'ipv4-addr').count).toBe(ips.length);
  });

  it('STIX: the ASes and countries of the groups are there, as context; indicators only where the policy says, and the report says which', async () => {
    const bundle = JSON.parse((await exportOf('STIX')).content);
    const of = (type: string) => bundle.objects.filter((o: any) => o.type === type);
    const botnet = demo.truth.scenarios.botnet;
    expect(sorted(of('autonomous-system').map((o: any) => String(o.number)))).toEqual(sorted(botnet.asns.map(String)));
    expect(sorted(of('location').map((o: any) => o.country))).toEqual(sorted(botnet.countries));
    expect(sorted(of('domain-name').map((o: any) => o.value))).toEqual(sorted(botnet.hosts));
    // the analyst's MALICIOUS JA4 and IP; not the SUSPICIOUS IP, not the IPs only the detector judged, not a User-Agent
    const indicators = of('indicator');
    expect(indicators).toHaveLength(2);
    const ja4Indicator = indicators.find((o: any) => o.pattern_type === 'suricata');
    expect(ja4Indicator.pattern).toContain(`ja4.hash; content:"${ja4}"`);
    expect(ja4Indicator.labels).toEqual(expect.arrayContaining(['malicious', 'judged-by-analyst', 'bot-network']));
    expect(indicators.find((o: any) => o.pattern_type === 'stix').pattern).toBe(`[ipv4-addr:value = '${maliciousIp}']`);
    const report = of('report')[0];
    expect(report.labels).toContain('ids-policy-analyst');
    expect(report.description).toContain('Policy: IDS indicators only for what an analyst classified MALICIOUS');
    for (const ua of userAgents) expect(report.description).toContain(ua);

    const detector = JSON.parse((await exportOf('STIX', 'ANALYST_AND_DETECTOR')).content);
    const detectorIps = await detectorOnlyIps();
    expect(detectorIps.length).toBeGreaterThan(50);
    const patterns = detector.objects.filter((o: any) => o.type === 'indicator' && o.pattern_type === 'stix').map((o: any) => o.pattern);
    expect(sorted(patterns)).toEqual(sorted([maliciousIp, ...detectorIps].map((ip) => `[ipv4-addr:value = '${ip}']`)));
    expect(detector.objects.find((o: any) => o.type === 'report').labels).toContain('ids-policy-analyst-and-detector');
  });

  it('MISP: an event whose ja4-plus object follows the template and lists the linked IPs, with ip-src attributes and verdict tags', async () => {
    const { Event } = JSON.parse((await exportOf('MISP')).content);
    expect(Event.Object).toHaveLength(1);
    expect(mispTemplateErrors(Event.Object[0])).toEqual([]);
    const byRelation = (r: string) => Event.Object[0].Attribute.filter((a: any) => a.object_relation === r);
    expect(byRelation('ja4-fingerprint').map((a: any) => [a.value, a.to_ids])).toEqual([[ja4, true]]);
    expect(byRelation('ip-src').length).toBe(await ipJa4PairsFromRawTraffic());
    expect(sorted(Event.Attribute.filter((a: any) => a.type === 'ip-src').map((a: any) => a.value))).toEqual(sorted(ips));
    expect(Event.Tag.map((t: any) => t.name)).toEqual(
      expect.arrayContaining(['ja4graph:verdict="malicious"', 'ja4graph:tag="bot-network"', 'ja4graph:verdict="suspicious"', 'ja4graph:ids-policy="analyst"']),
    );
    expect(Event.Object[0].comment).toContain('sent to IDS');
  });

  it('MISP: to_ids only from the analyst (or the detector when asked), hosts and User-Agents never judged by the detector, fields apart', async () => {
    const { Event } = JSON.parse((await exportOf('MISP')).content);
    const attributes = (type: string) => Event.Attribute.filter((a: any) => a.type === type);
    expect(
      attributes('ip-src')
        .filter((a: any) => a.to_ids)
        .map((a: any) => a.value),
    ).toEqual([maliciousIp]);
    const verdictTag = (a: any) => (a.Tag ?? []).some((t: any) => t.name.startsWith('ja4graph:verdict='));
    expect(sorted(attributes('hostname').map((a: any) => a.value))).toEqual(sorted(demo.truth.scenarios.botnet.hosts));
    for (const a of [...attributes('hostname'), ...attributes('user-agent'), ...attributes('AS')]) {
      expect(a.to_ids, a.value).toBe(false);
      expect(verdictTag(a), a.value).toBe(false);
      expect(a.comment, a.value).not.toMatch(/malicious|suspicious/);
    }
    expect(sorted(attributes('user-agent').map((a: any) => a.value))).toEqual(sorted(userAgents));
    expect(attributes('AS')).toHaveLength(demo.truth.scenarios.botnet.asns.length);
    expect(Event.info).toBe('Botnet "JA4"; export');
    expect(attributes('text').map((a: any) => [a.value, a.comment])).toEqual([['The botnet behind one JA4', 'investigation description']]);
    expect(attributes('comment').map((a: any) => a.value)).toEqual(['=cmd|calc — looks like one operator']);
    expect(Event.EventReport[0].content).toContain('only for what an analyst classified MALICIOUS');

    const detector = JSON.parse((await exportOf('MISP', 'ANALYST_AND_DETECTOR')).content).Event;
    const flagged = detector.Attribute.filter((a: any) => a.type === 'ip-src' && a.to_ids).map((a: any) => a.value);
    expect(sorted(flagged)).toEqual(sorted([maliciousIp, ...(await detectorOnlyIps())]));
    expect(detector.Tag.map((t: any) => t.name)).toContain('ja4graph:ids-policy="analyst_and_detector"');
  });

  it('Suricata: a ja4.hash rule for the JA4 judged malicious, IP rules on request, every line well-formed, sids stable, the policy stated', async () => {
    const file = await exportOf('SURICATA');
    expect(file.content).toContain('# policy: IDS indicators only for what an analyst classified MALICIOUS');
    const rules = file.content.split('\n').filter((l: string) => l.startsWith('alert '));
    for (const r of rules) expect(ruleErrors(r), r).toEqual([]);
    const ja4Rule = rules.find((r: string) => r.startsWith('alert tls'));
    expect(ja4Rule).toContain(`ja4.hash; content:"${ja4}"; requires: feature ja4; sid:${sidOf('JA4', ja4)}; rev:1;`);
    expect(ja4Rule).toContain('msg:"ja4graph: JA4');
    expect(ja4Rule).toContain('Botnet \\"JA4\\"\\; export'); // quotes and semicolons of the name escaped
    expect(rules.filter((r: string) => r.startsWith('alert ip ')).map((r: string) => r.split(' ')[2])).toEqual([maliciousIp]);
    expect(new Set(rules.map((r: string) => /sid:(\d+)/.exec(r)![1])).size).toBe(rules.length);
    const again = (await exportOf('SURICATA')).content;
    expect(again.split('\n').filter((l: string) => l.startsWith('alert '))).toEqual(rules);
    const detector = (await exportOf('SURICATA', 'ANALYST_AND_DETECTOR')).content.split('\n').filter((l: string) => l.startsWith('alert ip '));
    expect(sorted(detector.map((r: string) => r.split(' ')[2]))).toEqual(sorted([maliciousIp, ...(await detectorOnlyIps())]));
  });

  it('CSV: nodes then links under one header row, values matching the graph, formulas defused', async () => {
    const file = await exportOf('CSV');
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(file.content, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    const nodes = rows.filter((r) => r.record === 'node');
    const botnet = demo.truth.scenarios.botnet;
    expect(nodes).toHaveLength(1 + ips.length + botnet.hosts.length + userAgents.length + botnet.asns.length + botnet.countries.length);
    const among = await gql(`query($refs: [EntityRefInput!]!, $w: TimeWindow) { linksAmong(refs: $refs, window: $w) { links { linkKind weight } } }`, {
      refs: nodes.map((n) => ({ type: n.type, value: n.key })),
      w: window,
    });
    expect(rows.filter((r) => r.record === 'link')).toHaveLength(among.linksAmong.links.length);
    const ja4Row = nodes.find((n) => n.type === 'JA4')!;
    expect(ja4Row).toMatchObject({
      verdict: 'malicious',
      judged_by: 'analyst',
      tags: 'bot-network;distributed-campaign',
      to_ids: 'true',
      ids_policy: 'ANALYST',
    });
    for (const n of nodes.filter((x) => ['HOST', 'ASN', 'COUNTRY', 'USER_AGENT'].includes(x.type!)))
      expect([n.verdict, n.to_ids], n.key).toEqual(['', 'false']);
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

describe('round trip: hunting an export gives back its entities', () => {
  const huntable = () => {
    const botnet = demo.truth.scenarios.botnet;
    return sorted([
      `JA4 ${ja4}`,
      ...ips.map((ip) => `IP ${ip}`),
      ...botnet.hosts.map((h) => `HOST ${h.replace(/:\d+$/, '')}`),
      ...userAgents.map((ua) => `USER_AGENT ${ua}`),
      ...botnet.asns.map((a) => `ASN ${a}`),
    ]);
  };
  // the file as downloaded, uploaded as is (most are larger than a GraphQL request's body may be)
  const hunted = async (file: { content: string; contentType: string }) => {
    const res = await app.request(`/api/hunt?since=${encodeURIComponent(window.since)}&until=${encodeURIComponent(window.until)}`, {
      method: 'POST',
      headers: { 'content-type': file.contentType },
      body: file.content,
    });
    const h = await res.json();
    expect(res.status, JSON.stringify(h).slice(0, 300)).toBe(200);
    const found = sorted(h.matches.map((m: any) => `${m.kind.toUpperCase()} ${m.value}`));
    return { format: h.format.toUpperCase(), found, unseen: h.matches.filter((m: any) => !m.seen), total: h.total };
  };

  for (const format of ['STIX', 'MISP', 'CSV'] as const) {
    it(`${format}: every IP, JA4, host, User-Agent and AS of the investigation, each seen in its window`, async () => {
      const { format: read, found, unseen } = await hunted(await exportOf(format));
      expect(read).toBe(format);
      expect(found).toEqual(huntable());
      expect(unseen).toEqual([]);
    });
  }

  it('Suricata: the rules’ JA4 and IPs, the indicators the policy sent', async () => {
    const { format, found } = await hunted(await exportOf('SURICATA'));
    expect(format).toBe('SURICATA');
    expect(found).toEqual(sorted([`JA4 ${ja4}`, `IP ${maliciousIp}`]));
    const detector = await hunted(await exportOf('SURICATA', 'ANALYST_AND_DETECTOR'));
    expect(detector.found).toEqual(sorted([`JA4 ${ja4}`, ...[maliciousIp, ...(await detectorOnlyIps())].map((ip) => `IP ${ip}`)]));
  });
});
