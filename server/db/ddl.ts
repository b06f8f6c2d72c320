/**
 * Renders the migration templates for one node or for a cluster.
 *
 * Tokens: {{db}} {{logs_db}} {{on_cluster}} {{local}} {{engine:<Family>MergeTree}} (or `…MergeTree(<params>)`),
 * {{deferred}} / {{deferred:<column>}} (whether a row's `hour`, or that time column, is in an hour the graph
 * layer counts in batches, see below), and two directives:
 *
 * - `-- distribute <db_token>.<table> BY <sharding expression>`: on a cluster every data table
 *   becomes `<table>_local` (Replicated*MergeTree, one per shard) plus a Distributed `<table>`
 *   over it; plain views read the Distributed tables.
 * - `-- materialize <view> TO <db_token>.<table> FROM <db_token>.<source>` before a SELECT that
 *   reads `{{from}}`: one query, two statements. Where it stands, a backfill
 *   `INSERT INTO <table> SELECT … FROM <source>` over the rows already stored; at the end of the
 *   file, the materialized view that keeps `<table>` up to date from then on. On a cluster the view
 *   reads each shard's `<source>_local` and writes through the Distributed `<table>`, so rows are
 *   re-sharded by the target's key; views are created after every backfill so none is counted twice.
 */
export interface DdlTarget {
  database: string;
  logsDatabase: string;
  cluster?: string | undefined;
  /** Where `-- live` views start counting (see below); the epoch when not given. */
  cutoff?: Date | undefined;
  /**
   * The graph layer's deferred-mode boundaries, whole hours in ascending order: the hours in
   * [b0, b1), [b2, b3) … are counted in batches (an odd count leaves the last interval open).
   */
  deferred?: readonly Date[] | undefined;
}

/**
 * A `-- live <view> TO <db>.<table> FROM <db>.<source> TIME <column>` directive before a SELECT
 * that reads `{{from}}` and filters `{{range}}`: the view counts rows at or after the cutoff, and
 * the same SELECT, bounded to a chunk by `{since:DateTime64(3)}` and `{until:DateTime64(3)}`,
 * counts the history before it (server/graph/layer). Migrations render only the view.
 *
 * With a trailing `MODIFY`, the view exists already: its query is replaced (`ALTER TABLE … MODIFY
 * QUERY`), counting from the cutoff it has (pass it as `cutoff`), and skipping the deferred hours.
 * The last migration that defines a view's SELECT is the one its backfill uses.
 */
export interface LiveBackfill {
  view: string;
  to: string;
  from: string;
  time: string;
  /** `INSERT INTO <to> SELECT … WHERE <time> >= {since} AND <time> < {until}`, on a cluster into the shard's local tables. */
  insert: string;
  /** The SELECT with `{{from}}` and `{{range}}` left in: the deferred-mode drain reads other rows with it. */
  select: string;
}

type DbToken = 'db' | 'logs_db';
const DIRECTIVE = /^--\s*distribute\s+\{\{(db|logs_db)\}\}\.([A-Za-z_][A-Za-z0-9_]*)\s+BY\s+(.+)$/;
/** Matched after the database tokens are rendered: `-- materialize <view> TO <db>.<table> FROM <db>.<source>`. */
const MATERIALIZE = /^--\s*materialize\s+(\w+)\s+TO\s+(\w+\.\w+)\s+FROM\s+(\w+\.\w+)$/;
const LIVE = /^--\s*live\s+(\w+)\s+TO\s+(\w+\.\w+)\s+FROM\s+(\w+\.\w+)\s+TIME\s+(\w+)(\s+MODIFY)?$/;

/** A cutoff as a DDL literal: our own clock's value, never input, at millisecond precision. */
function cutoffLiteral(at: Date | undefined): string {
  const iso = (at ?? new Date(0)).toISOString();
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(iso)) throw new Error(`bad cutoff ${iso}`);
  return `toDateTime64('${iso.slice(0, 23).replace('T', ' ')}', 3, 'UTC')`;
}

/**
 * `{{deferred}}`: the condition on a tuple's `hour` (or on a row's time `column`: the boundaries
 * are whole hours, so the two agree) that it falls in a deferred interval.
 */
export function deferredCondition(boundaries: readonly Date[] = [], column = 'hour'): string {
  if (!/^\w+$/.test(column)) throw new Error(`bad column ${column}`);
  const at = (d: Date) => {
    const iso = d.toISOString();
    if (!/^\d{4}-\d\d-\d\dT\d\d:00:00\.000Z$/.test(iso)) throw new Error(`a deferred-mode boundary is a whole hour: ${iso}`);
    return `toDateTime('${iso.slice(0, 19).replace('T', ' ')}', 'UTC')`;
  };
  const terms: string[] = [];
  for (let i = 0; i < boundaries.length; i += 2) {
    const [from, to] = [boundaries[i]!, boundaries[i + 1]];
    if (to && to <= from) throw new Error('deferred-mode boundaries must ascend');
    terms.push(to ? `(${column} >= ${at(from)} AND ${column} < ${at(to)})` : `${column} >= ${at(from)}`);
  }
  return terms.length ? terms.join(' OR ') : '0';
}

