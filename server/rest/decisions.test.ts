import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../test/demo-db.js';
import { testApp } from '../test/app.js';
import { loadConfig } from '../config.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
const TOKEN = 'viewer-token-0123456789ab';

const call = async (a: ReturnType<typeof testApp>, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
  const res = await a.request(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as any };
};

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db); // the embedded default: the local analyst, an admin
});

describe('classification routes', () => {
  it('POST /api/analysis/classifications records a decision that the list, the stats and the entity show', async () => {
    const ip = demo.truth.scenarios.credential_stuffing.ips[1]!;
    const created = await call(app, 'POST', '/api/analysis/classifications', {
      ip,
      label: 'malicious',
      tags: ['credential-stuffing', 'bot-network'],
      comment: 'bursts on /login',
      confidence: 0.95,
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      entity_type: 'ip',
      entity_value: ip,
      label: 'malicious',
      tags: ['credential-stuffing', 'bot-network'],
      analyst: 'local-analyst',
    });
    const list = await call(app, 'GET', `/api/analysis/classifications?entity_value=${ip}`);
    expect(list.body.items.map((i: any) => i.id)).toContain(created.body.id);
    const stats = await call(app, 'GET', '/api/analysis/classifications/stats');
    expect(stats.body.by_label.malicious).toBeGreaterThanOrEqual(1);
    expect(stats.body.by_tag['credential-stuffing']).toBeGreaterThanOrEqual(1);
  });

  it('POST /api/classify keeps the v2 contract (bot | legitimate | suspicious)', async () => {
    const ip = demo.truth.scenarios.crawler.ips[0]!;
    const res = await call(app, 'POST', '/api/classify', { src_ip: ip, classification: 'legitimate', comment: 'Googlebot' });
    expect(res.body).toMatchObject({ status: 'ok', src_ip: ip, classification: 'legitimate' });
    const bot = await call(app, 'POST', '/api/classify', { src_ip: demo.truth.scenarios.scraper.ips[1], classification: 'bot' });
    expect(bot.body.classification).toBe('bot');
    const recent = await call(app, 'GET', '/api/classifications');
    expect(recent.body.data.find((d: any) => d.src_ip === ip)).toMatchObject({ classification: 'legitimate', comment: 'Googlebot' });
  });

  it.each([
    ['{not json', /JSON/],
    [{ ip: '203.0.113.1', label: 'evil' }, /label must be one of/],
    [{ label: 'malicious' }, /entity_value \(or ip\) is required/],
    [{ ip: 'nope', label: 'malicious' }, /not a valid IPv4 or IPv6 address/],
    [{ ip: '203.0.113.1', label: 'malicious', tags: ['made-up'] }, /made_up|ClassificationTag|MADE_UP/i],
  ])('rejects a bad body %# with 400', async (body, message) => {
    const res = await call(app, 'POST', '/api/analysis/classifications', body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('refuses a viewer’s write with 403, and audits the refusal', async () => {
    const viewerApp = testApp(loadConfig({ DATA_DIR: demo.dataDir, LOG_LEVEL: 'silent', AUTH_MODE: 'token', API_TOKENS: `${TOKEN}:victor:viewer` }), demo.db);
    const res = await call(
      viewerApp,
      'POST',
      '/api/analysis/classifications',
      { ip: '203.0.113.77', label: 'malicious' },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    const audit = await call(app, 'GET', '/api/audit/logs?actor=victor&outcome=refused');
    expect(audit.body.items[0]).toMatchObject({ user: 'victor', action: 'classify', target: '203.0.113.77', outcome: 'refused' });
  });
});

describe('audit routes', () => {
  it('POST /api/audit/logs adds an entry that GET /api/audit/logs, /stats and /users/activity count', async () => {
    const res = await call(app, 'POST', '/api/audit/logs', { action: 'export_ml', target_type: 'ip', target: '203.0.113.8', details: 'exported features' });
    expect(res.body).toEqual({ status: 'ok' });
    const logs = await call(app, 'GET', '/api/audit/logs?action=export_ml');
    expect(logs.body.items[0]).toMatchObject({
      user: 'local-analyst',
      action: 'export_ml',
      target: '203.0.113.8',
      outcome: 'success',
      details: 'exported features',
    });
    const stats = await call(app, 'GET', '/api/audit/stats');
    expect(stats.body.by_action.export_ml).toBeGreaterThanOrEqual(1);
    const users = await call(app, 'GET', '/api/audit/users/activity');
    expect(users.body.users.find((u: any) => u.user === 'local-analyst').actions.export_ml).toBeGreaterThanOrEqual(1);
    expect((await call(app, 'POST', '/api/audit/logs', { action: 'drop table;' })).status).toBe(400);
  });
});

describe('investigation routes', () => {
  it('/api/investigation/{ip}/summary combines the signals into a risk score with its breakdown and the 24 h timeline', async () => {
    const ip = demo.truth.scenarios.credential_stuffing.ips[0]!;
    const { status, body } = await call(app, 'GET', `/api/investigation/${ip}/summary`);
    expect(status).toBe(200);
    expect(body.risk_score).toBeGreaterThanOrEqual(50);
    expect(body.brute_force.detected).toBe(true);
    expect(body.risk_breakdown.map((f: any) => f.factor)).toEqual([
      'ml_score',
      'brute_force',
      'tcp_spoofing',
      'tls_spoofing',
      'ja4_rotation',
      'ua_rotation',
      'persistence',
    ]);
    expect(body.timeline_24h.length).toBeGreaterThanOrEqual(24);
    expect(body.recommendation.label).toBe('malicious');
    expect((await call(app, 'GET', '/api/investigation/198.51.100.66/summary')).status).toBe(404);
  });

  it('/api/analysis/{ip}/recommendation has the legacy ClassificationRecommendation shape', async () => {
    const { body } = await call(app, 'GET', `/api/analysis/${demo.truth.scenarios.human.ips[0]}/recommendation`);
    expect(Object.keys(body).sort()).toEqual(['confidence', 'indicators', 'ip', 'label', 'reason', 'risk_score', 'suggested_tags']);
    expect(Object.keys(body.indicators).sort()).toEqual(['asn_ips_count', 'bot_ua_percentage', 'ja4_shared_ips', 'subnet_ips_count', 'user_agents_count']);
    expect(body.label).toBe('legitimate');
  });
});
