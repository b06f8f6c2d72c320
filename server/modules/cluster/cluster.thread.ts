import { Worker } from 'node:worker_threads';
import type { Clustering } from './cluster.engine.js';

interface Answer {
  clustering: Clustering;
  projection: { points: number[][]; explained: number[] };
}

let worker: Worker | undefined;
let seq = 0;
const pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();

/** The one clustering thread of this process, started on first use; a crashed one is replaced on the next. */
function thread(): Worker {
  if (worker) return worker;
  const url = new URL(`./cluster.worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  // run from source (tsx, vitest): the thread registers the same TypeScript loader before it loads the worker
  const w = url.pathname.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`, { eval: true })
    : new Worker(url);
  w.on('message', (m: { id: number; error?: string } & Partial<Answer>) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (!pending.size) w.unref();
    if (m.error) p?.reject(new Error(m.error));
    else p?.resolve(m as Answer);
  });
  const fail = (err: Error) => {
    if (worker === w) worker = undefined;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`the clustering thread exited (${code})`)));
  worker = w;
  return w;
}

/** Clusters and projects `values` on the clustering thread. */
export function clusterOffThread(values: number[][]): Promise<Answer> {
  const id = ++seq;
  return new Promise<Answer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const w = thread();
    // held while it works; idle, the thread must not keep a script (the bench, the demo) from exiting
    w.ref();
    w.postMessage({ id, values });
  });
}
