import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, generateKeyPair, decodeProtectedHeader } from 'jose';
import { demoDb, type DemoDb } from './test/demo-db.js';
import { testApp } from './test/app.js';
import { loadConfig } from './config.js';
import { sql } from './db/sql.js';
import { AUDIENCE, startTestIdp, type TestIdp } from './test/oidc.js';
import { SESSION_COOKIE, sealSession } from './oidc-session.js';

let demo: DemoDb;
let idp: TestIdp;
let other: TestIdp;
let app: ReturnType<typeof testApp>;

const ROLE_MAP = 'soc-viewers=viewer,soc-analysts=analyst,soc-admins=admin';
const oidcConfig = (extra: Record<string, string> = {}) =>
  loadConfig({
    DATA_DIR: demo.dataDir,
    LOG_LEVEL: 'silent',
    AUTH_MODE: 'oidc',
    OIDC_ISSUER: idp.issuer,
    OIDC_AUDIENCE: AUDIENCE,
    OIDC_ROLE_MAP: ROLE_MAP,
    OIDC_CLOCK_SKEW_S: '0',
    OIDC_JWKS_COOLDOWN_S: '0',
    ALLOW_ANONYMOUS_READ: '0',
    ...extra,
  });

beforeAll(async () => {
  demo = await demoDb();
  [idp, other] = await Promise.all([startTestIdp(), startTestIdp()]);
  app = testApp(oidcConfig(), demo.db);
}, 120_000);
afterAll(async () => {
  await Promise.all([idp?.close(), other?.close()]);
});

