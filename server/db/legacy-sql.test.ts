import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../test/demo-db.js';
import { legacyApiStatements, legacyHeatmapStatements, legacyParams } from '../test/legacy-sql.js';
import { sql } from './sql.js';

// The schema is complete when every statement the legacy dashboard ran still runs.
const names = { database: 'mabase_prod', logsDatabase: 'ja4_logs' };
const api = legacyApiStatements(names);
const heatmap = legacyHeatmapStatements(names, ['www.example-shop.com', 'api.example-shop.com']);

describe('legacy SQL against our schema', () => {
  let demo: DemoDb;
  beforeAll(async () => {
    demo = await demoDb();
  });

  it('extracts every statement of both legacy files', () => {
    // 51 call sites in legacy-api-v2.py; the sorted list queries run once per whitelisted column
    // (16 + 15 + 9) and the histogram once per feature (6): 51 - 4 + 16 + 15 + 9 + 6 = 93
    expect(api).toHaveLength(93);
    expect(heatmap).toHaveLength(5);
  });

  it.each([...api, ...heatmap].map((s) => [s.name, s.sql] as const))('%s', async (_name, text) => {
    const bound = sql.trustedText(text, legacyParams(text));
    // /api/cascade/{ip} selects `toString(src_ip) AS src_ip` and filters `WHERE src_ip = toIPv6(…)`:
    // ClickHouse resolves WHERE against the String alias unless told to prefer the column.
    // The legacy handler swallowed that error and answered []; we run it as it was meant.
    const settings = /AS src_ip\b[\s\S]*WHERE src_ip =/.test(text) ? { prefer_column_name_to_alias: 1 as const } : {};
    if (/^\s*(INSERT|CREATE)/i.test(text)) await expect(demo.db.command(bound, { settings })).resolves.toBeUndefined();
    else await expect(demo.db.query(bound, { settings })).resolves.toBeInstanceOf(Array);
  });
});
