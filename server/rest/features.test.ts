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

describe('ML feature routes', () => {
  it('/api/metrics/baseline: residential sessions look like browsers, hosting sessions do not', async () => {
    const { body } = await get('/api/metrics/baseline');
    const human = body.human_baseline.features;
    const bot = body.bot_baseline.features;
    expect(body.human_baseline.sessions).toBeGreaterThan(100);
    expect(human.modern_browser_score).toBeGreaterThan(bot.modern_browser_score);
    expect(human.asset_ratio).toBeGreaterThan(bot.asset_ratio);
    expect(bot.post_ratio).toBeGreaterThan(human.post_ratio);
    expect(bot.src_port_density).toBeGreaterThan(human.src_port_density);
  });

  it('/api/ml/ip/{ip}/radar shows a credential stuffer far above the human baseline on POSTs', async () => {
    const ip = demo.truth.scenarios.credential_stuffing.ips[0]!;
    for (const path of [`/api/ml/ip/${ip}/radar`, `/api/ip/${ip}/radar`]) {
      const { status, body } = await get(path);
      expect(status).toBe(200);
      expect(body.features).toHaveLength(8);
      expect(Object.keys(body.ip_values)).toEqual(body.features);
      // the radar draws rates and ratios; counts and flags have no common scale with them
      for (const f of ['header_count', 'src_port_density', 'distinct_ja4_count', 'is_ua_rotating']) expect(body.features).not.toContain(f);
      expect(Object.keys(body.human_baseline)).toEqual(body.features);
      expect(body.ip_values.post_ratio).toBeGreaterThan(0.8);
      expect(body.ip_values.post_ratio).toBeGreaterThan(10 * body.human_baseline.post_ratio);
    }
    expect((await get('/api/ml/ip/198.51.100.20/radar')).status).toBe(404);
    expect((await get('/api/ml/ip/nope/radar')).status).toBe(400);
  });

  it('/api/ml/score-distribution counts every scored window once', async () => {
    const { body } = await get('/api/ml/score-distribution');
    const [row] = await demo.db.query<{ n: number }>(
      sql`SELECT count() AS n FROM ${demo.db.table('ml_all_scores')} WHERE detected_at >= now() - INTERVAL 7 DAY`,
    );
    const total = body.buckets.reduce((s: number, b: any) => s + b.count, 0);
    expect(Math.abs(total - row!.n)).toBeLessThanOrEqual(body.buckets.length ? row!.n * 0.01 : 0);
    for (const b of body.buckets) expect(b.bucket_end - b.bucket_start).toBeCloseTo(0.05, 5);
  });

  it('/api/ml/score-trends gives hourly statistics with p95 ≤ max', async () => {
    const { body } = await get('/api/ml/score-trends');
    expect(body.trends.length).toBeGreaterThan(24);
    for (const t of body.trends) {
      expect(t.p95_score).toBeLessThanOrEqual(t.max_score + 1e-6); // scores are Float32; quantile interpolates in Float64
      expect(['Complet', 'Applicatif']).toContain(t.model_name);
    }
  });

  it('/api/ml/top-anomalies lists detections by descending score', async () => {
    const { body } = await get('/api/ml/top-anomalies?limit=20');
    const scores = body.items.map((i: any) => i.anomaly_score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    expect(body.items[0]).toHaveProperty('fuzzing_index');
  });
});

describe('feature scatter and statistics routes', () => {
  it('/api/ml/scatter and /api/behavior give the busiest sessions with every feature', async () => {
    const { body } = await get('/api/ml/scatter?limit=20');
    expect(body.points).toHaveLength(20);
    const hits = body.points.map((p: any) => p.hits);
    expect(hits).toEqual([...hits].sort((a: number, b: number) => b - a));
    for (const f of ['hit_velocity', 'post_ratio', 'src_port_density', 'is_ua_rotating']) expect(body.points[0]).toHaveProperty(f);
    const { body: behavior } = await get('/api/behavior');
    expect(Object.keys(behavior.distributions).sort()).toEqual([
      'asset_ratio',
      'fuzzing_index',
      'hit_velocity',
      'path_diversity_ratio',
      'post_ratio',
      'temporal_entropy',
    ]);
    const [row] = await demo.db.query<{ n: number }>(
      sql`SELECT count() AS n FROM ${demo.db.table('view_ai_features_1h')} WHERE window_start >= toStartOfHour(now() - INTERVAL 7 DAY)`,
    );
    expect(behavior.distributions.post_ratio.reduce((s: number, b: any) => s + b.cnt, 0)).toBe(row!.n);
  });

  it('/api/features gives session and IP-hour averages, the two profiles and a variance ranking', async () => {
    const { body } = await get('/api/features');
    expect(body.ai_features.total).toBeGreaterThan(body.thesis_features.total);
    expect(body.human_profile.avg_browser).toBeGreaterThan(body.bot_profile.avg_browser);
    expect(body.feature_importance).toHaveLength(8);
    const v = body.feature_importance.map((f: any) => f.variance);
    expect(v).toEqual([...v].sort((a: number, b: number) => b - a));
  });
});
