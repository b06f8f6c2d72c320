import { sql, type Sql } from '../db/sql.js';
import type { Db } from '../db/client.js';
import { ipText, subnetText } from '../db/http-logs.js';
import { KINDS, subnetRange, type ColumnRef, type EntityKind, type EntityKindDescriptor } from './entity.kinds.js';

/**
 * The whitelist of entity dimensions: how each kind appears as a column expression in the
 * raw logs and in the ML tables. Every query about an entity is built from these.
 */
export interface Dimension {
  logs?: Sql;
  ml?: Sql;
  keyType: 'IPv6' | 'String' | 'UInt32' | 'UInt64';
}

const c = (name: string) => sql.identifier(name);

const column = (ref: ColumnRef | undefined) => (ref === undefined ? undefined : typeof ref === 'string' ? c(ref) : subnetText(c(ref.subnetOf)));

/** Each kind's columns, as its descriptor names them (identifiers from code, never from input). */
export function entityDimensions<K extends string>(table: Record<K, EntityKindDescriptor>): Partial<Record<K, Dimension>> {
  return Object.fromEntries(
    (Object.keys(table) as K[]).flatMap((k) => {
      const col = table[k].column;
      return col ? [[k, { logs: column(col.logs), ml: column(col.ml), keyType: col.keyType }]] : [];
    }),
  ) as Partial<Record<K, Dimension>>;
}

const DIMENSIONS: Partial<Record<Dim, Dimension>> = {
  ...entityDimensions<EntityKind>(KINDS),
  PATH: { logs: c('path'), keyType: 'String' },
  CLIENT_HEADERS: { logs: c('client_headers'), ml: c('client_headers'), keyType: 'String' },
  QUERY_PARAM: { logs: sql`arrayJoin(extractURLParameterNames(concat('?', query)))`, keyType: 'String' },
};

// what the layer holds, for the repositories (which read the graph core only through its SQL files)
export { LAYER_KINDS, LAYER_PAIRS, LAYER_PAIRS_OF } from './entity.kinds.js';

/** Entity kinds, plus attributes that are not entities: URL paths, header layouts, query-parameter names. */
export type Dim = EntityKind | 'PATH' | 'CLIENT_HEADERS' | 'QUERY_PARAM';
export type Source = 'logs' | 'ml';

export function hasDimension(kind: Dim, source: Source): boolean {
  return Boolean(DIMENSIONS[kind]?.[source]);
}

export function expr(kind: Dim, source: Source): Sql {
  const e = DIMENSIONS[kind]?.[source];
  if (!e) throw new Error(`no ${source} column for ${kind}`);
  return e;
}

/** The key as the API prints it: IPs without ::ffff:, numbers as text. */
export function keyOut(kind: Dim, source: Source): Sql {
  const e = expr(kind, source);
  return kind === 'IP' ? ipText(e) : sql`toString(${e})`;
}

/**
 * `key IN keys` for a dimension. A subnet is an expression of src_ip that the primary key
 * cannot use, so its keys also become src_ip ranges, which it can.
 */
export function keyIn(kind: Dim, source: Source, keys: readonly string[]): Sql {
  const match = sql`${expr(kind, source)} IN ${keysParam(kind, keys)}`;
  if (kind !== 'SUBNET' || keys.length === 0) return match;
  const ranges = keys.map((k) => {
    const [lo, hi] = subnetRange(k);
    return sql`src_ip BETWEEN ${sql.typed(lo, 'IPv6')} AND ${sql.typed(hi, 'IPv6')}`;
  });
  return sql`(${sql.join(ranges, ' OR ')}) AND ${match}`;
}

export function keysParam(kind: Dim, keys: readonly string[]) {
  const t = DIMENSIONS[kind]!.keyType;
  const values = t === 'UInt32' ? keys.map(Number) : t === 'UInt64' ? keys.map((k) => BigInt(k)) : [...keys];
  return sql.typed(values, `Array(${t})`);
}

/** Excludes rows where the dimension is unknown (no JA4, ASN 0, …). */
export function present(kind: Dim, source: Source): Sql {
  const e = expr(kind, source);
  if (kind === 'ASN' || kind === 'DETECTION') return sql`${e} != 0`;
  if (kind === 'IP' || kind === 'SUBNET') return sql`1`;
  return sql`${e} != ''`;
}

/** Where a pair of dimensions can be read together: the raw logs, or the ML detections. */
export function sourceFor(...kinds: Dim[]): Source {
  return kinds.every((k) => hasDimension(k, 'logs')) ? 'logs' : 'ml';
}

export function sourceTable(db: Db, source: Source) {
  return source === 'logs'
    ? { table: db.table('http_logs'), time: c('time'), hits: sql`count()` }
    : { table: db.table('ml_detected_anomalies'), time: c('detected_at'), hits: sql`sum(hits)` };
}
