import type { Db } from '../db/client.js';
import { sql, type Sql } from '../db/sql.js';
import { wholeHours, type Window } from '../db/window.js';
import type { Dim, Source } from './columns.sql.js';
import { layerState } from './layer/state.js';

/** SQL over the graph layer's tables that repositories of other modules may build on. */

export const SOURCE_NAME: Record<Source, string> = { logs: 'traffic', ml: 'detections' };

const DAY = 86_400_000;

/** Kinds with few links per key: an IP's fingerprints and hosts, a /24's addresses. */
export const FEW_LINKS: readonly Dim[] = ['IP', 'SUBNET'];

/**
 * A window as the layer holds it: its whole UTC days that are rolled up (a condition on `day` for
 * the daily tables), and every other hour (a condition on `hour` for the hourly ones), each as
 * ranges the primary key can use; null where there is none.
 */
export function splitWindow(db: Db, window: Window): { days: Sql | null; hours: Sql | null } {
  const { days, hours } = windowRanges(db, window);
  return { days: anyOf(days.map(dayRange)), hours: anyOf(hours.map(hourRange)) };
}

type Range = [from: number, until: number];
const dayRange = ([from, to]: Range) => sql`(day >= toDate(${new Date(from)}) AND day < toDate(${new Date(to)}))`;
const hourRange = ([from, to]: Range) => sql`(hour >= ${new Date(from)} AND hour < ${new Date(to)})`;

function windowRanges(db: Db, window: Window): { days: Range[]; hours: Range[] } {
  const w = wholeHours(window);
  const rolled = layerState(db).rolledDays;
  const hours: Range[] = [];
  const days: Range[] = [];
  let at = w.since.getTime();
  for (let d = Math.ceil(at / DAY) * DAY; d + DAY <= w.until.getTime(); d += DAY) {
    if (!rolled.has(d)) continue;
    let to = d + DAY;
    while (to + DAY <= w.until.getTime() && rolled.has(to)) to += DAY;
    if (at < d) hours.push([at, d]);
    days.push([d, to]);
    at = to;
    d = to - DAY;
  }
  if (at < w.until.getTime()) hours.push([at, w.until.getTime()]);
  return { days, hours };
}

/**
 * `splitWindow` for the degrees: of the hours, those whose degrees are rolled up per hour (see
 * compact.ts) apart from the others, read from the links.
 */
export function splitWindowForDegrees(db: Db, window: Window): { days: Sql | null; rolledHours: Sql | null; hours: Sql | null } {
  const { days, hours } = windowRanges(db, window);
  const rolledUntil = layerState(db).degreeHours;
  const rolled: Range[] = [];
  const rest: Range[] = [];
  for (const [from, until] of hours) {
    for (let d = Math.floor(from / DAY) * DAY; d < until; d += DAY) {
      const [start, end] = [Math.max(from, d), Math.min(until, d + DAY)];
      const split = Math.min(end, Math.max(start, rolledUntil.get(d) ?? start));
      extend(rolled, [start, split]);
      extend(rest, [split, end]);
    }
  }
  return { days: anyOf(days.map(dayRange)), rolledHours: anyOf(rolled.map(hourRange)), hours: anyOf(rest.map(hourRange)) };
}

/** Adds a range to a list, joined to the last one when they touch. */
function extend(ranges: Range[], [from, until]: Range) {
  if (from >= until) return;
  const last = ranges.at(-1);
  if (last && last[1] === from) last[1] = until;
  else ranges.push([from, until]);
}

const anyOf = (xs: Sql[]) => (xs.length ? sql`(${sql.join(xs, ' OR ')})` : null);

/**
 * Every UTC day the window touches that is rolled up, whole (its edge days too), and the hours of
 * the others: where a read only looks for candidate keys (quick search), a day's keys are one row
 * each where its hours are up to 24.
 */
export function coveringDays(db: Db, window: Window): { days: Sql | null; hours: Sql | null } {
  const w = wholeHours(window);
  const { rolledDays: rolled, newestHour } = layerState(db);
  // hours after the newest the layer held when its state was loaded (seconds ago) hold nothing to find
  const end = Math.min(w.until.getTime(), newestHour === null ? Infinity : newestHour + 3_600_000);
  const dayRanges: Sql[] = [];
  const hourRanges: Sql[] = [];
  for (let d = Math.floor(w.since.getTime() / DAY) * DAY; d < w.until.getTime(); d += DAY) {
    if (rolled.has(d)) {
      let to = d + DAY;
      while (to < w.until.getTime() && rolled.has(to)) to += DAY;
      dayRanges.push(sql`(day >= toDate(${new Date(d)}) AND day < toDate(${new Date(to)}))`);
      d = to - DAY;
    } else {
      let to = d + DAY;
      while (to < w.until.getTime() && !rolled.has(to)) to += DAY;
      const [from, until] = [Math.max(d, w.since.getTime()), Math.min(to, end)];
      if (from < until) hourRanges.push(sql`(hour >= ${new Date(from)} AND hour < ${new Date(until)})`);
      d = to - DAY;
    }
  }
  return { days: anyOf(dayRanges), hours: anyOf(hourRanges) };
}

