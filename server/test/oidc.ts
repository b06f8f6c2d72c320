import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPair, exportJWK, type JWK } from 'jose';
import Provider from 'oidc-provider';

/** The API's audience in the tokens the test provider issues. */
export const AUDIENCE = 'ja4graph';

/** People who can sign in at the test provider, with the groups the SOC gave them. */
export const PEOPLE: Record<string, { name: string; groups: string[] }> = {
  alice: { name: 'Alice Analyst', groups: ['soc-analysts'] },
  vera: { name: 'Vera Viewer', groups: ['soc-viewers', 'staff'] },
  ada: { name: 'Ada Admin', groups: ['soc-admins', 'soc-analysts'] },
  nobody: { name: 'No Role', groups: ['staff'] },
};

/** Service clients (client-credentials grant), each standing for one of the people above. */
export const SERVICES = Object.fromEntries(Object.keys(PEOPLE).map((p) => [`svc-${p}`, p]));
export const SECRET = 'a-client-secret-long-enough-for-hs-and-basic';

export interface TestIdp {
  issuer: string;
  port: number;
  /** An access token for a person, as their service client gets it (JWT, signed by the current key). */
  token(person: keyof typeof PEOPLE, opts?: { ttlS?: number }): Promise<string>;
  /** The signing keys now served, newest (signing) first. */
  kids(): string[];
  /** Starts signing with a new key, still publishing the old one: a key rotation. */
  rotate(): Promise<void>;
  close(): Promise<void>;
  /** Stops answering at all (the process of the provider is gone); `start` brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

const newKey = async (): Promise<JWK> => {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, alg: 'RS256', use: 'sig', kid: `k-${Math.random().toString(36).slice(2, 10)}` };
};

/**
 * A real OpenID provider (`oidc-provider`) on a loopback port: discovery, JWKS, the authorization-code
 * flow with its login page (development interactions: any password), and the client-credentials grant
 * for scripts. Access tokens are JWTs for the `ja4graph` audience carrying the person's `groups` and
 * `preferred_username`.
 */
export async function startTestIdp(opts: { port?: number; redirectUris?: string[]; ttlS?: number; webTtlS?: number } = {}): Promise<TestIdp> {
  let keys: JWK[] = [await newKey()];
  let server: Server | null = null;
  let port = opts.port ?? 0;
  let provider: Provider;
  const ttl = new Map<string, number>(opts.webTtlS ? [['ja4graph-web', opts.webTtlS]] : []);

  const build = (issuer: string) => {
    const p = new Provider(issuer, {
      jwks: { keys: keys as never },
      clients: [
        {
          client_id: 'ja4graph-web',
          client_secret: SECRET,
          redirect_uris: opts.redirectUris ?? ['http://127.0.0.1/auth/callback'],
          post_logout_redirect_uris: (opts.redirectUris ?? []).map((u) => new URL('/', u).href),
          grant_types: ['authorization_code', 'refresh_token'],
          response_types: ['code'],
        },
        ...Object.keys(SERVICES).map((id) => ({
          client_id: id,
          client_secret: SECRET,
          grant_types: ['client_credentials'],
          redirect_uris: [],
          response_types: [],
        })),
      ],
      pkce: { required: () => true },
      scopes: ['openid', 'profile', 'groups', 'offline_access', 'api'],
      claims: { openid: ['sub'], profile: ['name', 'preferred_username'], groups: ['groups'] },
      features: {
        devInteractions: { enabled: true },
        clientCredentials: { enabled: true },
        rpInitiatedLogout: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => `urn:${AUDIENCE}`,
          useGrantedResource: () => true,
          getResourceServerInfo: (_ctx, _resource, client) => ({
            scope: 'api openid profile groups',
            audience: AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: ttl.get(client.clientId) ?? opts.ttlS ?? 600,
            jwt: { sign: { alg: 'RS256' } },
          }),
        },
      },
      // the web client gets a refresh token with every sign-in, as a SOC's provider is set up to
      issueRefreshToken: (_ctx, client) => client.clientId === 'ja4graph-web',
      findAccount: (_ctx, sub) => {
        const person = PEOPLE[sub];
        if (!person) return undefined;
        return { accountId: sub, claims: () => ({ sub, name: person.name, preferred_username: sub, groups: person.groups }) };
      },
      extraTokenClaims: (_ctx, token) => {
        const who = 'accountId' in token && token.accountId ? String(token.accountId) : SERVICES[String(token.clientId)];
        const person = who ? PEOPLE[who] : undefined;
        return person ? { preferred_username: who, groups: person.groups } : {};
      },
      ttl: {
        ClientCredentials: (_ctx, _token, client) => ttl.get(client.clientId) ?? opts.ttlS ?? 600,
        AccessToken: (_ctx, _token, client) => ttl.get(client.clientId) ?? opts.ttlS ?? 600,
        Interaction: 600,
        Session: 3600,
        Grant: 3600,
        IdToken: 600,
        RefreshToken: 3600,
      },
      // the flow runs over plain HTTP on the loopback in tests: no Secure cookies there
      cookies: { keys: ['test-cookie-key'] },
    });
    p.proxy = false;
    return p;
  };

  const start = async () => {
    server = createServer((req, res) => provider.callback()(req, res));
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    provider = build(`http://127.0.0.1:${port}`);
  };
  const stop = async () => {
    const s = server;
    server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    s?.closeAllConnections();
  };
  await start();

  return {
    get issuer() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    async token(person, o = {}) {
      const client = `svc-${person}`;
      if (o.ttlS !== undefined) ttl.set(client, o.ttlS);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${client}:${SECRET}`).toString('base64')}` },
          body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'api', resource: `urn:${AUDIENCE}` }),
        });
        const body = (await res.json()) as { access_token?: string };
        if (!body.access_token) throw new Error(`the test provider gave no token: ${JSON.stringify(body)}`);
        return body.access_token;
      } finally {
        ttl.delete(client);
      }
    },
    kids: () => keys.map((k) => k.kid!),
    async rotate() {
      keys = [await newKey(), ...keys];
      provider = build(`http://127.0.0.1:${port}`);
    },
    async close() {
      await stop();
    },
    stop,
    start,
  };
}
