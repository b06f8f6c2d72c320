import { builder } from '../../schema/builder.js';
import { checkHealth, type Health } from './system.health.js';

const TableCount = builder.objectRef<{ table: string; rows: number }>('TableCount').implement({
  description: 'Row count of one ClickHouse table.',
  fields: (t) => ({
    table: t.exposeString('table', { description: 'Table name.' }),
    rows: t.exposeFloat('rows', { description: 'Number of rows (exact count).' }),
  }),
});

const HealthRef = builder.objectRef<Health>('Health').implement({
  description: 'Whether the product can reach ClickHouse, and how much data it holds.',
  fields: (t) => ({
    ok: t.boolean({ description: 'True when ClickHouse answered.', resolve: (h) => h.status === 'ok' }),
    mode: t.string({ description: '`embedded` (chDB in-process) or `server` (ClickHouse over HTTP).', resolve: (h) => h.clickhouse.mode }),
    version: t.string({ nullable: true, description: 'ClickHouse version.', resolve: (h) => h.clickhouse.version ?? null }),
    database: t.string({ description: 'Processing database name.', resolve: (h) => h.clickhouse.database }),
    logsDatabase: t.string({ description: 'HTTP logs database name.', resolve: (h) => h.clickhouse.logs_database }),
    tables: t.field({
      type: [TableCount],
      description: 'Row counts of the main tables.',
      resolve: (h) => Object.entries(h.tables).map(([table, rows]) => ({ table, rows })),
    }),
    checkedAt: t.field({ type: 'DateTime', description: 'When this check ran.', resolve: (h) => h.checked_at }),
  }),
});

builder.queryField('health', (t) =>
  t.field({
    extensions: { cost: 0 },
    type: HealthRef,
    description: 'Database connectivity, version and row counts (the same data as GET /health).',
    resolve: (_root, _args, ctx) => checkHealth(ctx.db),
  }),
);
