import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { demoDb, type DemoDb } from '../test/demo-db.js';
import { testApp } from '../test/app.js';
import { loadConfig } from '../config.js';
import { sql } from '../db/sql.js';
import { envelope, mispTemplateErrors, ruleErrors, stixValidator } from '../test/interop.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
const ALICE = 'alice-token-0123456789ab';
const VERA = 'vera-token-0123456789abc';

async function call(method: string, url: string, body?: unknown, token = ALICE) {
  const res = await app.request(url, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* a file */
  }
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition') ?? '',
    text,
    json,
    requestId: res.headers.get('x-request-id')!,
  };
}

let ip: string;
let ja4: string;
beforeAll(async () => {
  demo = await demoDb();
  app = testApp(
    loadConfig({ DATA_DIR: demo.dataDir, LOG_LEVEL: 'silent', AUTH_MODE: 'token', API_TOKENS: `${ALICE}:alice:analyst,${VERA}:vera:viewer` }),
    demo.db,
  );
  ja4 = demo.truth.botnet.ja4;
  ip = demo.truth.scenarios.botnet.ips[0]!;
  // the analyst's verdict on the JA4, as the exports carry it
  await call('POST', '/api/analysis/classifications', { entity_type: 'ja4', entity_value: ja4, label: 'malicious', tags: ['bot-network'] });
});

const example = () => ({
  name: 'Botnet JA4',
  description: 'One fingerprint, many countries',
  entities: [
    { type: 'ip', value: ip },
    { type: 'ja4', value: ja4 },
  ],
  notes: [{ entity: { type: 'ja4', value: ja4 }, text: 'Shared by 80+ IPs across 14 countries' }, { text: 'Send to the IDS' }],
});

