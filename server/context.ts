import { randomUUID } from 'node:crypto';
import type { AppDeps, Context } from './schema/context-shape.js';
import { emptyStats } from './db/client.js';
import { Loaders } from './schema/loaders.js';
import type { AuthFailure, Viewer } from './auth.js';

// the shapes live beside the schema builder, which types every resolver with them
export type { AppDeps, Context } from './schema/context-shape.js';

export interface RequestInfo {
  requestId: string;
  viewer: Viewer;
  clientIp: string;
  /** Aborted when the HTTP client goes away. */
  signal?: AbortSignal;
  outcomes?: { operations: number; limited: number };
  /** Credentials were presented and did not verify: the request is refused before any work. */
  authFailure?: AuthFailure;
  /** The caller is known by the sign-in cookie (a browser sends it by itself: writes check where they come from). */
  byCookie?: boolean;
}

const SYSTEM: RequestInfo = { requestId: 'system', viewer: { user: 'system', role: 'viewer', via: 'local' }, clientIp: '' };

export function createContext(deps: AppDeps, info: Partial<RequestInfo> = {}): Context {
  const { requestId = randomUUID(), viewer = SYSTEM.viewer, clientIp = SYSTEM.clientIp, signal, outcomes } = info;
  const stats = emptyStats();
  const deadline = Date.now() + deps.config.limits.requestTimeoutMs;
  return {
    requestId,
    stats,
    deadline,
    resolved: 0,
    db: deps.db.scoped(requestId, stats, { deadline, signal }),
    config: deps.config,
    logger: deps.logger.child({ requestId }),
    loaders: new Loaders(),
    now: new Date(),
    viewer,
    clientIp,
    outcomes,
    signal,
  };
}

/** What the operations of one HTTP request share: its id, clock, deadline, query counting and loaders. */
const requests = new WeakMap<RequestInfo, Omit<Context, 'cost' | 'resolved' | 'charge' | 'writesRan'>>();

/**
 * The context of one operation of an HTTP request. A batch (the web app sends a page's panels as
 * one request) runs its operations with the same loaders, so their reads share batches and a
 * value two panels need — an IP's signals — is computed once; cost and result counts stay per
 * operation.
 */
export function operationContext(deps: AppDeps, info: RequestInfo): Context {
  let shared = requests.get(info);
  if (!shared) {
    const { cost: _cost, resolved: _resolved, charge: _charge, writesRan: _writesRan, ...rest } = createContext(deps, info);
    shared = rest;
    requests.set(info, shared);
  }
  return { ...shared, resolved: 0, charge: undefined, writesRan: 0 };
}

/** Hono's per-request variables and Node bindings, shared by the app and the REST router. */
export type HttpEnv = {
  Variables: { requestId: string; request: RequestInfo };
  Bindings: { incoming?: { socket?: { remoteAddress?: string } } };
};
