import { formatQueryParams, type ClickHouseSettings, type Connection } from '@clickhouse/client-common';
import { createChdbConnection } from 'chdb/connection';
import type { Readable } from 'node:stream';

type ChdbConnection = ReturnType<typeof createChdbConnection>;
type QueryParams = Parameters<ChdbConnection['query']>[0];
type CommandParams = Parameters<ChdbConnection['command']>[0];

/**
 * Several libchdb sessions over one data directory, behind the one Connection that
 * @clickhouse/client takes, so a request's reads and concurrent requests run side by side.
 *
 * chdb-node runs every query that has bound parameters through one process-wide queue (libchdb's
 * parameter slot is not per session; measured: two parameterized `sleep(0.2)` on two sessions
 * take 0.44 s, plain ones 0.20 s). So each call here carries its parameters as the session's own
 * query parameters, `SET param_<name> = '<value>'` — the same mechanism as the HTTP interface's
 * `param_<name>` — ahead of the statement, which still reads them as `{name:Type}`: values are
 * formatted by @clickhouse/client's own parameter formatter and quoted as one string literal,
 * never spliced into the statement. A session runs one call at a time, so its parameters and its
 * statement cannot interleave with another call's.
 *
 * Query settings go into the statement's own SETTINGS clause: chdb would `SET` them on the
 * session, where they would outlive the query (and `readonly` could never be lifted again).
 */
export function createChdbPool(path: string, size: number): Connection<Readable> {
  const slots = Array.from({ length: Math.max(1, size) }, () => ({ conn: createChdbConnection({ path }), busy: 0 }));
  let closing = false;
  let idle: (() => void) | null = null;
  const run = async <T>(use: (c: ChdbConnection) => Promise<T>): Promise<T> => {
    if (closing) throw new Error('the embedded database is closing');
    const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    try {
      return await use(slot.conn);
    } finally {
      slot.busy--;
      if (closing && slots.every((x) => !x.busy)) idle?.();
    }
  };
  return {
    query: (p) => run((c) => c.query(settingsInQuery(paramsInSession(p as QueryParams)))),
    exec: (p) => run((c) => c.exec(p as never)),
    command: (p) => run((c) => c.command(paramsInSession(settingsInStatement(p as CommandParams)))),
    insert: (p) => run((c) => c.insert(settingsInInsert(p as unknown as { query: string; clickhouse_settings?: ClickHouseSettings }) as never)),
    ping: (p) => run((c) => c.ping(p)),
    // a session closed while a call runs on it can take the process down with it (a native abort):
    // new calls are refused, and the running ones get a few seconds to end first
    close: async () => {
      closing = true;
      if (slots.some((x) => x.busy)) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([new Promise<void>((r) => (idle = r)), new Promise<void>((r) => (timer = setTimeout(r, 4000)))]);
        clearTimeout(timer);
      }
      await Promise.all(slots.map((x) => x.conn.close()));
    },
  } as Connection<Readable>;
}

const sqlString = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function paramsInSession<P extends { query: string; query_params?: Record<string, unknown> }>(p: P): P {
  const entries = Object.entries(p.query_params ?? {});
  if (entries.length === 0) return p;
  // one SET for all of them: each statement of a call is parsed and run on its own (30 parameters as
  // 30 SETs cost 7.6 ms a call, as one 3.6 ms)
  const set = `SET ${entries.map(([name, value]) => `param_${checkName(name)} = ${sqlString(formatQueryParams({ value }))}`).join(',\n    ')}`;
  // large arrays of keys would exceed the default 256 KiB statement size
  const size = Buffer.byteLength(set) + Buffer.byteLength(p.query) > 200_000 ? `SET max_query_size = 67108864;\n` : '';
  return { ...p, query: `${size}${set};\n${p.query}`, query_params: {} };
}

/** HTTP-only settings the client adds, which the engine does not know. */
const HTTP_ONLY = new Set(['wait_end_of_query', 'send_progress_in_http_headers', 'enable_http_compression', 'http_headers_progress_interval_ms']);

function settingsInQuery(p: QueryParams): QueryParams {
  const entries = Object.entries(p.clickhouse_settings ?? {}).filter(([k, v]) => v !== undefined && !HTTP_ONLY.has(k));
  if (entries.length === 0) return p;
  const clause = entries.map(([k, v]) => `${checkName(k)} = ${literal(v as ClickHouseSettings[string])}`).join(', ');
  const m = /\nFORMAT\s+(\w+)\s*$/.exec(p.query);
  const query = m ? `${p.query.slice(0, m.index)}\nSETTINGS ${clause}${m[0]}` : `${p.query}\nSETTINGS ${clause}`;
  return { ...p, query, clickhouse_settings: {} };
}

/**
 * A data statement's settings (INSERT … SELECT, DELETE, ALTER … DELETE, OPTIMIZE) in its own SETTINGS
 * clause, like a query's: set on the session, a chunk's memory or read limits would bind every
 * later statement. DDL and INSERT … VALUES keep the client's way: a trailing SETTINGS would be the
 * table's, or the data's.
 */
function settingsInStatement(p: CommandParams): CommandParams {
  if (!/^\s*(INSERT\s+INTO\s+\S+\s+(\([^)]*\)\s*)?SELECT|DELETE|ALTER\s+TABLE\s+\S+\s+(DELETE|UPDATE)|OPTIMIZE)\b/i.test(p.query)) return p;
  const entries = Object.entries(p.clickhouse_settings ?? {}).filter(([k, v]) => v !== undefined && !HTTP_ONLY.has(k));
  if (entries.length === 0) return p;
  const clause = entries.map(([k, v]) => `${checkName(k)} = ${literal(v as ClickHouseSettings[string])}`).join(', ');
  return { ...p, query: `${p.query}\nSETTINGS ${clause}`, clickhouse_settings: {} };
}

/** An insert's settings (a deduplication token) in its own SETTINGS clause: set on the session, they would apply to every later insert. */
function settingsInInsert<P extends { query: string; clickhouse_settings?: ClickHouseSettings }>(p: P): P {
  const entries = Object.entries(p.clickhouse_settings ?? {}).filter(([k, v]) => v !== undefined && !HTTP_ONLY.has(k));
  if (entries.length === 0) return { ...p, clickhouse_settings: {} };
  const clause = entries.map(([k, v]) => `${checkName(k)} = ${literal(v as ClickHouseSettings[string])}`).join(', ');
  const m = /\sFORMAT\s+\w+\s*$/.exec(p.query);
  if (!m) throw new Error('an insert without FORMAT');
  return { ...p, query: `${p.query.slice(0, m.index)} SETTINGS ${clause}${m[0]}`, clickhouse_settings: {} };
}

function checkName(name: string) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid setting or parameter name ${name}`);
  return name;
}

function literal(v: ClickHouseSettings[string]): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? '1' : '0';
  return sqlString(String(v));
}