export function renderDdl(template: string, target: DdlTarget): string[] {
  return render(template, target).statements;
}

/** The chunk backfills of a template's `-- live` views. */
export function renderBackfills(template: string, target: DdlTarget): LiveBackfill[] {
  return render(template, target).backfills;
}

function render(template: string, target: DdlTarget): { statements: string[]; backfills: LiveBackfill[] } {
  const { cluster } = target;
  const dbName = (token: DbToken) => (token === 'db' ? target.database : target.logsDatabase);
  const onCluster = cluster ? `ON CLUSTER ${cluster}` : '';

  const withDirectives = template
    .split('\n')
    .map((line) => {
      const m = DIRECTIVE.exec(line.trim());
      if (!m) return line;
      if (!cluster) return '';
      const [, token, table, key] = m as unknown as [string, DbToken, string, string];
      const database = dbName(token);
      return (
        `CREATE TABLE IF NOT EXISTS ${database}.${table} ${onCluster} AS ${database}.${table}_local\n` +
        `ENGINE = Distributed(${cluster}, ${database}, ${table}_local, ${key});`
      );
    })
    .join('\n');

  const rendered = withDirectives
    .replace(/\{\{db\}\}/g, target.database)
    .replace(/\{\{logs_db\}\}/g, target.logsDatabase)
    .replace(/\{\{on_cluster\}\}/g, onCluster)
    .replace(/\{\{local\}\}/g, cluster ? '_local' : '')
    .replace(/\{\{deferred(?::(\w+))?\}\}/g, (_, column?: string) => deferredCondition(target.deferred, column))
    .replace(/\{\{engine:([A-Za-z]*MergeTree)(?:\(([\w, ]*)\))?\}\}/g, (_, family: string, args?: string) => {
      if (!cluster) return args ? `${family}(${args})` : family;
      // a replicated engine takes its own parameters after the replication path and replica name
      return `Replicated${family}('/clickhouse/tables/{shard}/{database}/{table}', '{replica}'${args ? `, ${args}` : ''})`;
    });

  const statements: string[] = [];
  const views: string[] = [];
  const backfills: LiveBackfill[] = [];
  for (const chunk of splitChunks(rendered)) {
    const live = chunk.directive ? LIVE.exec(chunk.directive) : null;
    if (live) {
      const [, view, to, from, time, modify] = live as unknown as [string, string, string, string, string, string | undefined];
      const source = cluster ? `${from}_local` : from;
      const select = chunk.sql.replace(/\{\{from\}\}/g, source);
      const name = `${target.database}.${view}${cluster ? '_local' : ''} ${onCluster}`;
      const counted = `${time} >= ${cutoffLiteral(target.cutoff)}`;
      if (modify) {
        statements.push(
          `ALTER TABLE ${name} MODIFY QUERY\n${select.replace(/\{\{range\}\}/g, `${counted} AND NOT (${deferredCondition(target.deferred, time)})`)}`,
        );
      } else {
        views.push(`CREATE MATERIALIZED VIEW IF NOT EXISTS ${name}\nTO ${to} AS\n${select.replace(/\{\{range\}\}/g, counted)}`);
      }
      backfills.push({
        view,
        to,
        from: source,
        time,
        insert: `INSERT INTO ${to}\n${select.replace(/\{\{range\}\}/g, `${time} >= {since:DateTime64(3)} AND ${time} < {until:DateTime64(3)}`)}`,
        select: chunk.sql,
      });
      continue;
    }
    const m = chunk.directive ? MATERIALIZE.exec(chunk.directive) : null;
    if (!m) {
      statements.push(chunk.sql);
      continue;
    }
    const [, view, to, from] = m as unknown as [string, string, string, string];
    statements.push(`INSERT INTO ${to}\n${chunk.sql.replace(/\{\{from\}\}/g, from)}`);
    views.push(
      `CREATE MATERIALIZED VIEW IF NOT EXISTS ${target.database}.${view}${cluster ? '_local' : ''} ${onCluster}\nTO ${to} AS\n` +
        chunk.sql.replace(/\{\{from\}\}/g, cluster ? `${from}_local` : from),
    );
  }
  return { statements: [...statements, ...views], backfills };
}

/** Splits on `;` at the end of a line; our templates never put `;` mid-line. */
export function splitStatements(sqlText: string): string[] {
  return splitChunks(sqlText).map((c) => c.sql);
}

/** Statements with their comments removed, and the `-- materialize …` directive that precedes one, if any. */
function splitChunks(sqlText: string): { sql: string; directive?: string }[] {
  return sqlText
    .split(/;\s*$/m)
    .map((s) => {
      const lines = s.split('\n');
      const directive = lines.map((l) => l.trim()).find((l) => /^--\s*(materialize|live)\s/.test(l));
      const sql = lines
        .filter((l) => !/^\s*--/.test(l))
        .join('\n')
        .trim();
      return directive ? { sql, directive } : { sql };
    })
    .filter((c) => c.sql);
}
