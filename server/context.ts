import { randomUUID } from 'node:crypto';
import type { Db, QueryStats } from './db/client.js';
import { emptyStats } from './db/client.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { Loaders } from './schema/loaders.js';

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
}

export function createContext(deps: AppDeps, requestId: string = randomUUID()): Context {
  const stats = emptyStats();
  return {
    requestId,
    stats,
    db: deps.db.scoped(requestId, stats),
    config: deps.config,
    logger: deps.logger.child({ requestId }),
    loaders: new Loaders(),
    now: new Date(Math.floor(Date.now() / 1000) * 1000),
  };
}
