import type { Config, Role } from './config.js';

/** Who is calling, and how we know. */
export interface Viewer {
  user: string;
  role: Role;
  via: 'local' | 'token' | 'proxy' | 'anonymous';
}

export const ROLES: Role[] = ['viewer', 'analyst', 'admin'];
export const canWrite = (v: Viewer) => v.role === 'analyst' || v.role === 'admin';

/**
 * Resolves the caller from the request: the local analyst (embedded default), a bearer
 * token from API_TOKENS, or the user and role a trusted reverse proxy put in its headers.
 * Anyone else reads as an anonymous viewer and cannot write.
 */
export function resolveViewer(auth: Config['auth'], header: (name: string) => string | undefined): Viewer {
  if (auth.mode === 'local') return { ...auth.local, via: 'local' };
  if (auth.mode === 'token') {
    const token = /^Bearer\s+(\S+)$/i.exec(header('authorization') ?? '')?.[1];
    const known = token ? auth.tokens.get(token) : undefined;
    return known ? { ...known, via: 'token' } : { user: 'anonymous', role: 'viewer', via: 'anonymous' };
  }
  const user = header(auth.userHeader);
  const role = header(auth.roleHeader)?.toLowerCase() as Role | undefined;
  if (user && /^[A-Za-z0-9._@-]{1,64}$/.test(user)) return { user, role: role && ROLES.includes(role) ? role : 'viewer', via: 'proxy' };
  return { user: 'anonymous', role: 'viewer', via: 'anonymous' };
}
