import { LegacyClusterIpsDocument, LegacyClusterPointsDocument, LegacyClustersDocument, LegacyClusteringStatusDocument } from '../generated/graphql.js';
import { int } from '../params.js';
import { defineRoute, type Route } from '../route.js';

export const clusteringRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/clustering/status',
    tag: 'Clustering',
    summary: 'Clustering cache status',
    operation: LegacyClusteringStatusDocument,
    variables: () => ({}),
    shape: ({ clusteringStatus: s }) => ({
      status: s.state.toLowerCase(),
      ttl_seconds: s.ttlSeconds,
      computed_at: s.computedAt,
      expires_at: s.expiresAt,
      duration_ms: s.durationMs,
      n_points: s.points,
      n_clusters: s.k,
      silhouette: s.silhouette,
      features: s.features,
      k_scores: s.tried.map((t) => ({ k: t.k, silhouette: t.silhouette })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/clustering/clusters',
    tag: 'Clustering',
    summary: 'K-Means cluster list (last 7 days, largest first)',
    operation: LegacyClustersDocument,
    variables: () => ({}),
    shape: (data) => ({
      clusters: data.clusters.map((c) => ({
        cluster_id: c.clusterId,
        size: c.size,
        profile: c.profile,
        hits: c.hits,
        detections: c.detectionCount,
        centroid: Object.fromEntries(c.centroid.map((f) => [f.feature, f.value])),
        centroid_z: Object.fromEntries(c.centroid.map((f) => [f.feature, f.zScore])),
      })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/clustering/cluster/{cluster_id}/ips',
    tag: 'Clustering',
    summary: 'IPs in a cluster, busiest first',
    query: [{ name: 'limit', type: 'integer', description: '1–500, default 100.' }],
    operation: LegacyClusterIpsDocument,
    variables: ({ params, query }) => ({ id: params.cluster_id!, first: int(query, ['limit'], { min: 1, max: 500, fallback: 100 }) }),
    notFound: (data) => !data.cluster,
    shape: (data) => ({
      cluster_id: data.cluster!.clusterId,
      total: data.cluster!.ips.totalCount,
      ips: data.cluster!.ips.edges.map((e) => ({
        ip: e.node.address,
        hits: e.hits,
        country_code: e.node.country?.code ?? '',
        asn_number: e.node.asn?.number ?? null,
        asn_org: e.node.asn?.name ?? '',
      })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/clustering/cluster/{cluster_id}/points',
    tag: 'Clustering',
    summary: 'A cluster’s members as scatter points (first two principal components of the standardized features)',
    query: [{ name: 'limit', type: 'integer', description: '1–5 000, default 1 000.' }],
    operation: LegacyClusterPointsDocument,
    variables: ({ params, query }) => ({ id: params.cluster_id!, first: int(query, ['limit'], { min: 1, max: 5000, fallback: 1000 }) }),
    notFound: (data) => !data.cluster,
    shape: (data) => ({
      cluster_id: data.cluster!.clusterId,
      size: data.cluster!.size,
      points: data.cluster!.points.map((p) => ({ ip: p.ip.address, x: p.x, y: p.y, hits: p.hits })),
    }),
  }),
];
