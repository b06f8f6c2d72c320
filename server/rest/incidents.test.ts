import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../test/demo-db.js';
import { testApp } from '../test/app.js';
import { sql } from '../db/sql.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
const call = async (method: string, url: string, body?: unknown) => {
  const res = await app.request(url, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as any, requestId: res.headers.get('x-request-id')! };
};

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
});

describe('incidents', () => {
  it('groups the botnet’s detections into one incident whose members are exactly the botnet', async () => {
    const { body } = await call('GET', '/api/incidents');
    const botnet = body.items.find((i: any) => i.ja4 === demo.truth.botnet.ja4);
    expect(botnet).toMatchObject({ claimed_client: 'Chrome', campaign_id: demo.truth.botnet.campaignId, unique_ips: demo.truth.scenarios.botnet.ips.length });
    expect(body.items[0].cluster_id).toBe(botnet.cluster_id);
    const detail = await call('GET', `/api/incidents/${botnet.cluster_id}`);
    expect(new Set(detail.body.members.map((m: any) => m.ip))).toEqual(new Set(demo.truth.scenarios.botnet.ips));
    const active = await call('GET', '/api/incidents/clusters');
    expect(active.body.clusters.every((c: any) => c.status === 'active')).toBe(true);
  });

  it('classifies an incident as a whole, audited once', async () => {
    const { body } = await call('GET', '/api/incidents');
    const id = body.items[0].cluster_id;
    const res = await call('POST', `/api/incidents/${id}/classify`, {
      label: 'malicious',
      tags: ['bot-network', 'distributed-campaign'],
      comment: 'one botnet',
    });
    expect(res.body).toMatchObject({ status: 'ok', cluster_id: id, classification: { label: 'malicious', tags: ['bot-network', 'distributed-campaign'] } });
    const audit = await demo.db.query<{ action: string; target: string; outcome: string }>(
      sql`SELECT toString(action) AS action, target, toString(outcome) AS outcome FROM ${demo.db.table('audit_logs')} WHERE request_id = ${res.requestId}`,
    );
    expect(audit).toEqual([{ action: 'classify_incident', target: id, outcome: 'success' }]);
  });

  it('answers 404 for an unknown incident and 400 for a malformed id or label', async () => {
    expect((await call('GET', '/api/incidents/0123456789abcdef')).status).toBe(404);
    expect((await call('GET', '/api/incidents/not-an-id!')).status).toBe(400);
    expect((await call('POST', '/api/incidents/0123456789abcdef/classify', { label: 'evil' })).status).toBe(400);
  });
});
