import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.js';
import { demoDb, type DemoDb } from '../../test/demo-db.js';
import { gql, testApp } from '../../test/app.js';

// Past the offset ceiling (10 000): the demo's detections copied under new ids, a second apart, so
// the list is longer than any offset reaches and has ties on every sort column.
let demo: DemoDb;
let app: ReturnType<typeof testApp>;
const TARGET = 12_500;

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
  const t = demo.db.table('ml_detected_anomalies');
  const [{ n }] = (await demo.db.query<{ n: number }>(sql`SELECT count() AS n FROM ${t}`)) as [{ n: number }];
  for (let k = 1; k * Number(n) < TARGET; k++) {
    await demo.db.command(
      sql`INSERT INTO ${t} SELECT * REPLACE (cityHash64(detection_id, ${k}) AS detection_id, detected_at - toIntervalSecond(${k}) AS detected_at)
          FROM (SELECT * FROM ${t} ORDER BY detection_id LIMIT ${Number(n)})`,
    );
  }
});

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $order: DetectionOrder) {
  detections(first: $first, after: $after, last: $last, before: $before, orderBy: $order, window: { preset: LAST_30D }) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { detectionId } }
  } }`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { node: { detectionId: string } }[];
}
async function page(vars: Record<string, unknown>): Promise<Page> {
  const { data, errors } = await gql<{ detections: Page }>(app, PAGE, vars);
  expect(errors).toBeUndefined();
  return data!.detections;
}

/** The list's order computed by ClickHouse directly: the sort column, then the id. */
async function expected(column: 'detected_at' | 'anomaly_score', direction: 'ASC' | 'DESC') {
  const rows = await demo.db.query<{ id: string }>(
    sql`SELECT toString(detection_id) AS id FROM ${demo.db.table('ml_detected_anomalies')} WHERE detected_at >= now() - INTERVAL 30 DAY
        ORDER BY ${sql.identifier(column)} ${sql.identifier(direction)}, detection_id`,
  );
  return rows.map((r) => r.id);
}

describe('the detections list pages to its end, by cursor', () => {
  it('walks forward past 10 000 rows to the last one, every row once, in the order ClickHouse sorts them', async () => {
    const truth = await expected('detected_at', 'DESC');
    expect(truth.length).toBeGreaterThan(10_000);
    const seen: string[] = [];
    let after: string | null = null;
    let last: Page;
    do {
      last = await page({ first: 500, after });
      seen.push(...last.edges.map((e) => e.node.detectionId));
      after = last.pageInfo.endCursor;
      expect(last.totalCount).toBe(truth.length);
    } while (last.pageInfo.hasNextPage);
    expect(seen).toEqual(truth);
  });

  it('jumps to the last page and walks backward to the first, on a column with ties, ascending', async () => {
    const order = { field: 'ANOMALY_SCORE', direction: 'ASC' };
    const truth = await expected('anomaly_score', 'ASC');
    let p = await page({ last: 500, order });
    expect(p.pageInfo.hasNextPage).toBe(false);
    const seen = [...p.edges.map((e) => e.node.detectionId)];
    expect(seen).toEqual(truth.slice(-500));
    while (p.pageInfo.hasPreviousPage) {
      p = await page({ last: 500, before: p.pageInfo.startCursor, order });
      seen.unshift(...p.edges.map((e) => e.node.detectionId));
    }
    expect(seen).toEqual(truth);
    // and forward again from a cursor in the middle
    const mid = await page({ first: 7, after: (await page({ first: 1, after: null, order })).pageInfo.endCursor, order });
    expect(mid.edges.map((e) => e.node.detectionId)).toEqual(truth.slice(1, 8));
  });

  it('refuses a cursor it did not write, with a clear error', async () => {
    for (const after of ['k1:bm9wZQ', 'k1:WyJ4IiwiMSIsLTFd', 'garbage']) {
      const { errors } = await gql(app, PAGE, { first: 5, after });
      expect(errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
    }
  });
});
