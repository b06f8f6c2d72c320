import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../../test/demo-db.js';
import { gql, bulkConfig, testApp } from '../../test/app.js';
import { cluster, silhouette, standardize } from './cluster.engine.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(bulkConfig(demo.config), demo.db);
});

describe('clustering engine', () => {
  it('standardizes features to mean 0 and std 1', () => {
    const { z } = standardize([
      [1, 10],
      [3, 10],
      [5, 10],
    ]);
    expect(z.map((p) => p[0])).toEqual([-1.224744871391589, 0, 1.224744871391589]);
    expect(z.map((p) => p[1])).toEqual([0, 0, 0]);
  });

  it('chooses the k that separates well-separated groups, with a high silhouette', () => {
    const blob = (cx: number, cy: number) => Array.from({ length: 30 }, (_, i) => [cx + ((i * 7) % 10) / 20, cy + ((i * 3) % 10) / 20]);
    const points = [...blob(0, 0), ...blob(10, 0), ...blob(0, 10)];
    const c = cluster(points);
    expect(c.k).toBe(3);
    expect(c.silhouette).toBeGreaterThan(0.8);
    expect(new Set(c.labels.slice(0, 30)).size).toBe(1);
    expect(
      silhouette(
        points,
        c.labels,
        points.map((_, i) => i),
      ),
    ).toBeCloseTo(c.silhouette, 5);
  });
});

describe('Cluster entities on the demo data', () => {
  const W = '{preset: LAST_30D}';

  it('partitions the scored IPs; each cluster has a centroid over every feature and member IPs', async () => {
    const res = await gql<any>(
      app,
      `{ clusters(window: ${W}) { id clusterId size centroid { feature value zScore } ips(first: 500) { totalCount edges { node { address } } } } }`,
    );
    const after = await gql<any>(app, `{ clusteringStatus(window: ${W}) { state k points silhouette features tried { k silhouette } } }`);
    expect(res.errors).toBeUndefined();
    const { clusters } = res.data;
    const status = after.data.clusteringStatus;
    expect(status.state).toBe('FRESH');
    expect(clusters).toHaveLength(status.k);
    expect(status.tried.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...status.tried.map((t: any) => t.silhouette))).toBe(status.silhouette);
    expect(clusters.reduce((s: number, c: any) => s + c.size, 0)).toBe(status.points);
    const sizes = clusters.map((c: any) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    for (const c of clusters) {
      expect(c.centroid.map((f: any) => f.feature)).toEqual(status.features);
      expect(c.ips.totalCount).toBe(c.size);
    }
  });

  it('puts all credential stuffers in one cluster, whose profile says POST-heavy, and resolves it by key and through IPs and detections', async () => {
    const stuffers = demo.truth.scenarios.credential_stuffing.ips;
    const res = await gql<any>(
      app,
      `query($ip: String!, $other: String!) {
         e: entity(type: IP, value: $ip, window: ${W}) { ... on IP { cluster { id clusterId profile size } } }
         d: detections(first: 1, window: ${W}, filter: {search: $other}) { edges { node { cluster { clusterId } } } } }`,
      { ip: stuffers[0], other: stuffers[1] },
    );
    expect(res.errors).toBeUndefined();
    const c = res.data.e.cluster;
    expect(c.profile).toMatch(/high post_ratio/);
    expect(res.data.d.edges[0].node.cluster.clusterId).toBe(c.clusterId);
    const members = await gql<any>(app, `{ cluster(id: "${c.clusterId}", window: ${W}) { ips(first: 500) { edges { node { address } } } hits } }`);
    const addresses = members.data.cluster.ips.edges.map((e: any) => e.node.address);
    for (const ip of stuffers) expect(addresses).toContain(ip);
    const again = await gql<any>(app, `query($id: ID!) { node(id: $id) { ... on Cluster { clusterId } } }`, { id: c.id });
    expect(again.data.node).toBeDefined();
  });

  it('sums its members’ activity', async () => {
    const res = await gql<any>(app, `{ clusters(window: ${W}) { hits uniqueIps size ips(first: 500) { edges { hits } } } }`);
    for (const c of res.data.clusters) {
      if (c.size > 500) continue;
      expect(c.hits).toBe(c.ips.edges.reduce((s: number, e: any) => s + e.hits, 0));
      expect(c.uniqueIps).toBe(c.size);
    }
  });
});

/** Adjusted Rand index (Hubert & Arabie 1985) between two labelings of the same items. */
function adjustedRandIndex(a: string[], b: string[]) {
  const choose2 = (n: number) => (n * (n - 1)) / 2;
  const table = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  a.forEach((x, i) => {
    const y = b[i]!;
    table.set(`${x}\u0000${y}`, (table.get(`${x}\u0000${y}`) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    cols.set(y, (cols.get(y) ?? 0) + 1);
  });
  const index = [...table.values()].reduce((s, n) => s + choose2(n), 0);
  const sumRows = [...rows.values()].reduce((s, n) => s + choose2(n), 0);
  const sumCols = [...cols.values()].reduce((s, n) => s + choose2(n), 0);
  const expected = (sumRows * sumCols) / choose2(a.length);
  const max = (sumRows + sumCols) / 2;
  return (index - expected) / (max - expected);
}

describe('cluster points and separation of the scenarios', () => {
  it('places every member on the PCA plane', async () => {
    const res = await gql<any>(
      app,
      `{ clusters(window: {preset: LAST_30D}) { size points(first: 5000) { ip { address } x y } } clusteringStatus(window: {preset: LAST_30D}) { explainedVariance } }`,
    );
    for (const c of res.data.clusters) {
      expect(c.points).toHaveLength(c.size);
      for (const p of c.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
    const explained = res.data.clusteringStatus.explainedVariance;
    expect(explained).toHaveLength(2);
    expect(explained[0]).toBeGreaterThanOrEqual(explained[1]);
  });

  it('separates the scenario populations: adjusted Rand index against the ground truth, reported', async () => {
    const res = await gql<any>(app, `{ clusters(window: {preset: LAST_30D}) { clusterId points(first: 5000) { ip { address } } } }`);
    const scenarioOf = new Map<string, string>();
    for (const [name, s] of Object.entries(demo.truth.scenarios)) for (const ip of s.ips) scenarioOf.set(ip, name);
    const truth: string[] = [];
    const found: string[] = [];
    for (const c of res.data.clusters)
      for (const p of c.points) {
        truth.push(scenarioOf.get(p.ip.address) ?? 'unknown');
        found.push(c.clusterId);
      }
    const ari = adjustedRandIndex(truth, found);
    console.log(`clustering adjusted Rand index vs scenarios: ${ari.toFixed(4)} over ${truth.length} IPs in ${res.data.clusters.length} clusters`);
    expect(ari).toBeGreaterThan(0.3);
    // every credential stuffer lands in one cluster that holds no human
    const stuffersCluster = new Set(found.filter((_, i) => truth[i] === 'credential_stuffing'));
    expect(stuffersCluster.size).toBe(1);
    expect(found.some((c, i) => c === [...stuffersCluster][0] && truth[i] === 'human')).toBe(false);
  });
});
