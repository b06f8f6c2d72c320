import type { Db, QueryStats } from '../db/client.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Viewer } from '../auth.js';
import type { Loaders } from './loaders.js';

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
