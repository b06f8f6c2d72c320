import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import { versionedTable } from '../../db/versioned.js';

export type { WriteStamp } from '../../db/versioned.js';
import type { WriteStamp } from '../../db/versioned.js';

export type AlertState = 'new' | 'acknowledged' | 'closed';

/** One version of an alert, as stored. */
export interface AlertRow {
  id: string;
  version: number;
  watch_id: string;
  watch_name: string;
  rule: string;
  entity_type: string;
  entity_value: string;
  owner: string;
  visibility: 'private' | 'team';
  episode_start: string;
  last_hour: string;
  raised_at: string;
  updated_at: string;
  state: AlertState;
  assignee: string;
  title: string;
  /** JSON of its evidence. */
  evidence: string;
}

export interface CommentRow {
  alert_id: string;
  comment_id: string;
  text: string;
  author: string;
  created_at: string;
}

export interface AlertFilter {
  user: string;
  anyOwner: boolean;
  states?: AlertState[];
  watchId?: string;
  entity?: { type: string; value: string };
  assignee?: string;
  /** Only the alerts of this user's own watches. */
  owner?: string;
  since?: Date;
}

const COLUMNS = sql`id, version, toString(watch_id) AS watch_id, watch_name, toString(rule) AS rule, toString(entity_type) AS entity_type,
  entity_value, toString(owner) AS owner, toString(visibility) AS visibility, toString(episode_start) AS episode_start,
  toString(last_hour) AS last_hour, toString(raised_at) AS raised_at, toString(updated_at) AS updated_at, toString(state) AS state,
  toString(assignee) AS assignee, title, evidence`;

export function createAlertRepository(db: Db) {
  const table = db.table('alerts');
  // the columns are renamed to their text form only outside the filters: inside, the stored types compare
  const shown = (inner: ReturnType<typeof sql>) => sql`SELECT ${COLUMNS} FROM (${inner})`;
  const newest = sql`SELECT * FROM ${table} ORDER BY version DESC LIMIT 1 BY id`;
  return {
    /**
     * Stores the version made from `base` (0: the alert itself) unless one was stored from it already:
     * the same alert raised by two instances, or two analysts changing it at once, is stored once,
     * its audit row with it.
     */
    ...versionedTable<AlertRow>(db, 'alerts', 'alert'),

    byIds: (ids: readonly string[]) =>
      db.query<AlertRow>(shown(sql`SELECT * FROM ${table} WHERE id IN ${[...ids]} ORDER BY version DESC LIMIT 1 BY id`), { label: 'alert.byIds' }),

    /**
     * The newest alert of each (watch, rule, entity) among these watches whose episode reached
     * `since` or later: an episode still going on is extended rather than raised again.
     */
    latestEpisodes: (watchIds: readonly string[], since: Date) =>
      db.query<AlertRow>(
        shown(
          sql`SELECT * FROM (SELECT * FROM ${table} WHERE watch_id IN ${[...watchIds]} AND last_hour >= ${since} ORDER BY version DESC LIMIT 1 BY id)
              ORDER BY episode_start DESC LIMIT 1 BY watch_id, rule, entity_type, entity_value`,
        ),
        { label: 'alert.latestEpisodes' },
      ),

    /** The alerts the filter admits, newest first, with how many there are and how many are new. */
    list: (f: AlertFilter, limit: number, offset: number) =>
      db.query<AlertRow & { total: number; unread: number }>(
        sql`SELECT ${COLUMNS}, count() OVER () AS total, countIf(state = 'new') OVER () AS unread FROM (SELECT * FROM (${newest})
            WHERE ${f.anyOwner ? sql`1` : sql`(owner = ${f.user} OR visibility = 'team')`}
              AND ${f.states?.length ? sql`state IN ${f.states}` : sql`1`}
              AND ${f.watchId ? sql`watch_id = ${f.watchId}` : sql`1`}
              AND ${f.entity ? sql`entity_type = ${f.entity.type} AND entity_value = ${f.entity.value}` : sql`1`}
              AND ${f.assignee !== undefined ? sql`assignee = ${f.assignee}` : sql`1`}
              AND ${f.owner !== undefined ? sql`owner = ${f.owner}` : sql`1`}
              AND ${f.since ? sql`raised_at >= ${f.since}` : sql`1`})
            ORDER BY raised_at DESC, id LIMIT ${limit} OFFSET ${offset}`,
        { label: 'alert.list' },
      ),

    /** Alert versions written at or after `after` (what live subscribers have not been sent), oldest first. */
    writtenAfter: (after: Date, limit: number) =>
      db.query<AlertRow & { written: string }>(
        sql`SELECT ${COLUMNS}, updated_at AS written FROM (SELECT * FROM ${table} WHERE updated_at >= ${after}) ORDER BY written LIMIT ${limit}`,
        { label: 'alert.writtenAfter' },
      ),

    /** The first version of each alert raised in [since, until): what is sent to webhooks. */
    raisedBetween: (since: Date, until: Date) =>
      db.query<AlertRow>(
        shown(sql`SELECT * FROM ${table} WHERE base_version = 0 AND raised_at >= ${since} AND raised_at < ${until} ORDER BY raised_at LIMIT 10000`),
        { label: 'alert.raisedBetween' },
      ),

    addComment: (c: CommentRow, stamp: WriteStamp) => db.insert('alert_comments', [{ ...c, ...stamp }], { settings: { insert_deduplicate: 0 } }),

    commentsOf: (ids: readonly string[]) =>
      db.query<CommentRow>(
        sql`SELECT alert_id, toString(comment_id) AS comment_id, text, toString(author) AS author, toString(created_at) AS created_at
            FROM ${db.table('alert_comments')} WHERE alert_id IN ${[...ids]} ORDER BY created_at, comment_id`,
        { label: 'alert.comments' },
      ),

    watermark: async (scope: string) =>
      (
        await db.query<{ hour: string }>(
          sql`SELECT toString(hour) AS hour FROM ${db.table('alerting_watermarks')} WHERE scope = ${scope} ORDER BY updated_at DESC LIMIT 1`,
          { label: 'alert.watermark' },
        )
      )[0]?.hour,

    setWatermark: (scope: string, hour: string, at: string) => db.insert('alerting_watermarks', [{ scope, hour, updated_at: at }]),
  };
}