const ask = (a: ReturnType<typeof testApp>, token: string | null, query: string) =>
  a.request('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
const whoAmI = async (a: ReturnType<typeof testApp>, token: string | null) => {
  const res = await ask(a, token, '{ viewer { user role via canWrite } }');
  return { status: res.status, body: (await res.json()) as any };
};

describe('AUTH_MODE=oidc: bearer access tokens from the identity provider', () => {
  it('maps the groups claim to roles: analyst, viewer, and the highest of several', async () => {
    expect(await whoAmI(app, await idp.token('alice'))).toMatchObject({
      status: 200,
      body: { data: { viewer: { user: 'alice', role: 'analyst', via: 'oidc', canWrite: true } } },
    });
    expect(await whoAmI(app, await idp.token('vera'))).toMatchObject({
      status: 200,
      body: { data: { viewer: { user: 'vera', role: 'viewer', canWrite: false } } },
    });
    expect((await whoAmI(app, await idp.token('ada'))).body.data.viewer.role).toBe('admin');
  });

  it('refuses an identity with no mapped role (403), and a caller with no token (401)', async () => {
    const none = await whoAmI(app, await idp.token('nobody'));
    expect(none.status).toBe(403);
    expect(none.body.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(none.body.errors[0].message).toMatch(/no ja4graph role/);
    const anonymous = await app.request('/api/detections?limit=1');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('audits writes under the token’s preferred username; a viewer’s write is refused', async () => {
    const action = `oidc-test-${Date.now()}`;
    const res = await ask(app, await idp.token('alice'), `mutation { recordAuditEntry(input: {action: "${action}"}) }`);
    expect(((await res.json()) as any).data.recordAuditEntry).toBe(true);
    const rows = await demo.db.query<{ actor: string; role: string }>(sql`SELECT actor, role FROM ${demo.db.table('audit_logs')} WHERE action = ${action}`);
    expect(rows).toEqual([{ actor: 'alice', role: 'analyst' }]);
    const refused = await ask(app, await idp.token('vera'), `mutation { recordAuditEntry(input: {action: "${action}"}) }`);
    expect(((await refused.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('answers REST with the same identities', async () => {
    const res = await app.request('/api/detections?limit=1', { headers: { authorization: `Bearer ${await idp.token('vera')}` } });
    expect(res.status).toBe(200);
  });

  it('refuses an expired token, one from another issuer, one with alg none, and a tampered one — each 401 with the reason', async () => {
    const expired = await idp.token('alice', { ttlS: 1 });
    await new Promise((r) => setTimeout(r, 2100));
    const stranger = await other.token('ada');
    const good = await idp.token('vera');
    const [h, p] = good.split('.') as [string, string, string];
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ ...payload, groups: ['soc-admins'] })).toString('base64url')}.`;
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, groups: ['soc-admins'] })).toString('base64url')}.${good.split('.')[2]}`;
    // a key of our own, named like the provider's: the signature must still be the provider's
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ ...payload, groups: ['soc-admins'] })
      .setProtectedHeader({ alg: 'RS256', kid: decodeProtectedHeader(good).kid })
      .sign(privateKey);
    const hs = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'HS256', kid: decodeProtectedHeader(good).kid })
      .sign(new TextEncoder().encode('x'.repeat(32)));
    const cases: [string, string, RegExp][] = [
      ['expired', expired, /expired/],
      ['another issuer', stranger, /issuer|key the identity provider does not publish/],
      ['alg none', none, /algorithm|malformed/],
      ['tampered', tampered, /signature/],
      ['forged with another key', forged, /signature/],
      ['HS256 (algorithm confusion)', hs, /algorithm/],
      ['not a JWT', 'abc.def', /malformed/],
    ];
    for (const [name, token, reason] of cases) {
      const res = await whoAmI(app, token);
      expect(res.status, name).toBe(401);
      expect(res.body.errors[0].extensions.code, name).toBe('UNAUTHENTICATED');
      expect(res.body.errors[0].message, name).toMatch(reason);
    }
  });

  it('follows a key rotation: a token signed by a new key verifies after one JWKS reload', async () => {
    const before = idp.kids()[0];
    await idp.rotate();
    const token = await idp.token('alice');
    expect(decodeProtectedHeader(token).kid).not.toBe(before);
    expect(await whoAmI(app, token)).toMatchObject({ status: 200, body: { data: { viewer: { user: 'alice' } } } });
  });

  it('while the provider is down: cached keys still verify; a key it has not seen is 503, never let in; back up, it verifies', async () => {
    const a = testApp(oidcConfig(), demo.db);
    const cached = await idp.token('alice');
    expect((await whoAmI(a, cached)).status).toBe(200);
    await idp.rotate();
    const unseen = await idp.token('alice');
    await idp.stop();
    try {
      expect((await whoAmI(a, cached)).status).toBe(200);
      const down = await whoAmI(a, unseen);
      expect(down.status).toBe(503);
      expect(down.body.errors[0].extensions.code).toBe('AUTH_UNAVAILABLE');
      expect(JSON.stringify(down.body)).not.toMatch(/ECONNREFUSED|at \w+ \(/);
    } finally {
      await idp.start();
    }
    expect((await whoAmI(a, unseen)).status).toBe(200);
  });

  it('a provider that never answers: 503 within the timeout, not a hang', async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer(() => undefined);
    silent.on('connection', (s) => sockets.add(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const a = testApp(oidcConfig({ OIDC_ISSUER: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, OIDC_HTTP_TIMEOUT_MS: '300' }), demo.db);
      const started = Date.now();
      const res = await whoAmI(a, await idp.token('alice'));
      expect(res.status).toBe(503);
      expect(res.body.errors[0].message).toMatch(/did not answer in 300 ms/);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
    }
  });

  it('refuses a configuration that cannot work, naming each missing setting', () => {
    expect(() => loadConfig({ AUTH_MODE: 'oidc', OIDC_ISSUER: 'http://idp.example.org' })).toThrow(/https, or http on the loopback/);
    expect(() => loadConfig({ AUTH_MODE: 'oidc' })).toThrow(/OIDC_ISSUER[\s\S]*OIDC_AUDIENCE[\s\S]*OIDC_ROLE_MAP/);
    expect(() =>
      loadConfig({ AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://idp.example.org', OIDC_AUDIENCE: 'x', OIDC_ROLE_MAP: 'a=admin', OIDC_ALGORITHMS: 'HS256' }),
    ).toThrow(/asymmetric/);
  });
});

describe('AUTH_MODE=oidc: the web sign-in cookie', () => {
  const SECRET = 'a-session-secret-of-at-least-32-characters';
  const web = () =>
    testApp(oidcConfig({ OIDC_CLIENT_ID: 'ja4graph-web', OIDC_CLIENT_SECRET: 'x', SESSION_SECRET: SECRET, PUBLIC_URL: 'http://127.0.0.1:8000' }), demo.db);
  const withCookie = async (who: 'alice' | 'vera') => `${SESSION_COOKIE}=${await sealSession(SECRET, { access_token: await idp.token(who) }, 600)}`;
  const write = (a: ReturnType<typeof testApp>, cookie: string, headers: Record<string, string> = {}, action = `cookie-${Date.now()}`) =>
    a.request('http://127.0.0.1:8000/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...headers },
      body: JSON.stringify({ query: `mutation { recordAuditEntry(input: {action: "${action}"}) }` }),
    });
  const stored = async (action: string) =>
    (await demo.db.query<{ n: number }>(sql`SELECT count() AS n FROM ${demo.db.table('audit_logs')} WHERE action = ${action}`))[0]!.n;

  it('a signed-in browser is the token’s person; an unsigned one is sent to sign in', async () => {
    const a = web();
    const res = await a.request('http://127.0.0.1:8000/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await withCookie('vera') },
      body: JSON.stringify({ query: '{ viewer { user role via } }' }),
    });
    expect(((await res.json()) as any).data.viewer).toEqual({ user: 'vera', role: 'viewer', via: 'oidc' });
    const anonymous = await a.request('http://127.0.0.1:8000/api/detections?limit=1');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('x-sign-in')).toBe('/auth/login');
    // a cookie sealed with another secret is no session at all
    const forged = `${SESSION_COOKIE}=${await sealSession('another-secret-of-at-least-32-characters', { access_token: await idp.token('ada') }, 600)}`;
    const refused = await a.request('http://127.0.0.1:8000/api/detections?limit=1', { headers: { cookie: forged } });
    expect(refused.status).toBe(401);
  });

  it('sign-in starts the code flow with PKCE and a sealed, HttpOnly, Secure, SameSite cookie; an outside return address is ignored', async () => {
    const res = await web().request('http://127.0.0.1:8000/auth/login?return=https://evil.example/x');
    expect(res.status).toBe(302);
    const to = new URL(res.headers.get('location')!);
    expect(to.origin).toBe(idp.issuer);
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(to.searchParams.get('redirect_uri')).toBe('http://127.0.0.1:8000/auth/callback');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toContain('evil.example');
    const stale = await web().request(`http://127.0.0.1:8000/auth/callback?code=x&state=${to.searchParams.get('state')}`);
    expect(stale.status).toBe(400);
  });

  it('CSRF with cookies: a write from another site is refused (415 as a form, 403 by its Origin), from the app’s own page it lands', async () => {
    const a = web();
    const cookie = await withCookie('alice');
    const form = await a.request('http://127.0.0.1:8000/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: 'https://evil.example' },
      body: `query=${encodeURIComponent('mutation { recordAuditEntry(input: {action: "csrf-form"}) }')}`,
    });
    expect(form.status).toBe(415);
    const foreign = await write(a, cookie, { origin: 'https://evil.example' }, 'csrf-origin');
    expect(foreign.status).toBe(403);
    const crossSite = await write(a, cookie, { 'sec-fetch-site': 'cross-site' }, 'csrf-fetch-site');
    expect(crossSite.status).toBe(403);
    const overGet = await a.request(`http://127.0.0.1:8000/graphql?query=${encodeURIComponent('mutation { recordAuditEntry(input: {action: "csrf-get"}) }')}`, {
      headers: { cookie },
    });
    expect(overGet.status).toBe(405);
    for (const action of ['csrf-form', 'csrf-origin', 'csrf-fetch-site', 'csrf-get']) expect(await stored(action), action).toBe(0);
    const own = await write(a, cookie, { origin: 'http://127.0.0.1:8000', 'sec-fetch-site': 'same-origin' }, 'cookie-own-page');
    expect(((await own.json()) as any).data.recordAuditEntry).toBe(true);
    expect(await stored('cookie-own-page')).toBe(1);
  });

  it('sign-out clears the cookie and sends the browser to the provider’s end of session', async () => {
    const res = await web().request('http://127.0.0.1:8000/auth/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await withCookie('alice') },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(new RegExp(`${SESSION_COOKIE}=;.*Max-Age=0`));
    expect(((await res.json()) as any).redirect).toMatch(new RegExp(`^${idp.issuer}/session/end`));
  });
});
