/**
 * A `sql` tagged template whose interpolated values always become `{pN:Type}` query
 * parameters: a value can never turn into SQL text. Only `Sql` fragments and
 * identifiers that pass `sql.identifier` (code-side whitelists) are spliced as text.
 */
const TYPE_PATTERN = /^[A-Za-z][A-Za-z0-9]*(\([A-Za-z0-9(), ]*\))?$/;
const IDENT_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

class Param {
  constructor(
    readonly value: unknown,
    readonly type: string,
  ) {
    if (!TYPE_PATTERN.test(type)) throw new Error(`invalid ClickHouse parameter type: ${type}`);
  }
}

type Part = string | Param;

export class Sql {
  constructor(
    readonly parts: readonly Part[],
    /** Parameters already named in trusted text, e.g. the legacy `{ip:String}` statements. */
    readonly named: Readonly<Record<string, unknown>> = {},
  ) {}

  /**
   * Renders to ClickHouse's bound-parameter form; names are p0, p1, … in order of appearance. A
   * value spliced twice (one fragment read from the hourly and the daily table) is sent once: every
   * parameter is parsed and bound on each call, and a hunt's key lists are its largest.
   */
  toQuery(): { query: string; query_params: Record<string, unknown> } {
    const query_params: Record<string, unknown> = { ...this.named };
    const names = new Map<Param, string>();
    const query = this.parts
      .map((part) => {
        if (typeof part === 'string') return part;
        let name = names.get(part);
        if (!name) {
          name = `p${names.size}`;
          names.set(part, name);
          query_params[name] = part.value;
        }
        return `{${name}:${part.type}}`;
      })
      .join('');
    return { query, query_params };
  }
}

function inferType(value: unknown): string {
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Bool';
  if (typeof value === 'bigint') return 'Int64';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Int64' : 'Float64';
  if (value instanceof Date) return 'DateTime64(3)';
  if (Array.isArray(value)) {
    const first = value.find((v) => v !== null && v !== undefined);
    return `Array(${first === undefined ? 'String' : inferType(first)})`;
  }
  throw new Error(`cannot infer a ClickHouse type for ${typeof value}; use sql.typed()`);
}

function toParamValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  if (Array.isArray(value)) return value.map(toParamValue);
  return value;
}

function asParts(value: unknown): Part[] {
  if (value instanceof Sql) return [...value.parts];
  if (value instanceof Param) return [value];
  return [new Param(toParamValue(value), inferType(value))];
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  const parts: Part[] = [];
  strings.forEach((s, i) => {
    if (s) parts.push(s);
    if (i < values.length) parts.push(...asParts(values[i]));
  });
  return new Sql(parts);
}

/** A value with an explicit ClickHouse type, e.g. `sql.typed(ips, 'Array(IPv6)')`. */
sql.typed = (value: unknown, type: string): Param => new Param(toParamValue(value), type);

/** An identifier chosen by code (enum mapping, whitelist, config-validated name). */
sql.identifier = (name: string): Sql => {
  if (!IDENT_PATTERN.test(name)) throw new Error(`invalid identifier: ${name}`);
  return new Sql([name]);
};

sql.join = (fragments: readonly Sql[], separator = ', '): Sql => {
  const parts: Part[] = [];
  fragments.forEach((f, i) => {
    if (i > 0) parts.push(separator);
    parts.push(...f.parts);
  });
  return new Sql(parts);
};

sql.empty = new Sql([]);

/** Past this many rows, `sql.rowsIn` sends a set of keys per group even when the groups are many. */
const ZIPPED_ROWS = 500;

/**
 * `(a, b, …, key)` among the given rows of strings, the key last. Many small groups (kinds with one
 * key each: an expansion's neighbours) are one set of tuples, one array per column zipped: one
 * condition to plan, where an OR of a condition per group costs ClickHouse more to analyse and bind
 * than the reads themselves, and a statement over several tables pays that per table (a degree read
 * of five tables: 50 → 28 ms). A few large groups (a hunt's thousands of addresses) are an OR of a
 * set of keys per group: a set of strings is built faster than one of tuples (its degree read: 172
 * → 131 ms).
 */
sql.rowsIn = (columns: readonly string[], rows: readonly (readonly string[])[]): Sql => {
  if (rows.length === 0) return sql`0`;
  const names = columns.map(sql.identifier);
  const groups = new Map<string, { head: readonly string[]; keys: string[] }>();
  for (const row of rows) {
    const id = JSON.stringify(row.slice(0, -1));
    const group = groups.get(id) ?? { head: row.slice(0, -1), keys: [] };
    group.keys.push(row[row.length - 1]!);
    groups.set(id, group);
  }
  if (groups.size > 1 && rows.length <= ZIPPED_ROWS) {
    const arrays = columns.map(
      (_, i) =>
        sql`${sql.typed(
          rows.map((r) => r[i]),
          'Array(String)',
        )}`,
    );
    return sql`(${sql.join(names)}) IN arrayZip(${sql.join(arrays)})`;
  }
  const conditions = [...groups.values()].map(
    (g) => sql`(${sql.join([...g.head.map((v, i) => sql`${names[i]!} = ${v}`), sql`${names[names.length - 1]!} IN ${g.keys}`], ' AND ')})`,
  );
  return sql`(${sql.join(conditions, ' OR ')})`;
};

/** SQL text owned by this code base (migration files; the legacy spec in tests), never from input. */
sql.trustedText = (text: string, named: Record<string, unknown> = {}): Sql => new Sql([text], named);
