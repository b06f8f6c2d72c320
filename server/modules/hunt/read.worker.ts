import { parentPort } from 'node:worker_threads';
import { readDocument, UnreadableDocument, type HuntDocument } from './read.js';

/** Reads hunt documents off the event loop that answers requests (a 10 MB file takes seconds). */
parentPort!.on('message', ({ id, doc }: { id: number; doc: HuntDocument }) => {
  try {
    parentPort!.postMessage({ id, reading: readDocument(doc) });
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message, unreadable: err instanceof UnreadableDocument });
  }
});
