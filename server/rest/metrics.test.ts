import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../test/demo-db.js';
import { getJson, testApp } from '../test/app.js';
import { sql } from '../db/sql.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
const get = (url: string) => getJson(app, url);

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
});

/** Independent counts straight from ClickHouse over the last 24 hours. */
async function last24h() {
  const rows = await demo.db.query<{ level: string; n: number }>(
    sql`SELECT toString(threat_level) AS level, count() AS n FROM ${demo.db.table('ml_detected_anomalies')}
        WHERE detected_at >= now() - INTERVAL 1 DAY GROUP BY level`,
  );
  return Object.fromEntries(rows.map((r) => [r.level, r.n])) as Record<string, number>;
}

describe('metrics routes', () => {
  it('/api/metrics gives the legacy summary, series and distribution, matching ClickHouse', async () => {
    const { status, body } = await get('/api/metrics');
    expect(status).toBe(200);
    const truth = await last24h();
    const total = Object.values(truth).reduce((s, n) => s + n, 0);
    expect(body.summary).toMatchObject({
      total_detections: total,
      critical_count: truth.CRITICAL ?? 0,
      high_count: truth.HIGH ?? 0,
      medium_count: truth.MEDIUM ?? 0,
      low_count: truth.LOW ?? 0,
      known_bots_count: truth.KNOWN_BOT ?? 0,
      anomalies_count: total - (truth.KNOWN_BOT ?? 0),
    });
    expect(body.summary.unique_ips).toBeGreaterThan(0);
    expect(body.timeseries.length).toBeGreaterThanOrEqual(24);
    expect(body.timeseries.reduce((s: number, p: any) => s + p.total, 0)).toBe(total);
    expect(body.threat_distribution).toMatchObject({ CRITICAL: truth.CRITICAL ?? 0, KNOWN_BOT: truth.KNOWN_BOT ?? 0 });
  });

  it('/api/metrics/threats gives counts and percentages that add up', async () => {
    const { body } = await get('/api/metrics/threats');
    expect(body.distribution.reduce((s: number, d: any) => s + d.count, 0)).toBe(body.total);
    expect(body.distribution.reduce((s: number, d: any) => s + d.percentage, 0)).toBeCloseTo(100, 0);
  });

  it('/api/overview gives the v2 KPIs: scored windows split by model, legitimate browsers included', async () => {
    const { body } = await get('/api/overview');
    expect(Object.keys(body).sort()).toEqual([
      'browser_stats',
      'critical_count',
      'detections_24h',
      'high_count',
      'legitimate_browsers',
      'models',
      'scored_24h',
      'threat_distribution',
      'timeline',
      'top_ips',
      'traffic_24h',
      'unique_ips',
    ]);
    expect(body.models.map((m: any) => m.model_name).sort()).toEqual(['Applicatif', 'Complet']);
    expect(body.scored_24h).toBe(body.models.reduce((s: number, m: any) => s + m.scored, 0));
    expect(body.legitimate_browsers).toBeGreaterThan(body.detections_24h / 2);
    expect(body.traffic_24h).toBeGreaterThan(body.scored_24h);
    expect(body.top_ips.length).toBeGreaterThan(0);
    const counts = body.top_ips.map((t: any) => t.cnt);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it('/api/timeline-detail pivots hours into per-level counts', async () => {
    const { body } = await get('/api/timeline-detail');
    const truth = await last24h();
    const sum = body.timeline.reduce((s: number, h: any) => s + (h.CRITICAL ?? 0), 0);
    expect(sum).toBe(truth.CRITICAL ?? 0);
  });

  it('/api/alerts lists the newest detections, at most `limit`', async () => {
    const { body } = await get('/api/alerts?limit=5');
    expect(body.alerts).toHaveLength(5);
    const times = body.alerts.map((a: any) => a.detected_at);
    expect(times).toEqual([...times].sort().reverse());
    expect((await get('/api/alerts?limit=0')).status).toBe(400);
  });

  it('/api/scores lists every scored window, legitimate ones too, in the v2 envelope', async () => {
    const { body } = await get('/api/scores?threat_level=LEGITIMATE_BROWSER&per_page=3');
    expect(body.data).toHaveLength(3);
    expect(body.per_page).toBe(3);
    for (const row of body.data) expect(row.threat_level).toBe('LEGITIMATE_BROWSER');
    expect(body.total).toBeGreaterThan(0);
  });
});
