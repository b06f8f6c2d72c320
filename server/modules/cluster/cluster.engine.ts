import { kmeans } from 'ml-kmeans';
import { PCA } from 'ml-pca';

export interface Clustering {
  k: number;
  silhouette: number;
  /** Silhouette of each k tried: why this k. */
  tried: { k: number; silhouette: number }[];
  labels: number[];
  /** Centroids in z-scores. */
  centroids: number[][];
  means: number[];
  stds: number[];
}

export interface EngineOptions {
  kMin?: number;
  kMax?: number;
  seed?: number;
  /** Points used to score silhouettes (O(n²)): a deterministic stride sample. */
  silhouetteSample?: number;
}

/** Z-scores per feature; a constant feature gets std 1 so it contributes nothing. */
export function standardize(points: number[][]) {
  const dims = points[0]?.length ?? 0;
  const means = Array.from({ length: dims }, (_, j) => points.reduce((s, p) => s + p[j]!, 0) / points.length);
  const stds = means.map((m, j) => Math.sqrt(points.reduce((s, p) => s + (p[j]! - m) ** 2, 0) / points.length) || 1);
  return { z: points.map((p) => p.map((v, j) => (v - means[j]!) / stds[j]!)), means, stds };
}

const dist = (a: number[], b: number[]) => Math.sqrt(a.reduce((s, v, i) => s + (v - b[i]!) ** 2, 0));

/** Mean silhouette of the sampled points (Rousseeuw 1987); singletons score 0. */
export function silhouette(points: number[][], labels: number[], sample: number[]): number {
  let total = 0;
  for (const i of sample) {
    const sums = new Map<number, { sum: number; n: number }>();
    for (const j of sample) {
      if (i === j) continue;
      const e = sums.get(labels[j]!) ?? { sum: 0, n: 0 };
      e.sum += dist(points[i]!, points[j]!);
      e.n += 1;
      sums.set(labels[j]!, e);
    }
    const own = sums.get(labels[i]!);
    if (!own || own.n === 0) continue;
    const a = own.sum / own.n;
    const b = Math.min(...[...sums].filter(([l]) => l !== labels[i]).map(([, e]) => e.sum / e.n));
    if (Number.isFinite(b)) total += (b - a) / Math.max(a, b);
  }
  return sample.length ? total / sample.length : 0;
}

/** K-Means on standardized features, choosing k by the best silhouette in [kMin, kMax]. */
export function cluster(points: number[][], opts: EngineOptions = {}): Clustering {
  const { kMin = 2, kMax = 8, seed = 42, silhouetteSample = 1500 } = opts;
  const { z, means, stds } = standardize(points);
  const stride = Math.max(1, Math.floor(z.length / silhouetteSample));
  const sample = Array.from({ length: Math.min(z.length, silhouetteSample) }, (_, i) => i * stride).filter((i) => i < z.length);
  const tried: Clustering['tried'] = [];
  let best: Clustering | undefined;
  for (let k = kMin; k <= Math.min(kMax, z.length - 1); k++) {
    const res = kmeans(z, k, { seed, initialization: 'kmeans++', maxIterations: 100 });
    const s = silhouette(z, res.clusters, sample);
    tried.push({ k, silhouette: s });
    if (!best || s > best.silhouette) best = { k, silhouette: s, tried, labels: res.clusters, centroids: res.centroids, means, stds };
  }
  if (!best) return { k: z.length ? 1 : 0, silhouette: 0, tried, labels: z.map(() => 0), centroids: z.length ? [means.map(() => 0)] : [], means, stds };
  return best;
}

/** The first two principal components of standardized points: where to draw them on a plane. */
export function project2d(z: number[][]): { points: number[][]; explained: number[] } {
  if (z.length < 3) return { points: z.map(() => [0, 0]), explained: [] };
  const pca = new PCA(z, { center: true, scale: false });
  return { points: pca.predict(z, { nComponents: 2 }).to2DArray(), explained: pca.getExplainedVariance().slice(0, 2) };
}
