import { appError } from './errors.js';

/**
 * Work that holds much memory or CPU while it runs (an export, a clustering) runs at most
 * `concurrency` at a time per process; up to `queue` more wait their turn, and past that a caller is
 * told to come back (503 with Retry-After) instead of the process growing until it is killed.
 */
export interface Gate {
  run<T>(what: string, work: () => Promise<T>): Promise<T>;
  readonly running: number;
  readonly waiting: number;
}

export function createGate({ concurrency, queue }: { concurrency: number; queue: number }): Gate {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    const next = waiting.shift();
    if (next) {
      running++;
      next();
    }
  };
  return {
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
    async run(what, work) {
      if (running >= concurrency) {
        if (waiting.length >= queue) {
          throw appError('SERVICE_UNAVAILABLE', `Too many ${what} are under way on this server; retry in a few seconds.`, {
            retryAfter: 5,
            http: { status: 503, headers: { 'Retry-After': '5' } },
          });
        }
        await new Promise<void>((resume) => waiting.push(resume));
      } else running++;
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}

const gates = new WeakMap<object, Map<string, Gate>>();

/**
 * The process's gate named `name` for one configuration (the limits object): every request of an app
 * shares it, and two apps configured differently in one process (tests) keep their own.
 */
export function gateFor(limits: object, name: string, size: { concurrency: number; queue: number }): Gate {
  let byName = gates.get(limits);
  if (!byName) gates.set(limits, (byName = new Map()));
  let gate = byName.get(name);
  if (!gate) byName.set(name, (gate = createGate(size)));
  return gate;
}
