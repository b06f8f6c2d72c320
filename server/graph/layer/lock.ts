import { hostname } from 'node:os';
import type { Db } from '../../db/client.js';
import { createLayerRepository, NO_DAY, timeMs, type LayerRepository, type ProgressRow } from './layer.repository.js';

/**
 * The layer's lock, a row of its progress table with a heartbeat: installs and the servers' roll-ups
 * never overlap (two roll-ups of one day would count it twice).
 */

/** Another install holds the lock. */
export class LayerBusyError extends Error {
  constructor(
    readonly holder: string,
    since: string,
  ) {
    super(`another graph-layer install, roll-up or drain is running: ${holder} (heartbeat ${since}); it must finish or stop first`);
  }
}

const LOCK_STALE_MS = 120_000;
const HEARTBEAT_MS = 10_000;
const LOCK_SETTLE_MS = 1500;

/**
 * Runs `fn` holding one of the layer's locks, its heartbeat kept meanwhile; LayerBusyError when
 * another holds it. `lock` is the install's and the roll-ups'; deferred mode's drain has its own
 * (`drain-lock`), so it goes on while an install runs.
 */
export async function withLayerLock<T>(db: Db, owner: string, fn: () => Promise<T>, shard = '', lock: 'lock' | 'drain-lock' = 'lock'): Promise<T> {
  const repo = createLayerRepository(db);
  await acquire(repo, shard, owner, lock);
  const heartbeat = setInterval(() => void repo.mark({ shard, source: lock, day: NO_DAY, state: 'held', owner }).catch(() => {}), HEARTBEAT_MS);
  heartbeat.unref();
  try {
    return await fn();
  } finally {
    clearInterval(heartbeat);
    await repo.mark({ shard, source: lock, day: NO_DAY, state: 'released', owner }).catch(() => {});
  }
}
async function acquire(repo: LayerRepository, shard: string, owner: string, lock: string) {
  const lockOf = async () => (await repo.progress(shard)).find((r) => r.source === lock);
  const held = (r: ProgressRow | undefined) =>
    r && r.state === 'held' && r.owner !== owner && Date.now() - timeMs(r.updated_at) < LOCK_STALE_MS && alive(r.owner);
  const before = await lockOf();
  if (held(before)) throw new LayerBusyError(before!.owner, before!.updated_at);
  await repo.mark({ shard, source: lock, day: NO_DAY, state: 'held', owner });
  // two installs that checked before either wrote: the later version wins, read again once both have
  // written (ClickHouse has no compare-and-set; a contender writes within moments of its check)
  for (const wait of [0, LOCK_SETTLE_MS]) {
    await new Promise((r) => setTimeout(r, wait));
    const after = await lockOf();
    if (after?.owner !== owner) throw new LayerBusyError(after?.owner ?? 'unknown', after?.updated_at ?? '');
  }
}

/** A holder on this machine whose process is gone (killed) holds nothing; one elsewhere holds until its heartbeat is stale. */
function alive(holder: string): boolean {
  const m = /^(?:server )?(.+):(\d+)$/.exec(holder);
  if (!m || m[1] !== hostname()) return true;
  try {
    process.kill(Number(m[2]), 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
