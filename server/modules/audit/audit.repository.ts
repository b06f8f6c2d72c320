import type { Db } from '../../db/client.js';
import { sql, type Sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

export interface AuditRow {
  ts: string;
  request_id: string;
  actor: string;
  role: string;
  action: string;
  target_type: string;
  target: string;
  outcome: string;
  client_ip: string;
  details: string;
}

export interface AuditFilter {
  actor?: string | null;
  action?: string | null;
  outcome?: string | null;
  targetType?: string | null;
  target?: string | null;
}

function conditions(f: AuditFilter, w: Window): Sql {
  const c: Sql[] = [sql`ts >= ${w.since} AND ts < ${w.until}`];
  if (f.actor) c.push(sql`actor = ${f.actor}`);
  if (f.action) c.push(sql`action = ${f.action}`);
  if (f.outcome) c.push(sql`outcome = ${f.outcome}`);
  if (f.targetType) c.push(sql`target_type = ${f.targetType}`);
  if (f.target) c.push(sql`target = ${f.target}`);
  return sql.join(c, ' AND ');
}

export function createAuditRepository(db: Db) {
  const table = db.table('audit_logs');
  return {
    /**
     * Lands even when the request that asked for it is cancelled (a client that hangs up right after
     * a refused write must not erase its trace). Never deduplicated: two like rows are two attempts.
     */
    write: (row: Omit<AuditRow, 'ts'>) => db.detached().insert('audit_logs', [row], { settings: { insert_deduplicate: 0 } }),

    list: (f: AuditFilter, w: Window, limit: number, offset: number) =>
      db.query<AuditRow & { total: number }>(
        sql`SELECT ts, request_id, toString(actor) AS actor, toString(role) AS role, toString(action) AS action, toString(target_type) AS target_type,
                   target, toString(outcome) AS outcome, client_ip, details, count() OVER () AS total
            FROM ${table} WHERE ${conditions(f, w)} ORDER BY ts DESC, request_id LIMIT ${limit} OFFSET ${offset}`,
        { label: 'audit.list' },
      ),

    /** Entries per (actor, action, outcome): the stats and the per-user activity are sums of these. */
    summary: (w: Window) =>
      db.query<{ actor: string; role: string; action: string; outcome: string; n: number; last: string }>(
        sql`SELECT toString(actor) AS actor, toString(any(role)) AS role, toString(action) AS action, toString(outcome) AS outcome, count() AS n, max(ts) AS last
            FROM ${table} WHERE ts >= ${w.since} AND ts < ${w.until} GROUP BY actor, action, outcome ORDER BY n DESC`,
        { label: 'audit.summary' },
      ),
  };
}
