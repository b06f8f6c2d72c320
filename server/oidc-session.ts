import { createHash } from 'node:crypto';
import type { Context as HonoContext, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { EncryptJWT, jwtDecrypt } from 'jose';
import * as oidc from 'openid-client';
import type { AuthFailure, Viewer } from './auth.js';
import type { HttpEnv } from './context.js';
import type { Logger } from './logger.js';
import type { OidcConfig, OidcVerifier } from './oidc.js';

export const SESSION_COOKIE = 'ja4graph_session';
const FLOW_COOKIE = 'ja4graph_signin';
const FLOW_MAX_AGE_S = 600;
/** Cookies above this do not reach the server in every browser (4,096 bytes with the name). */
const COOKIE_MAX = 4000;

interface Sealed {
  /** Access token, refresh token (when the provider gives one), id token when it fits. */
  at: string;
  rt?: string;
  it?: string;
}

const sessionKey = (secret: string) => createHash('sha256').update(`session:${secret}`).digest();
const sealWith = (key: Uint8Array, claims: Record<string, unknown>, maxAgeS: number) =>
  new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setIssuedAt().setExpirationTime(`${maxAgeS}s`).encrypt(key);

/** The sign-in cookie's value for these tokens, as the callback sets it (sealed with SESSION_SECRET). */
export async function sealSession(
  secret: string,
  tokens: { access_token: string; refresh_token?: string; id_token?: string },
  maxAgeS: number,
): Promise<string> {
  const key = sessionKey(secret);
  const base: Sealed = { at: tokens.access_token, ...(tokens.refresh_token ? { rt: tokens.refresh_token } : {}) };
  let value = await sealWith(key, { ...base, ...(tokens.id_token ? { it: tokens.id_token } : {}) }, maxAgeS);
  if (value.length > COOKIE_MAX) value = await sealWith(key, { ...base }, maxAgeS);
  if (value.length > COOKIE_MAX) throw new Error(`the provider's tokens do not fit in a cookie (${value.length} bytes)`);
  return value;
}

/** Only a path of this site: `return=https://evil.example` must not turn sign-in into an open redirect. */
export const safeReturn = (r: string | undefined) => (r && /^\/(?![/\\])[^\s]*$/.test(r) ? r : '/');

/**
 * The web UI's sign-in with the identity provider: the authorization-code flow with PKCE
 * (`openid-client`), the tokens sealed (encrypted and authenticated with SESSION_SECRET) in an
 * HttpOnly, Secure, SameSite=Lax cookie, refreshed with the refresh token when the access token
 * expires, and signed out at the provider too. Stateless: any instance with the same secret reads it.
 */
export function createOidcSession(
  cfg: OidcConfig & { client: NonNullable<OidcConfig['client']> },
  opts: { secret: string; maxAgeS: number; publicUrl: string; verifier: OidcVerifier; logger: Logger },
) {
  const key = sessionKey(opts.secret);
  let discovered: Promise<oidc.Configuration> | null = null;
  const configuration = () => {
    discovered ??= (async () => {
      const loopback = cfg.issuer.startsWith('http://');
      const auth = cfg.client.secret ? oidc.ClientSecretBasic(cfg.client.secret) : oidc.None();
      const c = await oidc.discovery(new URL(cfg.issuer), cfg.client.id, undefined, auth, {
        execute: loopback ? [oidc.allowInsecureRequests] : [],
        timeout: Math.ceil(cfg.httpTimeoutMs / 1000),
      });
      return c;
    })().catch((err: unknown) => {
      discovered = null;
      throw err;
    });
    return discovered;
  };
  const redirectUri = `${opts.publicUrl}/auth/callback`;
  const refreshes = new Map<string, Promise<Awaited<ReturnType<typeof oidc.refreshTokenGrant>>>>();

  const seal = (claims: Record<string, unknown>, maxAgeS: number) => sealWith(key, claims, maxAgeS);
  const unseal = async <T>(value: string | undefined): Promise<T | null> => {
    if (!value) return null;
    try {
      return (await jwtDecrypt(value, key)).payload as T;
    } catch {
      return null;
    }
  };
  const cookieOptions = (maxAge: number, path = '/') => ({ httpOnly: true, secure: true, sameSite: 'Lax' as const, path, maxAge });

  async function store(c: HonoContext<HttpEnv>, tokens: { access_token: string; refresh_token?: string; id_token?: string }) {
    setCookie(c, SESSION_COOKIE, await sealSession(opts.secret, tokens, opts.maxAgeS), cookieOptions(opts.maxAgeS));
  }

  return {
    /**
     * The caller a session cookie names: its access token verified as a bearer token is; an expired
     * one refreshed once (the new cookie set on this response). No cookie: null.
     */
    async resolve(c: HonoContext<HttpEnv>): Promise<{ viewer: Viewer; failure?: AuthFailure } | null> {
      const session = await unseal<Sealed>(getCookie(c, SESSION_COOKIE));
      if (!session) return null;
      const first = await opts.verifier.verify(session.at);
      if (!('failure' in first)) return { viewer: first.viewer };
      if (first.failure.status !== 401 || !session.rt) return { viewer: anonymous, failure: first.failure };
      try {
        // a page's parallel requests carry the same expired cookie: one refresh serves them all
        let refreshing = refreshes.get(session.rt);
        if (!refreshing) {
          refreshing = configuration().then((config) => oidc.refreshTokenGrant(config, session.rt!));
          refreshes.set(session.rt, refreshing);
          const rt = session.rt;
          void refreshing.catch(() => undefined).finally(() => setTimeout(() => refreshes.delete(rt), 30_000).unref());
        }
        const tokens = await refreshing;
        const again = await opts.verifier.verify(tokens.access_token);
        if ('failure' in again) return { viewer: anonymous, failure: again.failure };
        await store(c, { access_token: tokens.access_token, refresh_token: tokens.refresh_token ?? session.rt, id_token: tokens.id_token ?? session.it });
        return { viewer: again.viewer };
      } catch (err) {
        opts.logger.info({ err: (err as Error).message }, 'session refresh failed');
        deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
        return { viewer: anonymous, failure: { status: 401, code: 'UNAUTHENTICATED', message: 'Your session has ended; sign in again.' } };
      }
    },

    mount(app: Hono<HttpEnv>) {
      const unavailable = (c: HonoContext<HttpEnv>, err: unknown) => {
        opts.logger.warn({ err: (err as Error).message }, 'sign-in failed');
        return c.text(`Sign-in is unavailable: the identity provider could not be reached or refused the request. Try again in a moment.`, 503);
      };

      app.get('/auth/login', async (c) => {
        try {
          const config = await configuration();
          const verifier = oidc.randomPKCECodeVerifier();
          const flow = { v: verifier, s: oidc.randomState(), n: oidc.randomNonce(), r: safeReturn(c.req.query('return')) };
          setCookie(c, FLOW_COOKIE, await seal(flow, FLOW_MAX_AGE_S), cookieOptions(FLOW_MAX_AGE_S, '/auth'));
          const url = oidc.buildAuthorizationUrl(config, {
            redirect_uri: redirectUri,
            scope: cfg.client.scopes,
            code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
            code_challenge_method: 'S256',
            state: flow.s,
            nonce: flow.n,
          });
          return c.redirect(url.href, 302);
        } catch (err) {
          return unavailable(c, err);
        }
      });

      app.get('/auth/callback', async (c) => {
        const flow = await unseal<{ v: string; s: string; n: string; r: string }>(getCookie(c, FLOW_COOKIE));
        deleteCookie(c, FLOW_COOKIE, { path: '/auth', secure: true });
        if (!flow) return c.text('This sign-in has expired or was not started here; start again from /auth/login.', 400);
        try {
          const url = new URL(c.req.url);
          const current = new URL(`${redirectUri}${url.search}`);
          const tokens = await oidc.authorizationCodeGrant(await configuration(), current, {
            pkceCodeVerifier: flow.v,
            expectedState: flow.s,
            expectedNonce: flow.n,
            idTokenExpected: true,
          });
          const checked = await opts.verifier.verify(tokens.access_token);
          if ('failure' in checked)
            return c.text(`Signed in at the identity provider, but not let in here: ${checked.failure.message}`, checked.failure.status === 503 ? 503 : 403);
          await store(c, tokens);
          return c.redirect(flow.r, 302);
        } catch (err) {
          if (err instanceof oidc.AuthorizationResponseError || err instanceof oidc.ResponseBodyError)
            return c.text(`The identity provider did not sign you in: ${err.error}.`, 400);
          return unavailable(c, err);
        }
      });

      // JSON, like every other write: a page on another site cannot sign the analyst out (or in)
      app.post('/auth/logout', async (c) => {
        if (!(c.req.header('content-type') ?? '').startsWith('application/json'))
          return c.json({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send sign-out as application/json.' } }, 415);
        const session = await unseal<Sealed>(getCookie(c, SESSION_COOKIE));
        deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
        let redirect = '/';
        try {
          const config = await configuration();
          if (config.serverMetadata().end_session_endpoint)
            redirect = oidc.buildEndSessionUrl(config, {
              post_logout_redirect_uri: `${opts.publicUrl}/`,
              client_id: cfg.client.id,
              ...(session?.it ? { id_token_hint: session.it } : {}),
            }).href;
        } catch {
          // signed out here; the provider's own session ends when it next can be reached
        }
        return c.json({ redirect });
      });
    },
  };
}

const anonymous: Viewer = { user: 'anonymous', role: 'viewer', via: 'anonymous' };

export type OidcSession = ReturnType<typeof createOidcSession>;
