import { Worker } from 'node:worker_threads';
import type { Reading } from './indicator.js';
import { readDocument, UnreadableDocument, type HuntDocument } from './read.js';

/** Documents up to this size are read at once on the request's thread (a few milliseconds); larger ones on the reading thread. */
const INLINE_BYTES = 256 * 1024;

let worker: Worker | undefined;
let seq = 0;
const pending = new Map<number, { resolve: (r: Reading) => void; reject: (e: Error) => void }>();

/** The one reading thread of this process, started on first use; a crashed one is replaced on the next. */
function thread(): Worker {
  if (worker) return worker;
  const url = new URL(`./read.worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  // run from source (tsx, vitest): the thread registers the same TypeScript loader before it loads the worker
  const w = url.pathname.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`, { eval: true })
    : new Worker(url);
  w.on('message', (m: { id: number; reading?: Reading; error?: string; unreadable?: boolean }) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (!pending.size) w.unref();
    if (m.error !== undefined) p?.reject(m.unreadable ? new UnreadableDocument(m.error) : new Error(m.error));
    else p?.resolve(m.reading!);
  });
  const fail = (err: Error) => {
    if (worker === w) worker = undefined;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`the hunt reading thread exited (${code})`)));
  worker = w;
  return w;
}

/**
 * Reads a document: a small one at once, a large one on the reading thread, one at a time, so a
 * 10 MB upload never holds the event loop that answers every other request.
 */
export function readOffThread(doc: HuntDocument): Promise<Reading> {
  if (Buffer.byteLength(doc.text, 'utf8') <= INLINE_BYTES) {
    try {
      return Promise.resolve(readDocument(doc));
    } catch (err) {
      return Promise.reject(err as Error);
    }
  }
  const id = ++seq;
  return new Promise<Reading>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const w = thread();
    // held while it works; idle, the thread must not keep a script from exiting
    w.ref();
    w.postMessage({ id, doc });
  });
}
