import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDb, plainIp, type DemoDb } from '../../test/demo-db.js';
import { testApp } from '../../test/app.js';
import { loadConfig, type Config } from '../../config.js';
import { sql } from '../../db/sql.js';
import { alertStream, startAlertFeed, subscriberCount } from './alert.feed.js';
import { evaluateWatches } from './alert.evaluate.js';
import { sweepUndelivered } from './alert.scheduler.js';
import { createLogger } from '../../logger.js';
import { createAlertRepository } from './alert.repository.js';
import type { Db } from '../../db/client.js';

let demo: DemoDb;
let config: Config;
let app: ReturnType<typeof testApp>;
let server: ServerType;
let base: string;
const TOKENS = { alice: 'alice-token-0123456789ab', bob: 'bob-token-0123456789abcd', vera: 'vera-token-0123456789abc', ada: 'ada-token-0123456789abcde' };
const API_TOKENS = `${TOKENS.alice}:alice:analyst,${TOKENS.bob}:bob:analyst,${TOKENS.vera}:vera:viewer,${TOKENS.ada}:ada:admin`;

/** A webhook receiver on the loopback: what it was sent, and how it answers (status, delay). */
function receiver() {
  const got: { headers: http.IncomingHttpHeaders; body: string; at: number }[] = [];
  const plan = { status: 200, delayMs: 0 };
  const srv = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      got.push({ headers: req.headers, body, at: Date.now() });
      setTimeout(() => res.writeHead(plan.status).end('ok'), plan.delayMs);
    });
  });
  const listening = new Promise<string>((r) => srv.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(srv.address() as AddressInfo).port}/hook`)));
  return { got, plan, listening, close: () => new Promise<void>((r) => srv.close(() => r())) };
}

async function as(who: keyof typeof TOKENS, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS[who]}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    requestId: res.headers.get('x-request-id')!,
    ...((await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] }),
  };
}
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

/** A subscriber over server-sent events, as a browser's EventSource reads them: the alerts it was sent. */
function subscribe(who: keyof typeof TOKENS, query: string) {
  const events: any[] = [];
  const body = JSON.stringify({ query });
  const req = http.request(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      accept: 'text/event-stream',
      authorization: `Bearer ${TOKENS[who]}`,
    },
  });
  req.on('response', (res) => {
    expect(res.headers['content-type']).toContain('text/event-stream');
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        const data = block
          .split('\n')
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5).trim())
          .join('\n');
        if (data) events.push(JSON.parse(data));
      }
    });
    res.on('error', () => {});
  });
  req.on('error', () => {});
  req.end(body);
  // the client goes away as a browser tab does: the connection is dropped
  return { events, close: () => req.destroy() };
}

const until = async (what: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!what() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
  return what();
};

/** New traffic at the current time from `ip` presenting `ja4`: rows of the demo's, re-addressed. */
const presents = (ip: string, ja4: string, rows = 3) =>
  demo.db.command(
    sql`INSERT INTO ${demo.db.table('http_logs')} SELECT * REPLACE (toIPv6(${ip}) AS src_ip, now64(3) AS time)
        FROM ${demo.db.table('http_logs')} WHERE ja4 = ${ja4} LIMIT ${rows}`,
  );

const WATCH = `mutation($input: WatchInput!) { createWatch(input: $input) { id name createdAt rules { kind neighbour days text } owner } }`;
const RUN = `mutation { runAlertEvaluation { since watches raised { id title rule state evidence entity { type key } newEntities { key } } extended { id } statements } }`;
const hook = receiver();

beforeAll(async () => {
  demo = await demoDb();
  const url = await hook.listening;
  config = loadConfig({
    DATA_DIR: demo.dataDir,
    LOG_LEVEL: 'silent',
    AUTH_MODE: 'token',
    API_TOKENS,
    WEBHOOK_DESTINATIONS: '127.0.0.1',
    WEBHOOK_BACKOFF_MS: '50',
    WEBHOOK_RETRIES: '2',
    WEBHOOK_TIMEOUT_MS: '1000',
    ALERT_EVALUATION_INTERVAL_S: '0',
  });
  app = testApp(config, demo.db);
  server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => server.once('listening', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  void url;
});

afterAll(async () => {
  (server as http.Server).closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await hook.close();
});

describe('a watch on the botnet JA4', () => {
  it('raises one alert carrying exactly the fresh IPs, live to a subscriber and signed to a webhook, and never again', async () => {
    const url = await hook.listening;
    const created = await as('ada', `mutation($input: WebhookInput!) { createWebhook(input: $input) { secret webhook { id url enabled } } }`, {
      input: { name: 'SOAR', url },
    });
    expect(created.errors).toBeUndefined();
    const secret: string = created.data.createWebhook.secret;

    const ja4 = demo.truth.botnet.ja4;
    const watch = await as('alice', WATCH, {
      input: { entity: { type: 'JA4', value: ja4 }, rules: [{ kind: 'NEW_NEIGHBOURS', neighbour: 'IP' }], visibility: 'TEAM' },
    });
    expect(watch.errors).toBeUndefined();
    expect(watch.data.createWatch.rules).toEqual([expect.objectContaining({ kind: 'NEW_NEIGHBOURS', neighbour: 'IP', days: 30 })]);

    const sse = subscribe('bob', `subscription { alertRaised { id title entity { key } newEntities { key } } }`);
    expect(await until(() => subscriberCount() === 1)).toBe(true);

    // nothing new yet: the botnet's own addresses are its history
    const quiet = await as('ada', RUN);
    expect(quiet.errors).toBeUndefined();
    expect(quiet.data.runAlertEvaluation.raised).toEqual([]);

    const fresh = ['198.51.100.7', '198.51.100.8', '203.0.113.250'];
    for (const ip of fresh) await presents(ip, ja4);
    // the same addresses computed from the raw rows: every address presenting the JA4 since the watch, never before
    const createdAt = new Date(watch.data.createWatch.createdAt);
    const raw = await demo.db.query<{ ip: string }>(
      sql`SELECT DISTINCT toString(src_ip) AS ip FROM ${demo.db.table('http_logs')} WHERE ja4 = ${ja4} AND time >= ${createdAt}
          AND src_ip NOT IN (SELECT src_ip FROM ${demo.db.table('http_logs')} WHERE ja4 = ${ja4} AND time < ${createdAt})`,
    );
    expect(raw.map((r) => plainIp(r.ip)).sort()).toEqual([...fresh].sort());

    const run = await as('ada', RUN);
    expect(run.errors).toBeUndefined();
    const raised = run.data.runAlertEvaluation.raised;
    expect(raised).toHaveLength(1);
    expect(raised[0].entity).toEqual({ type: 'JA4', key: ja4 });
    expect(raised[0].newEntities.map((e: { key: string }) => e.key).sort()).toEqual([...fresh].sort());
    expect(raised[0].evidence.neighbourCount).toBe(fresh.length);
    expect(raised[0].title).toContain('3 new IP neighbours');

    // live: the subscriber (another analyst of the team) has it without asking
    expect(await until(() => sse.events.length >= 1)).toBe(true);
    expect(sse.events[0].data.alertRaised.id).toBe(raised[0].id);
    expect(sse.events[0].data.alertRaised.newEntities.map((e: { key: string }) => e.key).sort()).toEqual([...fresh].sort());

    // the webhook: one POST, signed over `<timestamp>.<body>` with the secret given at creation
    expect(await until(() => hook.got.length >= 1)).toBe(true);
    const post = hook.got[0]!;
    const ts = String(post.headers['x-ja4graph-timestamp']);
    expect(post.headers['x-ja4graph-signature']).toBe(`sha256=${createHmac('sha256', secret).update(`${ts}.${post.body}`).digest('hex')}`);
    expect(Math.abs(Number(ts) - Date.now() / 1000)).toBeLessThan(60);
    const body = JSON.parse(post.body);
    expect(body.event).toBe('alert.raised');
    expect(body.alert.id).toBe(raised[0].id);
    expect(body.alert.evidence.neighbours.map((n: { value: string }) => n.value).sort()).toEqual([...fresh].sort());

    // the next run, and a server started afresh on the same database, raise nothing more
    const again = await as('ada', RUN);
    expect(again.data.runAlertEvaluation.raised).toEqual([]);
    expect(again.data.runAlertEvaluation.extended).toEqual([]);
    const restarted = testApp(config, demo.db);
    const res = await restarted.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS.ada}` },
      body: JSON.stringify({ query: RUN }),
    });
    const after = (await res.json()) as any;
    expect(after.data.runAlertEvaluation.raised).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(hook.got).toHaveLength(1);
    const stored = await demo.db.query<{ n: number; audited: number }>(
      sql`SELECT (SELECT count() FROM ${demo.db.table('alerts')} WHERE watch_id = ${watch.data.createWatch.id}) AS n,
                 (SELECT count() FROM ${demo.db.table('audit_logs')} WHERE action = 'raise_alert' AND target = ${raised[0].id}) AS audited`,
    );
    expect(stored[0]).toEqual({ n: 1, audited: 1 });

    // what an operator scrapes: the runs, what they raised, who listens
    const metric = (text: string, name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
    const scraped = await (await fetch(`${base}/metrics`)).text();
    expect(metric(scraped, 'ja4graph_alert_subscribers')).toBe(1);
    expect(metric(scraped, 'ja4graph_alerting_runs')).toBeGreaterThanOrEqual(4);
    expect(metric(scraped, 'ja4graph_alerts_raised')).toBeGreaterThanOrEqual(1);

    // the subscriber goes away: its stream and listener are released
    sse.close();
    expect(await until(() => subscriberCount() === 0)).toBe(true);
    expect(metric(await (await fetch(`${base}/metrics`)).text(), 'ja4graph_alert_subscribers')).toBe(0);

    // the alert is worked through its states, each change audited
    const id = raised[0].id;
    const ack = await as('bob', `mutation($id: ID!) { acknowledgeAlert(id: $id) { state version } }`, { id });
    expect(ack.data.acknowledgeAlert.state).toBe('ACKNOWLEDGED');
    const assigned = await as('bob', `mutation($id: ID!) { assignAlert(id: $id, assignee: "bob") { assignee } }`, { id });
    expect(assigned.data.assignAlert.assignee).toBe('bob');
    const comment = await as('alice', `mutation($id: ID!) { commentOnAlert(id: $id, text: "known residential proxy pool") { author text } }`, { id });
    expect(comment.data.commentOnAlert.author).toBe('alice');
    const listed = await as('vera', `{ alerts(states: [ACKNOWLEDGED]) { totalCount newCount items { id assignee comments { text } } } }`);
    expect(listed.data.alerts.items.find((a: { id: string }) => a.id === id)).toEqual({
      id,
      assignee: 'bob',
      comments: [{ text: 'known residential proxy pool' }],
    });
    // REST: the same alert in the legacy API's snake_case, and clear 400s
    const rest = async (path: string, init: RequestInit = {}) => {
      const res = await fetch(`${base}${path}`, {
        ...init,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS.bob}`, ...init.headers },
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    const page = await rest(`/api/alerts/raised?state=acknowledged&entity_type=ja4&entity=${ja4}`);
    expect(page.status).toBe(200);
    expect(page.body.items.map((a: any) => [a.id, a.state, a.assignee, a.entity])).toEqual([[id, 'acknowledged', 'bob', { type: 'ja4', value: ja4 }]]);
    expect(page.body.items[0].evidence.neighbours.map((n: any) => n.value).sort()).toEqual([...fresh].sort());
    expect((await rest('/api/alerts/raised?state=pending')).body.error.code).toBe('BAD_REQUEST');
    expect((await rest('/api/alerts/not-an-id/close', { method: 'POST', body: '{}' })).status).toBe(400);
    const stale = await rest(`/api/alerts/${id}/close`, { method: 'POST', body: JSON.stringify({ version: 1 }) });
    expect(stale.status).toBe(409);
    const closed = await rest(`/api/alerts/${id}/close`, { method: 'POST', body: '{}' });
    expect(closed.body.state).toBe('closed');
    const audits = await demo.db.query<{ action: string; n: number }>(
      sql`SELECT toString(action) AS action, count() AS n FROM ${demo.db.table('audit_logs')} WHERE target = ${id} AND outcome = 'success' GROUP BY action ORDER BY action`,
    );
    expect(audits).toEqual([
      { action: 'acknowledge_alert', n: 1 },
      { action: 'assign_alert', n: 1 },
      { action: 'close_alert', n: 1 },
      { action: 'comment_alert', n: 1 },
      { action: 'raise_alert', n: 1 },
    ]);
  });
});

describe('the other rules', () => {
  it('fires on volume, on detections at a level, and on a return after silence, each once, with counts the raw rows agree with', async () => {
    const table = demo.db.table('http_logs');
    // three addresses the traffic no longer sees: the oldest last activity first
    const quiet = (
      await demo.db.query<{ ip: string; last: string }>(
        sql`SELECT toString(src_ip) AS ip, toString(max(time)) AS last FROM ${table} GROUP BY src_ip HAVING max(time) < now() - INTERVAL 2 DAY ORDER BY max(time), ip LIMIT 3`,
      )
    ).map((r) => ({ ip: plainIp(r.ip), last: new Date(`${r.last.replace(' ', 'T')}Z`) }));
    expect(quiet).toHaveLength(3);
    const [loud, flagged, back] = quiet as [(typeof quiet)[0], (typeof quiet)[0], (typeof quiet)[0]];
    const watch = (ip: string, rules: Record<string, unknown>[]) => as('alice', WATCH, { input: { entity: { type: 'IP', value: ip }, rules } });
    for (const w of [
      await watch(loud.ip, [{ kind: 'VOLUME', requestsPerHour: 5 }]),
      await watch(flagged.ip, [{ kind: 'DETECTIONS', level: 'HIGH' }]),
      await watch(back.ip, [{ kind: 'RETURNS_AFTER_SILENCE', days: 1 }]),
    ])
      expect(w.errors).toBeUndefined();

    const copy = (ip: string, rows: number) =>
      demo.db.command(sql`INSERT INTO ${table} SELECT * REPLACE (toIPv6(${ip}) AS src_ip, now64(3) AS time) FROM ${table} LIMIT ${rows}`);
    await copy(loud.ip, 7);
    await copy(back.ip, 1);
    // one HIGH and one LOW detection of the flagged address now: only the HIGH one counts at HIGH or above
    const ml = demo.db.table('ml_detected_anomalies');
    for (const level of ['HIGH', 'LOW'])
      await demo.db.command(
        sql`INSERT INTO ${ml} SELECT * REPLACE (toIPv6(${flagged.ip}) AS src_ip, now() AS detected_at, toStartOfMinute(now()) AS window_start, ${level} AS threat_level)
            FROM ${ml} WHERE threat_level = ${level} LIMIT 1`,
      );

    const run = await as('ada', `mutation { runAlertEvaluation { raised { id rule evidence entity { key } } } }`);
    expect(run.errors).toBeUndefined();
    const by = (ip: string) => run.data.runAlertEvaluation.raised.filter((a: any) => a.entity.key === ip);
    const hour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString();

    const [volume] = by(loud.ip);
    const [raw] = await demo.db.query<{ n: number }>(sql`SELECT count() AS n FROM ${table} WHERE src_ip = toIPv6(${loud.ip}) AND time >= toStartOfHour(now())`);
    expect(volume.rule).toBe('VOLUME:5');
    expect(volume.evidence.hours).toEqual([{ hour, requests: Number(raw!.n), detections: 0 }]);

    const [detections] = by(flagged.ip);
    expect(detections.rule).toBe('DETECTIONS:HIGH');
    expect(detections.evidence.hours).toEqual([expect.objectContaining({ hour, detections: 1 })]);

    const [returned] = by(back.ip);
    expect(returned.rule).toBe('RETURNS_AFTER_SILENCE:1');
    expect(returned.evidence.returnedAt).toBe(hour);
    // its last activity before, as the layer holds it: the hour of the raw rows' last time (or, rolled up, that day's last hour)
    const before = new Date(returned.evidence.lastActiveBefore).getTime();
    const lastHour = Math.floor(back.last.getTime() / 3_600_000) * 3_600_000;
    expect([lastHour, Math.floor(back.last.getTime() / 86_400_000) * 86_400_000 + 23 * 3_600_000]).toContain(before);

    // nothing raised twice
    const again = await as('ada', `mutation { runAlertEvaluation { raised { id rule title evidence entity { key } } } }`);
    expect(again.data.runAlertEvaluation.raised).toEqual([]);
  });
});

describe('ClickHouse failing during a run', () => {
  it('leaves the watermark where it was, and the next run raises what the failed one missed', async () => {
    const table = demo.db.table('http_logs');
    const ip = plainIp(
      (await demo.db.query<{ ip: string }>(sql`SELECT toString(src_ip) AS ip FROM ${table} GROUP BY src_ip ORDER BY count() DESC LIMIT 1 OFFSET 7`))[0]!.ip,
    );
    const w = await as('alice', WATCH, { input: { entity: { type: 'IP', value: ip }, rules: [{ kind: 'NEW_NEIGHBOURS', neighbour: 'JA4' }] } });
    expect(w.errors).toBeUndefined();
    const [other] = await demo.db.query<{ ja4: string }>(
      sql`SELECT ja4 FROM ${table} WHERE ja4 != '' AND ja4 NOT IN (SELECT ja4 FROM ${table} WHERE src_ip = toIPv6(${ip})) GROUP BY ja4 ORDER BY ja4 LIMIT 1`,
    );
    await demo.db.command(
      sql`INSERT INTO ${table} SELECT * REPLACE (toIPv6(${ip}) AS src_ip, now64(3) AS time) FROM ${table} WHERE ja4 = ${other!.ja4} LIMIT 1`,
    );

    const repo = createAlertRepository(demo.db);
    const mark = await repo.watermark('default');
    // ClickHouse goes away in the middle of the run: the neighbours' read fails
    const down: Db = {
      ...demo.db,
      query: (q, o) => (o?.label === 'alerting.neighbours' ? Promise.reject(new Error('Connection refused')) : demo.db.query(q, o)),
    };
    await expect(evaluateWatches(down)).rejects.toThrow('Connection refused');
    expect(await repo.watermark('default')).toBe(mark);

    const run = await evaluateWatches(demo.db);
    const mine = run.raised.filter((a) => a.watch_id === w.data.createWatch.id);
    expect(mine).toHaveLength(1);
    expect(JSON.parse(mine[0]!.evidence).neighbours.map((n: { value: string }) => n.value)).toEqual([other!.ja4]);
  });
});

describe('several instances, and muted watches', () => {
  const freshPair = async () => {
    const table = demo.db.table('http_logs');
    const [row] = await demo.db.query<{ ip: string; ja4: string }>(
      sql`SELECT toString(a.src_ip) AS ip, b.ja4 AS ja4 FROM (SELECT src_ip FROM ${table} GROUP BY src_ip ORDER BY count() DESC LIMIT 1 OFFSET 20) AS a
          CROSS JOIN (SELECT ja4 FROM ${table} WHERE ja4 != '' GROUP BY ja4 ORDER BY count() LIMIT 1) AS b`,
    );
    return { ip: plainIp(row!.ip), ja4: row!.ja4 };
  };

  it('stores an alert two instances raise at once only once, audited once, reported by one of them', async () => {
    const { ip, ja4 } = await freshPair();
    const w = await as('alice', WATCH, { input: { entity: { type: 'IP', value: ip }, rules: [{ kind: 'NEW_NEIGHBOURS', neighbour: 'JA4' }] } });
    await demo.db.command(
      sql`INSERT INTO ${demo.db.table('http_logs')} SELECT * REPLACE (toIPv6(${ip}) AS src_ip, now64(3) AS time) FROM ${demo.db.table('http_logs')} WHERE ja4 = ${ja4} LIMIT 1`,
    );
    const runs = await Promise.all([evaluateWatches(demo.db), evaluateWatches(demo.db)]);
    const mine = runs.flatMap((r) => r.raised.filter((a) => a.watch_id === w.data.createWatch.id));
    expect(mine).toHaveLength(1);
    const [stored] = await demo.db.query<{ n: number; audited: number }>(
      sql`SELECT (SELECT count() FROM ${demo.db.table('alerts')} WHERE watch_id = ${w.data.createWatch.id}) AS n,
                 (SELECT count() FROM ${demo.db.table('audit_logs')} WHERE action = 'raise_alert' AND target = ${mine[0]!.id}) AS audited`,
    );
    expect(stored).toEqual({ n: 1, audited: 1 });
  });

  it('raises nothing for a muted watch, and says so in its fields', async () => {
    const { ip, ja4 } = await freshPair();
    const w = await as('bob', WATCH, { input: { entity: { type: 'IP', value: ip }, rules: [{ kind: 'VOLUME', requestsPerHour: 1 }] } });
    const until = new Date(Date.now() + 86_400_000).toISOString();
    const muted = await as('bob', `mutation($id: ID!, $at: DateTime) { updateWatch(id: $id, input: { mutedUntil: $at }) { mutedUntil } }`, {
      id: w.data.createWatch.id,
      at: until,
    });
    expect(muted.data.updateWatch.mutedUntil).toBe(until);
    await demo.db.command(
      sql`INSERT INTO ${demo.db.table('http_logs')} SELECT * REPLACE (toIPv6(${ip}) AS src_ip, now64(3) AS time) FROM ${demo.db.table('http_logs')} WHERE ja4 = ${ja4} LIMIT 3`,
    );
    const run = await evaluateWatches(demo.db);
    expect(run.raised.filter((a) => a.watch_id === w.data.createWatch.id)).toEqual([]);
    // the other analyst may not unmute it: it is bob's
    const other = await as('alice', `mutation($id: ID!) { updateWatch(id: $id, input: { mutedUntil: null }) { id } }`, { id: w.data.createWatch.id });
    expect(code(other)).toBe('NOT_FOUND');
  });
});

describe('a process stopped before it delivered', () => {
  it('leaves the alert to the sweep, which sends it once to each webhook that missed it', async () => {
    const late = receiver();
    const url = await late.listening;
    const hook = await as('ada', `mutation($input: WebhookInput!) { createWebhook(input: $input) { webhook { id } } }`, { input: { name: 'late', url } });
    expect(hook.errors).toBeUndefined();
    const table = demo.db.table('http_logs');
    const [row] = await demo.db.query<{ ip: string; ja4: string }>(
      sql`SELECT toString(a.src_ip) AS ip, b.ja4 AS ja4 FROM (SELECT src_ip FROM ${table} GROUP BY src_ip ORDER BY count() DESC LIMIT 1 OFFSET 30) AS a
          CROSS JOIN (SELECT ja4 FROM ${table} WHERE ja4 != '' GROUP BY ja4 ORDER BY count() LIMIT 1 OFFSET 1) AS b`,
    );
    const w = await as('alice', WATCH, { input: { entity: { type: 'IP', value: plainIp(row!.ip) }, rules: [{ kind: 'NEW_NEIGHBOURS', neighbour: 'JA4' }] } });
    await demo.db.command(
      sql`INSERT INTO ${table} SELECT * REPLACE (toIPv6(${plainIp(row!.ip)}) AS src_ip, now64(3) AS time) FROM ${table} WHERE ja4 = ${row!.ja4} LIMIT 1`,
    );
    // raised and stored, then the process stops: nothing was sent
    const run = await evaluateWatches(demo.db);
    const alert = run.raised.find((a) => a.watch_id === w.data.createWatch.id)!;
    expect(alert).toBeDefined();
    expect(late.got).toHaveLength(0);

    // a server started later sweeps what is past its raiser's retries (ten minutes on)
    const logger = createLogger('silent');
    const later = new Date(Date.now() + 11 * 60_000);
    expect(await sweepUndelivered(demo.db, config, logger, later)).toBeGreaterThanOrEqual(1);
    const sent = late.got.filter((g) => JSON.parse(g.body).alert?.id === alert.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers['x-ja4graph-delivery']).toBe(`${alert.id}:1`);
    // and never twice
    expect(await sweepUndelivered(demo.db, config, logger, later)).toBe(0);
    expect(late.got.filter((g) => JSON.parse(g.body).alert?.id === alert.id)).toHaveLength(1);
    await late.close();
  });
});

describe('alerts another instance stored', () => {
  it('reach this instance’s live subscribers through the feed, once', async () => {
    const logger = createLogger('silent');
    const stopFeed = startAlertFeed(demo.db, 50, logger);
    const stream = alertStream(() => true);
    const got: string[] = [];
    const reading = (async () => {
      for await (const a of stream) got.push(`${a.id}:${a.version}`);
    })();
    try {
      await until(() => subscriberCount() === 1);
      // another instance's write: a new version of an alert stored straight into the table
      const repo = createAlertRepository(demo.db);
      const [some] = await repo.list({ user: 'ada', anyOwner: true }, 1, 0);
      expect(some).toBeDefined();
      const { total: _t, unread: _u, ...row } = some!;
      const next = { ...row, version: row.version + 1, updated_at: new Date().toISOString().replace('T', ' ').replace('Z', '') };
      await repo.insert(
        next,
        { actor: 'other-instance', role: 'system', request_id: 'x', client_ip: '', action: 'extend_alert', details: '' },
        { base: row.version, writeId: 'other' },
      );
      expect(await until(() => got.includes(`${row.id}:${next.version}`), 5000)).toBe(true);
      await new Promise((r) => setTimeout(r, 300));
      expect(got.filter((g) => g === `${row.id}:${next.version}`)).toHaveLength(1);
    } finally {
      await stream.return();
      await reading;
      stopFeed();
    }
    expect(subscriberCount()).toBe(0);
  });
});

describe('refusals', () => {
  it('turns down invalid rules, unknown entities and viewers, each audited', async () => {
    const ja4 = demo.truth.botnet.ja4;
    const cases: [Record<string, unknown>, string][] = [
      [{ entity: { type: 'JA4', value: ja4 }, rules: [{ kind: 'RETURNS_AFTER_SILENCE', days: -3 }] }, 'BAD_USER_INPUT'],
      [{ entity: { type: 'JA4', value: ja4 }, rules: [{ kind: 'NEW_NEIGHBOURS', neighbour: 'CAMPAIGN' }] }, 'BAD_USER_INPUT'],
      [{ entity: { type: 'JA4', value: ja4 }, rules: [] }, 'BAD_USER_INPUT'],
      [{ entity: { type: 'IP', value: '192.0.2.254' }, rules: [{ kind: 'VOLUME', requestsPerHour: 10 }] }, 'NOT_FOUND'],
      [{ investigation: '00000000-0000-4000-8000-000000000000', rules: [{ kind: 'VOLUME', requestsPerHour: 10 }] }, 'NOT_FOUND'],
    ];
    for (const [input, expected] of cases) {
      const r = await as('alice', WATCH, { input });
      expect(code(r), JSON.stringify(input)).toBe(expected);
      const rows = await demo.db.query<{ outcome: string; action: string }>(
        sql`SELECT toString(outcome) AS outcome, toString(action) AS action FROM ${demo.db.table('audit_logs')} WHERE request_id = ${r.requestId}`,
      );
      expect(rows).toEqual([{ outcome: 'invalid', action: 'create_watch' }]);
    }
    const viewer = await as('vera', WATCH, { input: { entity: { type: 'JA4', value: ja4 }, rules: [{ kind: 'VOLUME', requestsPerHour: 10 }] } });
    expect(code(viewer)).toBe('FORBIDDEN');
  });

  it('refuses webhook URLs outside http(s) or outside the allowed destinations, and webhooks to anyone but admins', async () => {
    for (const url of [
      'ftp://127.0.0.1/x',
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.5/hook',
      'http://intranet.local/hook',
      'http://user:pw@127.0.0.1/hook',
    ]) {
      const r = await as('ada', `mutation($input: WebhookInput!) { createWebhook(input: $input) { secret } }`, { input: { name: 'x', url } });
      expect(code(r), url).toBe('BAD_USER_INPUT');
    }
    const analyst = await as('alice', `mutation($input: WebhookInput!) { createWebhook(input: $input) { secret } }`, {
      input: { name: 'x', url: 'http://127.0.0.1:9/hook' },
    });
    expect(code(analyst)).toBe('FORBIDDEN');
  });
});

describe('a webhook that fails', () => {
  it('is retried with backoff, then marked failing with its last error, and never holds the evaluation up', async () => {
    const slow = receiver();
    const url = await slow.listening;
    slow.plan.status = 500;
    const created = await as('ada', `mutation($input: WebhookInput!) { createWebhook(input: $input) { webhook { id } } }`, { input: { name: 'broken', url } });
    const id = created.data.createWebhook.webhook.id;
    const test = await as('ada', `mutation($id: ID!) { testWebhook(id: $id) { outcome httpStatus error attempt } }`, { id });
    expect(test.data.testWebhook).toEqual({ outcome: 'FAILED', httpStatus: 500, error: 'the receiver answered 500', attempt: 1 });
    // a receiver that does not answer in time fails at the timeout (1 s here), not when it finally answers
    slow.plan.status = 200;
    slow.plan.delayMs = 3000;
    const late = await as('ada', `mutation($id: ID!) { testWebhook(id: $id) { outcome httpStatus error ms } }`, { id });
    expect(late.data.testWebhook).toMatchObject({ outcome: 'FAILED', httpStatus: null, error: 'no answer within 1000 ms' });
    expect(late.data.testWebhook.ms).toBeLessThan(2500);
    slow.plan.status = 500;
    slow.plan.delayMs = 0;

    // an alert: a watch on one IP for a new JA4, and that IP presenting another JA4
    const ip = plainIp(
      (
        await demo.db.query<{ ip: string }>(sql`SELECT toString(src_ip) AS ip FROM ${demo.db.table('http_logs')} WHERE ja4 != ${demo.truth.botnet.ja4} LIMIT 1`)
      )[0]!.ip,
    );
    const w = await as('alice', WATCH, { input: { entity: { type: 'IP', value: ip }, rules: [{ kind: 'NEW_NEIGHBOURS', neighbour: 'JA4' }] } });
    expect(w.errors).toBeUndefined();
    const other = (
      await demo.db.query<{ ja4: string }>(
        sql`SELECT ja4 FROM ${demo.db.table('http_logs')} WHERE ja4 NOT IN (SELECT ja4 FROM ${demo.db.table('http_logs')} WHERE src_ip = toIPv6(${ip})) AND ja4 != '' LIMIT 1`,
      )
    )[0]!.ja4;
    await demo.db.command(
      sql`INSERT INTO ${demo.db.table('http_logs')} SELECT * REPLACE (toIPv6(${ip}) AS src_ip, now64(3) AS time) FROM ${demo.db.table('http_logs')} WHERE ja4 = ${other} LIMIT 2`,
    );
    const started = Date.now();
    const run = await as('ada', RUN);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(run.data.runAlertEvaluation.raised.map((a: any) => a.evidence.neighbours.map((n: any) => n.value))).toContainEqual([other]);

    // 1 + 2 retries, 50 then 200 ms apart
    expect(await until(() => slow.got.filter((g) => g.headers['x-ja4graph-event'] === 'alert.raised').length === 3, 5000)).toBe(true);
    const times = slow.got.filter((g) => g.headers['x-ja4graph-event'] === 'alert.raised').map((g) => g.at);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(40);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(180);
    // the last attempt's record lands just after its answer: asked until it is there
    let hooks: any;
    for (let i = 0; i < 50 && hooks?.find((h: { id: string }) => h.id === id)?.failing !== true; i++) {
      hooks = (await as('ada', `{ webhooks { id failing deliveries(first: 1) { outcome error attempt } } }`)).data.webhooks;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(hooks.find((h: { id: string }) => h.id === id).deliveries[0]).toEqual({ outcome: 'FAILED', error: 'the receiver answered 500', attempt: 3 });
    await as('ada', `mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, { id });
    await slow.close();
  });
});
