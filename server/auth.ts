import type { Config, Role } from './config.js';

/** Who is calling, and how we know. */
export interface Viewer {
  user: string;
  role: Role;
  via: 'local' | 'token' | 'proxy' | 'oidc' | 'anonymous';
}

export const ROLES: Role[] = ['viewer', 'analyst', 'admin'];
export const canWrite = (v: Viewer) => v.role === 'analyst' || v.role === 'admin';

/**
 * Resolves the caller from the request: the local analyst (embedded default), a bearer
 * token from API_TOKENS, or the user and role a trusted reverse proxy put in its headers.
 * Anyone else reads as an anonymous viewer and cannot write.
 */
export function resolveViewer(auth: Config['auth'], header: (name: string) => string | undefined, opts: { basic?: boolean } = {}): Viewer {
  if (auth.mode === 'local') return { ...auth.local, via: 'local' };
  if (auth.mode === 'token' || auth.mode === 'oidc') {
    const token = presentedToken(header, opts.basic);
    const known = token ? auth.tokens.get(token) : undefined;
    return known ? { ...known, via: 'token' } : { user: 'anonymous', role: 'viewer', via: 'anonymous' };
  }
  const user = header(auth.userHeader);
  const role = header(auth.roleHeader)?.toLowerCase() as Role | undefined;
  if (user && /^[A-Za-z0-9._@-]{1,64}$/.test(user)) return { user, role: role && ROLES.includes(role) ? role : 'viewer', via: 'proxy' };
  return { user: 'anonymous', role: 'viewer', via: 'anonymous' };
}

/** Why a caller who presented credentials is not let in. */
export interface AuthFailure {
  status: 401 | 403 | 503;
  code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'AUTH_UNAVAILABLE';
  message: string;
}

/** Checks a bearer token with the identity provider: the caller it names, or why not. */
export type VerifyToken = (token: string) => Promise<{ viewer: Viewer } | { failure: AuthFailure }>;

const ANONYMOUS: Viewer = { user: 'anonymous', role: 'viewer', via: 'anonymous' };

/**
 * The token a caller presents: `Authorization: Bearer <token>`, or — where `basic` is allowed (the
 * TAXII feed, whose clients speak Basic) — the password of `Authorization: Basic`.
 */
export function presentedToken(header: (name: string) => string | undefined, basic = false): string | undefined {
  const value = header('authorization') ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(value)?.[1];
  if (bearer || !basic) return bearer;
  const encoded = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(value)?.[1];
  if (!encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const password = decoded.slice(decoded.indexOf(':') + 1);
  return decoded.includes(':') && password ? password : undefined;
}

/**
 * The caller, for every auth mode: with OpenID Connect, a bearer access token is verified against the
 * identity provider (a static API token still works beside it, for scripts); credentials that do not
 * verify are a failure, never an anonymous caller.
 */
export async function authenticate(
  auth: Config['auth'],
  verify: VerifyToken | undefined,
  header: (name: string) => string | undefined,
  opts: { basic?: boolean } = {},
): Promise<{ viewer: Viewer; failure?: AuthFailure }> {
  if (auth.mode !== 'oidc' || !verify) return { viewer: resolveViewer(auth, header, opts) };
  const token = presentedToken(header, opts.basic);
  if (!token) return { viewer: ANONYMOUS };
  const known = auth.tokens.get(token);
  if (known) return { viewer: { ...known, via: 'token' } };
  const verified = await verify(token);
  return 'failure' in verified ? { viewer: ANONYMOUS, failure: verified.failure } : { viewer: verified.viewer };
}

/** Whether this caller must identify themselves before reading: anonymous, where callers have identities and anonymous reads are off. */
export const needsIdentity = (config: Pick<Config, 'auth' | 'exposure'>, viewer: Viewer) =>
  viewer.via === 'anonymous' && (config.auth.mode === 'token' || config.auth.mode === 'oidc') && !config.exposure.allowAnonymousRead;