describe('REST /api/investigations', () => {
  it('POST the example body answers 201 with an id; GET has its entities and notes; the four exports pass their validators', async () => {
    const created = await call('POST', '/api/investigations', example());
    expect(created.status).toBe(201);
    expect(created.json.id).toMatch(/^[0-9a-f-]{36}$/);
    const id = created.json.id;

    const got = await call('GET', `/api/investigations/${id}`);
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject({ id, name: 'Botnet JA4', owner: 'alice', visibility: 'private', entity_count: 2 });
    expect(got.json.entities).toEqual([
      { type: 'ip', value: ip },
      { type: 'ja4', value: ja4 },
    ]);
    expect(got.json.notes.map((n: any) => [n.text, n.entity])).toEqual([
      ['Shared by 80+ IPs across 14 countries', { type: 'ja4', value: ja4 }],
      ['Send to the IDS', null],
    ]);
    expect((await call('GET', '/api/investigations')).json.items.map((i: any) => i.id)).toContain(id);

    const stix = await call('GET', `/api/investigations/${id}/export?format=stix`);
    expect(stix.status).toBe(200);
    expect(stix.type).toContain('application/stix+json');
    expect(stix.disposition).toMatch(/^attachment; filename="ja4graph-botnet-ja4\.stix\.json"$/);
    const validate = stixValidator();
    expect(validate(envelope(stix.json))).toBeNull();
    expect(stix.json.objects.map((o: any) => validate(o)).filter(Boolean)).toEqual([]);
    expect(stix.json.objects.filter((o: any) => o.type === 'note')).toHaveLength(2);

    const misp = await call('GET', `/api/investigations/${id}/export?format=misp`);
    expect(misp.json.Event.Object.map(mispTemplateErrors)).toEqual([[]]);
    expect(misp.json.Event.Object[0].Attribute.find((a: any) => a.object_relation === 'ip-src').value).toBe(ip);

    const rules = await call('GET', `/api/investigations/${id}/export?format=suricata`);
    expect(rules.type).toContain('text/plain');
    const lines = rules.text.split('\n').filter((l) => l.startsWith('alert '));
    expect(lines).toHaveLength(1);
    expect(ruleErrors(lines[0]!)).toEqual([]);
    expect(lines[0]).toContain(`content:"${ja4}"`);
    const detector = await call('GET', `/api/investigations/${id}/export?format=suricata&ids_policy=analyst_and_detector`);
    expect(detector.text).toContain('# policy: IDS indicators for what an analyst classified MALICIOUS, and for IPs the detector rated CRITICAL or HIGH');

    const csv = await call('GET', `/api/investigations/${id}/export?format=csv`);
    expect(csv.type).toContain('text/csv');
    const rows = parseCsv(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.record === 'node').map((r) => `${r.type}:${r.key}`)).toEqual([`IP:${ip}`, `JA4:${ja4}`]);
    expect(rows.filter((r) => r.record === 'link').map((r) => r.link_kind)).toEqual(['IP_JA4']);
  });

  it('PUT renames, refuses a stale version with 409, DELETE hides it (404 after), each write audited', async () => {
    const { json } = await call('POST', '/api/investigations', example());
    const renamed = await call('PUT', `/api/investigations/${json.id}`, { name: 'Renamed', visibility: 'team', version: json.version });
    expect(renamed.status).toBe(200);
    expect(renamed.json).toMatchObject({ name: 'Renamed', visibility: 'team' });
    const stale = await call('PUT', `/api/investigations/${json.id}`, { name: 'Late', version: json.version });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('CONFLICT');
    const deleted = await call('DELETE', `/api/investigations/${json.id}`);
    expect(deleted.json).toEqual({ id: json.id, deleted: true });
    expect((await call('GET', `/api/investigations/${json.id}`)).status).toBe(404);
    const audit = await demo.db.query<{ action: string; outcome: string }>(
      sql`SELECT toString(action) AS action, toString(outcome) AS outcome FROM ${demo.db.table('audit_logs')} WHERE target = ${json.id} ORDER BY ts`,
    );
    expect(audit).toEqual([
      { action: 'create_investigation', outcome: 'success' },
      { action: 'update_investigation', outcome: 'success' },
      { action: 'update_investigation', outcome: 'invalid' },
      { action: 'delete_investigation', outcome: 'success' },
    ]);
  });

  it('POST /api/export exports an ad-hoc set in the format asked', async () => {
    const res = await call('POST', '/api/export?format=misp', {
      entities: [
        { type: 'ja4', value: ja4 },
        { type: 'ip', value: ip },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.json.Event.Object.map(mispTemplateErrors)).toEqual([[]]);
    const csv = await call('POST', '/api/export?format=csv', { entities: [{ type: 'ja4', value: ja4 }] });
    expect(csv.text.split('\r\n')[0]).toMatch(/^record,type,key,/);
  });

  it('answers bad input with 400 {error}, a viewer with 403, and never a 500', async () => {
    const cases: [string, string, unknown, number][] = [
      ['POST', '/api/investigations', { entities: [] }, 400],
      ['POST', '/api/investigations', { name: 'x', entities: [{ type: 'planet', value: 'mars' }] }, 400],
      ['POST', '/api/investigations', { name: 'x', entities: [{ type: 'ip', value: '999.1.1.1' }] }, 400],
      ['POST', '/api/investigations', { name: 'x', entities: [{ type: 'ip', value: '192.0.2.250' }] }, 404],
      ['POST', '/api/investigations', { name: 'x', entities: 'ip' }, 400],
      ['POST', '/api/investigations', { name: 'x', entities: [], notes: [{ text: '' }] }, 400],
      ['PUT', '/api/investigations/1b4e28ba-2fa1-11d2-883f-0016d3cca427', { name: 'y' }, 404],
      ['GET', '/api/investigations/nonsense', undefined, 400],
      ['GET', '/api/investigations/1b4e28ba-2fa1-11d2-883f-0016d3cca427/export?format=pdf', undefined, 400],
      ['POST', '/api/export?format=stix', { entities: [] }, 400],
      ['POST', '/api/export?format=stix&ids_policy=everything', { entities: [{ type: 'ja4', value: 't13d1516h2_8daaf6152771_02713d6af862' }] }, 400],
      ['GET', '/api/investigations?scope=everyone', undefined, 400],
    ];
    for (const [method, url, body, status] of cases) {
      const res = await call(method, url, body);
      expect([url, res.status]).toEqual([url, status]);
      expect(res.json.error).toEqual({ code: expect.any(String), message: expect.any(String) });
      expect(res.text).not.toMatch(/SELECT|at .*\.ts:\d+/);
    }
    const viewer = await call('POST', '/api/investigations', example(), VERA);
    expect(viewer.status).toBe(403);
    expect(viewer.json.error.code).toBe('FORBIDDEN');
  });

  it('is in the OpenAPI document with its methods', async () => {
    const doc = (await call('GET', '/openapi.json')).json;
    expect(Object.keys(doc.paths['/api/investigations/{id}']).sort()).toEqual(['delete', 'get', 'put']);
    expect(doc.paths['/api/investigations'].post.responses['201']).toBeDefined();
    expect(doc.paths['/api/export'].post).toBeDefined();
    expect(doc.paths['/api/investigations/{id}/export'].get.parameters.map((p: any) => p.name)).toEqual(['id', 'format', 'ip_rules', 'ids_policy']);
  });
});
