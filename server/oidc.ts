import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Config, Role } from './config.js';
import type { AuthFailure, Viewer } from './auth.js';

export type OidcConfig = NonNullable<Config['auth']['oidc']>;

/** What the provider publishes at `/.well-known/openid-configuration` that we use. */
export interface Discovery {
  issuer: string;
  jwks_uri: string;
  authorization_endpoint?: string;
  token_endpoint?: string;
  end_session_endpoint?: string;
}

class Unavailable extends Error {}

const ROLE_RANK: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };

/** A claim by name or dotted path (`realm_access.roles`); a name with dots of its own is tried whole first. */
export function claimAt(payload: Record<string, unknown>, path: string): unknown {
  if (path in payload) return payload[path];
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), payload);
}

/** The highest role any of the caller's groups maps to; null when none does. */
export function roleOf(cfg: OidcConfig, payload: Record<string, unknown>): Role | null {
  const raw = claimAt(payload, cfg.roleClaim);
  const groups = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  let best: Role | null = null;
  for (const g of groups) {
    const r = cfg.roleMap.get(g);
    if (r && (best === null || ROLE_RANK[r] > ROLE_RANK[best])) best = r;
  }
  return best;
}

/**
 * Verifies the identity provider's access tokens: its keys discovered from the issuer and cached;
 * a token signed by a key not seen yet makes one reload (at most once per cooldown), so a key
 * rotation needs nothing from the operator; while the provider cannot be reached, the cached keys
 * still verify tokens, and a token no cached key verifies is refused as unavailable — never let in.
 */
export function createOidcVerifier(cfg: OidcConfig) {
  let discovery: Discovery | null = null;
  let keys: { set: JWTVerifyGetKey; fetchedAt: number } | null = null;
  let lastReload = 0;
  let reloading: Promise<void> | null = null;

  const getJson = async (url: string) => {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(cfg.httpTimeoutMs), headers: { accept: 'application/json' }, redirect: 'error' });
      if (!res.ok) throw new Unavailable(`${url} answered ${res.status}`);
      return (await res.json()) as Record<string, unknown>;
    } catch (err) {
      if (err instanceof Unavailable) throw err;
      throw new Unavailable(`${url} did not answer in ${cfg.httpTimeoutMs} ms (${(err as Error).name})`);
    }
  };

  async function discover(): Promise<Discovery> {
    if (discovery) return discovery;
    const doc = await getJson(`${cfg.issuer}/.well-known/openid-configuration`);
    // the document must be the issuer's own (OpenID Connect Discovery §4.3)
    if (doc.issuer !== cfg.issuer) throw new Unavailable(`the discovery document names issuer ${String(doc.issuer)}, not ${cfg.issuer}`);
    if (typeof doc.jwks_uri !== 'string') throw new Unavailable('the discovery document has no jwks_uri');
    discovery = doc as unknown as Discovery;
    return discovery;
  }

  function reload(): Promise<void> {
    reloading ??= (async () => {
      try {
        lastReload = Date.now();
        const d = await discover();
        const jwks = (await getJson(d.jwks_uri)) as unknown as JSONWebKeySet;
        if (!Array.isArray(jwks.keys)) throw new Unavailable('the JWKS document has no keys');
        keys = { set: createLocalJWKSet(jwks), fetchedAt: Date.now() };
      } finally {
        reloading = null;
      }
    })();
    return reloading;
  }

  const getKey: JWTVerifyGetKey = async (header, token) => {
    if (!keys) await reload();
    else if (Date.now() - keys.fetchedAt > cfg.jwksMaxAgeS * 1000 && Date.now() - lastReload > cfg.jwksCooldownS * 1000) {
      // old keys still verify while fresh ones are fetched; a failed refresh keeps them
      void reload().catch(() => undefined);
    }
    try {
      return await keys!.set(header, token);
    } catch (err) {
      if (!(err instanceof errors.JWKSNoMatchingKey) || Date.now() - lastReload < cfg.jwksCooldownS * 1000) throw err;
      await reload();
      return keys!.set(header, token);
    }
  };

  const refuse = (message: string): AuthFailure => ({ status: 401, code: 'UNAUTHENTICATED', message });

  return {
    discover,
    /** The caller a bearer access token names, or why not. */
    async verify(token: string): Promise<{ viewer: Viewer; payload: JWTPayload } | { failure: AuthFailure }> {
      try {
        const { payload } = await jwtVerify(token, getKey, {
          issuer: cfg.issuer,
          audience: cfg.audience,
          algorithms: cfg.algorithms,
          clockTolerance: cfg.clockSkewS,
          requiredClaims: ['exp', 'sub'],
        });
        const role = roleOf(cfg, payload);
        if (!role)
          return {
            failure: {
              status: 403,
              code: 'FORBIDDEN',
              message: `Your identity provider grants you no ja4graph role (claim ${cfg.roleClaim}; see OIDC_ROLE_MAP).`,
            },
          };
        const named = claimAt(payload, cfg.usernameClaim);
        const user = (typeof named === 'string' && named ? named : String(payload.sub)).slice(0, 128);
        return { viewer: { user, role, via: 'oidc' }, payload };
      } catch (err) {
        if (err instanceof Unavailable) {
          return {
            failure: { status: 503, code: 'AUTH_UNAVAILABLE', message: `The identity provider cannot be reached to verify this token: ${err.message}.` },
          };
        }
        if (err instanceof errors.JWTExpired) return { failure: refuse('The access token has expired.') };
        if (err instanceof errors.JWTClaimValidationFailed) return { failure: refuse(`The access token is not valid here: ${err.message}.`) };
        if (err instanceof errors.JOSEAlgNotAllowed)
          return { failure: refuse(`The access token's signing algorithm is not accepted (${cfg.algorithms.join(', ')}).`) };
        if (err instanceof errors.JWSSignatureVerificationFailed) return { failure: refuse('The access token’s signature is not valid.') };
        if (err instanceof errors.JWKSNoMatchingKey) return { failure: refuse('The access token is signed by a key the identity provider does not publish.') };
        return { failure: refuse('The access token is malformed.') };
      }
    },
  };
}

export type OidcVerifier = ReturnType<typeof createOidcVerifier>;
