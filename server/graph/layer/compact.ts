import type { ClickHouseSettings } from '@clickhouse/client';
import type { Db } from '../../db/client.js';
import { chTime, createLayerRepository, timeMs, type ProgressRow } from './layer.repository.js';
import { withLayerLock } from './lock.js';

/**
 * The daily tables are rolled up from the hourly ones once a day is over (plus the late-row grace),
 * instead of by a view on every insert: that halves what each insert writes. A day's roll-up
 * records how many rows its hours held; when late rows move that count, the day is rolled up again.
 * Reads take a day from the daily tables only once it is rolled up (see state.ts).
 *
 * The day not closed yet has its closed hours' degrees rolled into the hourly degrees the same way
 * (recorded up to which hour, with how many rows; rolled again from its first hour when late rows
 * move that count): no view writes them on the insert path, and a degree read would otherwise count a
 * hub's neighbours from its links of every hour of the day.
 */

const DAY = 86_400_000;
const HOUR = 3_600_000;
const HOURLESS_PER_PASS = 7;

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
  const progress = await repo.progress(shard);
  const rolled = new Map(progress.filter((r) => r.source === 'daily').map((r) => [r.day, r]));
  const days = await repo.daysHeld(opts.from ?? new Date(0), new Date(closedBefore));
  const hoursRolled = new Set(progress.filter((r) => r.source === 'hours').map((r) => r.day));
  const wholeDayRolled = (day: Date, d: { day: string; rows: number }) =>
    repo.mark({ shard, source: 'hours', day: d.day, state: 'done', cutoff: chTime(new Date(day.getTime() + DAY)), layer_rows: Number(d.rows) });
  const done: string[] = [];
  for (const d of days) {
    const before = rolled.get(d.day);
    if (before?.state === 'done' && Number(before.layer_rows) === Number(d.rows)) continue;
    const day = new Date(`${d.day}T00:00:00Z`);
    if (before) await repo.clearDay(day);
    else if (hoursRolled.has(d.day)) await repo.clearDegreeHours(day);
    await repo.compactDay(day, opts.settings ?? {});
    await repo.mark({ shard, source: 'daily', day: d.day, state: 'done', layer_rows: Number(d.rows) });
    await wholeDayRolled(day, d);
    done.push(d.day);
  }
  // days rolled up by a version that wrote no hourly degrees: newest first, a few per pass
  const hourless = days.filter((d) => rolled.get(d.day)?.state === 'done' && !done.includes(d.day) && !hoursRolled.has(d.day)).reverse();
  for (const d of hourless.slice(0, HOURLESS_PER_PASS)) {
    const day = new Date(`${d.day}T00:00:00Z`);
    await repo.clearDegreeHours(day);
    await repo.compactDegreeHours(day, new Date(day.getTime() + DAY), opts.settings ?? {});
    await wholeDayRolled(day, d);
  }
  // (the day still open is never among the closed days above: its marks are as read)
  await compactClosedHours(db, opts, progress);
  return done;
}

/**
 * `compactClosedDays` under the layer's lock, as the servers' upkeep and `npm run layer -- compact`
 * run it: two roll-ups of one day at once would count it twice. LayerBusyError when another holds it.
 */
export function compactUnderLock(db: Db, owner: string, opts: CompactOptions): Promise<string[]> {
  return withLayerLock(db, owner, () => compactClosedDays(db, opts), opts.shard ?? '');
}

/** The degrees of the closed hours of the day the late-row grace still keeps open. */
async function compactClosedHours(db: Db, opts: CompactOptions, progress: ProgressRow[]) {
  const repo = createLayerRepository(db);
  const shard = opts.shard ?? '';
  const open = opts.now.getTime() - opts.lateGraceS * 1000;
  const day = new Date(Math.floor(open / DAY) * DAY);
  const closedBefore = new Date(Math.floor(open / HOUR) * HOUR);
  if (closedBefore <= day || (opts.from && closedBefore <= opts.from)) return;
  const dayText = day.toISOString().slice(0, 10);
  // a day rolled up whole has its hours' degrees from its own roll-up
  if (progress.some((r) => r.source === 'daily' && r.day === dayText && r.state === 'done')) return;
  const mark = progress.find((r) => r.source === 'hours' && r.day === dayText);
  const held = await repo.hoursHeld(day, closedBefore);
  const rowsBefore = (t: number) => held.filter((h) => timeMs(h.hour) < t).reduce((n, h) => n + Number(h.rows), 0);
  const rolledUntil = mark?.state === 'done' ? timeMs(mark.cutoff) : day.getTime();
  const total = rowsBefore(closedBefore.getTime());
  if (rolledUntil === closedBefore.getTime() && Number(mark?.layer_rows) === total) return;
  // the hours already rolled still hold what they held: only the newly closed ones are added
  const append = mark?.state === 'done' && rolledUntil <= closedBefore.getTime() && rowsBefore(rolledUntil) === Number(mark.layer_rows);
  if (!append && mark) await repo.clearDegreeHours(day);
  await repo.compactDegreeHours(append ? new Date(rolledUntil) : day, closedBefore, opts.settings ?? {});
  await repo.mark({ shard, source: 'hours', day: dayText, state: 'done', cutoff: chTime(closedBefore), layer_rows: total });
}
