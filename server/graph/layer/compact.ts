import type { ClickHouseSettings } from '@clickhouse/client';
import type { Db } from '../../db/client.js';
import { createLayerRepository } from './layer.repository.js';

/**
 * The daily tables are rolled up from the hourly ones once a day is over (plus the late-row grace),
 * instead of by a view on every insert: that halves what each insert writes. A day's roll-up
 * records how many rows its hours held; when late rows move that count, the day is rolled up again.
 * Reads take a day from the daily tables only once it is rolled up (see state.ts).
 */

const DAY = 86_400_000;

export interface CompactOptions {
  now: Date;
  lateGraceS: number;
  settings?: ClickHouseSettings;
  shard?: string;
  /** Only days from this one on. */
  from?: Date;
}

export async function compactClosedDays(db: Db, opts: CompactOptions): Promise<string[]> {
  const repo = createLayerRepository(db);
  const shard = opts.shard ?? '';
  const closedBefore = Math.floor((opts.now.getTime() - opts.lateGraceS * 1000) / DAY) * DAY;
  const rolled = new Map((await repo.progress(shard)).filter((r) => r.source === 'daily').map((r) => [r.day, r]));
  const days = await repo.daysHeld(opts.from ?? new Date(0), new Date(closedBefore));
  const done: string[] = [];
  for (const d of days) {
    const before = rolled.get(d.day);
    if (before?.state === 'done' && Number(before.layer_rows) === Number(d.rows)) continue;
    const day = new Date(`${d.day}T00:00:00Z`);
    if (before) await repo.clearDay(day);
    await repo.compactDay(day, opts.settings ?? {});
    await repo.mark({ shard, source: 'daily', day: d.day, state: 'done', layer_rows: Number(d.rows) });
    done.push(d.day);
  }
  return done;
}