/** Past this span a key's nodes, and an IP's or a /24's links, are read per day too: hours × keys would outgrow days × keys. */
const HOURLY_ONLY_SPAN = 31 * DAY;

/**
 * Past this many keys in one read, the same: each key costs its own granules, and a key's hours are
 * up to 24 rows a day where its day is one (a hunt of 8,708 addresses: 489,281 rows hourly, 191,367
 * by day).
 */
const HOURLY_ONLY_KEYS = 100;

/** How many keys a read asks for, for `hourlyAndDaily` (a key asked in two groups counts twice, as it costs). */
export const keyCount = (groups: readonly { keys: readonly string[] }[]) => groups.reduce((n, g) => n + g.keys.length, 0);

/**
 * Rows of a link or node table over a window: its rolled-up days from the daily table, its
 * other hours from the hourly one, as one row set (the columns are aggregate states and sums, so the
 * caller's GROUP BY merges both). With `time`, each row also carries `t`, the start of its hour or day;
 * `hoursOnly` reads the hourly table alone (buckets shorter than a day); `keys`, how many keys
 * `where` asks for, where the caller knows.
 */
export function hourlyAndDaily(
  table: 'graph_links' | 'graph_nodes',
  db: Db,
  columns: Sql,
  where: Sql,
  window: Window,
  kinds: Dim[],
  opts: { time?: boolean; hoursOnly?: boolean; mergesSets?: boolean; keys?: number } = {},
): Sql {
  const w = wholeHours(window);
  const hourly = db.table(`${table}_1h`);
  const { days, hours } = splitWindow(db, w);
  const hourCols = opts.time ? sql`${columns}, hour AS t` : columns;
  const dayCols = opts.time ? sql`${columns}, toDateTime(day) AS t` : columns;
  const short = w.until.getTime() - w.since.getTime() <= HOURLY_ONLY_SPAN && (opts.keys ?? 0) <= HOURLY_ONLY_KEYS;
  // a few keys' nodes, and a few IPs' or /24s' links, are few over a month: one table is one plan cheaper than two
  if (!days || opts.hoursOnly || (short && !opts.mergesSets && (table === 'graph_nodes' || kinds.every((k) => FEW_LINKS.includes(k))))) {
    return sql`SELECT ${hourCols} FROM ${hourly} WHERE ${where} AND hour >= ${w.since} AND hour < ${w.until}`;
  }
  const daily = sql`SELECT ${dayCols} FROM ${db.table(`${table}_1d`)} WHERE ${where} AND ${days}`;
  if (!hours) return daily;
  return sql`SELECT ${hourCols} FROM ${hourly} WHERE ${where} AND ${hours}
             UNION ALL
             ${daily}`;
}

/**
 * `src_ip IN (…)` the IPs the layer links to `keys` in the window: lets a read of raw rows about a
 * host, an AS, a country, a User-Agent or a campaign use the raw tables' (src_ip, time) key.
 */
export function ipsLinkedTo(db: Db, kind: Dim, keys: readonly string[], w: Window, src: Source): Sql {
  const where = sql`source = ${SOURCE_NAME[src]} AND from_kind = ${kind} AND to_kind = 'IP' AND from_key IN ${[...keys]}`;
  return sql`src_ip IN (SELECT DISTINCT toIPv6(to_key) FROM (${hourlyAndDaily('graph_links', db, sql`to_key`, where, w, [kind])}))`;
}

/** Kinds the detections table has no key for (it is keyed by address, with a JA4 projection). */
const DETECTIONS_THROUGH_IPS: readonly Dim[] = ['HOST', 'ASN', 'COUNTRY', 'USER_AGENT', 'CAMPAIGN'];

/** On the detections table, the rows of `keys` read through the IPs the layer links them to (else `1`). */
export function detectionsThroughIps(db: Db, kind: Dim, keys: readonly string[], w: Window): Sql {
  return DETECTIONS_THROUGH_IPS.includes(kind) ? ipsLinkedTo(db, kind, keys, w, 'ml') : sql`1`;
}
