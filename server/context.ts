import { randomUUID } from 'node:crypto';
import type { Db, QueryStats } from './db/client.js';
import { emptyStats } from './db/client.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { Loaders } from './schema/loaders.js';
import type { AuthFailure, Viewer } from './auth.js';

export interface AppDeps {
  config: Config;
  db: Db;
  logger: Logger;
}

/** Per-request state: a Db scoped to this request (query counting), its id and the caller. */
export interface Context {
  requestId: string;
  db: Db;
  stats: QueryStats;
  config: Config;
  logger: Logger;
  loaders: Loaders;
  /** The request's clock: every default window ends here, so loaders for the same window share batches. */
  now: Date;
  viewer: Viewer;
  clientIp: string;
  /** When this request gives up (epoch ms): every query gets only the time left. */
  deadline: number;
  /** Aborted when the HTTP client goes away: a live subscription ends on it. */
  signal?: AbortSignal;
  /** Cost estimated before execution, and the caller's budget after it. */
  cost?: { requested: number; limit: number; remaining: number };
  /** Fields resolved so far: bounded by MAX_RESULT_NODES. */
  resolved: number;
  /**
   * Charges work whose size is known only once it runs (an export's entities) to this operation and
   * its caller; throws a typed refusal when the operation or the caller cannot afford it.
   */
  charge?: (units: number, what: string) => void;
  /** Mutation fields of this operation that started (the audit trail's: a refusal before any ran is audited per field asked). */
  writesRan?: number;
  /** The operations of this HTTP request, and how many the rate limits turned down (a batch all turned down answers 429). */
  outcomes?: { operations: number; limited: number };
}

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
