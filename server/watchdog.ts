import { Worker } from 'node:worker_threads';
import type { Logger } from './logger.js';

/**
 * Ends the process when its event loop has been stuck for `stuckMs` (a runaway computation, a
 * heap thrashing near its limit): a process still listening but answering nothing is worse than one
 * that exits non-zero and is restarted by its supervisor. The main thread stamps a shared clock; a
 * worker thread, which keeps running when the main thread does not, checks it.
 */
export function startWatchdog(logger: Logger, stuckMs = 30_000) {
  const beat = new Int32Array(new SharedArrayBuffer(4));
  const stamp = () => Atomics.store(beat, 0, Math.floor(Date.now() / 1000) % 2 ** 31);
  stamp();
  setInterval(stamp, 500).unref();
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const beat = new Int32Array(workerData.buffer);
     setInterval(() => {
       const late = (Math.floor(Date.now() / 1000) % 2 ** 31) - Atomics.load(beat, 0);
       if (late * 1000 > workerData.stuckMs) {
         // straight to fd 2: a worker's process.stderr goes through the stuck main thread
         require('node:fs').writeSync(2, JSON.stringify({ level: 60, time: Date.now(), msg: 'event loop stuck: exiting', stuckSeconds: late }) + '\\n');
         process.kill(process.pid, 'SIGKILL');
       }
     }, 1000);`,
    // its own plain CommonJS: none of the main thread's loader or module flags
    { eval: true, execArgv: [], workerData: { buffer: beat.buffer, stuckMs } },
  );
  worker.unref();
  worker.on('error', (err) => logger.error({ err }, 'watchdog failed'));
}
