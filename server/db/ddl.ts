/**
 * Renders the migration templates for one node or for a cluster.
 *
 * Tokens: {{db}} {{logs_db}} {{on_cluster}} {{local}} {{engine:<Family>MergeTree}}
 * and the directive `-- distribute <db_token>.<table> BY <sharding expression>`.
 * On a cluster every data table becomes `<table>_local` (Replicated*MergeTree, one per
 * shard) plus a Distributed `<table>` over it; materialized views feed the local tables
 * so each shard aggregates its own inserts; plain views read the Distributed tables.
 */
export interface DdlTarget {
  database: string;
  logsDatabase: string;
  cluster?: string | undefined;
}

const DIRECTIVE = /^--\s*distribute\s+\{\{(db|logs_db)\}\}\.([A-Za-z_][A-Za-z0-9_]*)\s+BY\s+(.+)$/;

export function renderDdl(template: string, target: DdlTarget): string[] {
  const { cluster } = target;
  const dbName = (token: 'db' | 'logs_db') => (token === 'db' ? target.database : target.logsDatabase);
  const onCluster = cluster ? `ON CLUSTER ${cluster}` : '';

  const withDirectives = template
    .split('\n')
    .map((line) => {
      const m = DIRECTIVE.exec(line.trim());
      if (!m) return line;
      if (!cluster) return '';
      const [, token, table, key] = m as unknown as [string, 'db' | 'logs_db', string, string];
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
    .replace(/\{\{engine:([A-Za-z]*MergeTree)\}\}/g, (_, family: string) =>
      cluster ? `Replicated${family}('/clickhouse/tables/{shard}/{database}/{table}', '{replica}')` : family,
    );

  return splitStatements(rendered);
}

/** Splits on `;` at the end of a line; our templates never put `;` mid-line. */
export function splitStatements(sqlText: string): string[] {
  return sqlText
    .split(/;\s*$/m)
    .map((s) =>
      s
        .split('\n')
        .filter((l) => !/^\s*--/.test(l))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
}
