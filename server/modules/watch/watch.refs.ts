import { builder } from '../../schema/builder.js';
import type { Db } from '../../db/client.js';
import type { WatchRow } from './watch.repository.js';
import { createWatchRepository } from './watch.repository.js';
import type { Rule } from './watch.rules.js';

/** What other modules use of watches: the type, its rules, and the watches an evaluation run reads. */
export const WatchRef = builder.objectRef<WatchRow>('Watch');
export type { WatchRow } from './watch.repository.js';
export { ruleKey, ruleText, type Rule, type RuleKind, ALERT_LEVELS } from './watch.rules.js';

export const rulesOfRow = (w: Pick<WatchRow, 'rules'>): Rule[] => JSON.parse(w.rules) as Rule[];

/** ClickHouse prints DateTime64(3, 'UTC') without a zone. */
export const utc = (s: string) => new Date(`${s.replace(' ', 'T')}Z`);

/** Every watch not deleted (muted ones too: the run decides), newest versions. */
export const liveWatches = (db: Db) => createWatchRepository(db).live();

/** The watches with these ids the evaluation raised alerts for (their newest versions, deleted included). */
export const watchesById = (db: Db, ids: readonly string[]) => (ids.length ? createWatchRepository(db).byIds(ids) : Promise.resolve([]));
