import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../../test/demo-db.js';
import { gql, testApp } from '../../test/app.js';
import { cluster, silhouette, standardize } from './cluster.engine.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
});

describe('clustering engine', () => {
  it('standardizes features to mean 0 and std 1', () => {
    const { z } = standardize([[1, 10], [3, 10], [5, 10]]);
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
    expect(silhouette(points, c.labels, points.map((_, i) => i))).toBeCloseTo(c.silhouette, 5);
  });
});

describe('Cluster entities on the demo data', () => {
  const W = '{preset: LAST_30D}';

  it('partitions the scored IPs; each cluster has a centroid over every feature and member IPs', async () => {
    const res = await gql<any>(app, `{ clusters(window: ${W}) { id clusterId size centroid { feature value zScore } ips(first: 500) { totalCount edges { node { address } } } } }`);
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
