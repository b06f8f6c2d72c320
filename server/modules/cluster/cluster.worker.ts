import { parentPort } from 'node:worker_threads';
import { cluster, project2d, standardize } from './cluster.engine.js';

/** K-Means and PCA over one window's points, off the event loop that answers requests. */
parentPort!.on('message', ({ id, values }: { id: number; values: number[][] }) => {
  try {
    const clustering = cluster(values);
    const projection = project2d(standardize(values).z);
    parentPort!.postMessage({ id, clustering, projection });
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message });
  }
});
