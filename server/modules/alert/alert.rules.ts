import { ALERT_LEVELS, utc, type Rule } from '../watch/watch.refs.js';
import type { HourRow, NeighbourRow } from './evaluate.repository.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Evidence keeps this many neighbours (their total is kept too). */
const MAX_EVIDENCE = 500;

export interface Evidence {
  /** NEW_NEIGHBOURS: the neighbours not seen with the entity before, first seen first. */
  neighbours?: { type: string; value: string; firstSeen: string; requests: number }[];
  neighbourCount?: number;
  /** DETECTIONS and VOLUME: the hours that fired, with their counts. */
  hours?: { hour: string; requests: number; detections: number }[];
  /** RETURNS_AFTER_SILENCE: the last activity before, and when it came back. */
  lastActiveBefore?: string | null;
  returnedAt?: string;
  requests?: number;
}

/** One rule firing on one entity: its first and last hour, what it saw, and a line saying so. */
export interface Fired {
  first: number;
  last: number;
  evidence: Evidence;
  summary: string;
}

const at = (s: string) => utc(s).getTime();

/** Hours that fired, as episodes: runs of hours with no hour missing between them. */
function episodes(hours: number[]): number[][] {
  const runs: number[][] = [];
  for (const h of [...hours].sort((a, b) => a - b)) {
    const run = runs.at(-1);
    if (run && h - run.at(-1)! <= HOUR) run.push(h);
    else runs.push([h]);
  }
  return runs;
}

const levelCount = (r: HourRow, level: (typeof ALERT_LEVELS)[number]) => {
  const counts = { CRITICAL: r.critical, HIGH: r.high, MEDIUM: r.medium, LOW: r.low };
  return ALERT_LEVELS.slice(0, ALERT_LEVELS.indexOf(level) + 1).reduce((n, l) => n + Number(counts[l]), 0);
};

/**
 * Every hour from `since` with traffic after more than `days` days without any. `lastBefore` is the
 * last activity before the hours read: a day's row means activity some time that day, counted as its
 * last hour, so silence is never overstated.
 */
export function returnsAfterSilence(
  rule: Extract<Rule, { kind: 'RETURNS_AFTER_SILENCE' }>,
  rows: HourRow[],
  lastBefore: number | undefined,
  since: number,
): Fired[] {
  const fired: Fired[] = [];
  let previous = lastBefore === undefined ? null : lastBefore % DAY === 0 ? lastBefore + DAY - HOUR : lastBefore;
  for (const r of rows.filter((x) => x.hits > 0)) {
    const h = at(r.hour);
    if (h >= since && (previous === null || h - previous > rule.days * DAY)) {
      fired.push({
        first: h,
        last: h,
        evidence: {
          lastActiveBefore: previous === null ? null : new Date(previous).toISOString(),
          returnedAt: new Date(h).toISOString(),
          requests: Number(r.hits),
        },
        summary: previous === null ? `active, none in the ${rule.days} days before` : `active again after ${Math.floor((h - previous) / DAY)} days of silence`,
      });
    }
    previous = h;
  }
  return fired;
}

/** DETECTIONS and VOLUME: the hours over the rule's threshold, one firing per run of consecutive hours. */
export function overThreshold(rule: Extract<Rule, { kind: 'DETECTIONS' | 'VOLUME' }>, rows: HourRow[]): Fired[] {
  const count = (r: HourRow) => (rule.kind === 'DETECTIONS' ? levelCount(r, rule.level) : 0);
  const over = rows.filter((r) => (rule.kind === 'DETECTIONS' ? count(r) > 0 : Number(r.hits) > rule.requestsPerHour));
  return episodes(over.map((r) => at(r.hour))).map((run) => {
    const inRun = over.filter((r) => run.includes(at(r.hour)));
    const detections = inRun.reduce((n, r) => n + count(r), 0);
    const requests = inRun.reduce((n, r) => n + Number(r.hits), 0);
    return {
      first: run[0]!,
      last: run.at(-1)!,
      evidence: { hours: inRun.map((r) => ({ hour: utc(r.hour).toISOString(), requests: Number(r.hits), detections: count(r) })) },
      summary:
        rule.kind === 'DETECTIONS'
          ? `${detections} detections at ${rule.level} or above`
          : `${requests} requests in ${run.length} hour(s) over ${rule.requestsPerHour} per hour`,
    };
  });
}

/**
 * NEW_NEIGHBOURS: the candidates not linked to the entity in the rule's look-back before the hours
 * read (`lastSeen` gives each one's last time there), first seen first; one firing for all of them.
 */
export function newNeighbours(
  rule: Extract<Rule, { kind: 'NEW_NEIGHBOURS' }>,
  candidates: NeighbourRow[],
  lastSeen: (key: string) => number | undefined,
  sinceRun: number,
): Fired[] {
  const fresh = candidates
    .filter((n) => {
      const last = lastSeen(n.to_key);
      return last === undefined || last < sinceRun - rule.days * DAY;
    })
    .sort((a, b) => a.first_seen.localeCompare(b.first_seen) || a.to_key.localeCompare(b.to_key));
  if (!fresh.length) return [];
  return [
    {
      first: Math.min(...fresh.map((n) => at(n.first_hour))),
      last: Math.max(...fresh.map((n) => at(n.first_hour))),
      evidence: {
        neighbours: fresh
          .slice(0, MAX_EVIDENCE)
          .map((n) => ({ type: n.to_kind, value: n.to_key, firstSeen: utc(n.first_seen).toISOString(), requests: Number(n.hits) })),
        neighbourCount: fresh.length,
      },
      summary: `${fresh.length} new ${rule.neighbour} neighbour${fresh.length === 1 ? '' : 's'}`,
    },
  ];
}

/** An episode's evidence with what a later run saw added: neighbours and hours joined, first sightings kept. */
export function merged(old: Evidence, fresh: Evidence): Evidence {
  if (fresh.neighbours) {
    const all = new Map((old.neighbours ?? []).map((n) => [`${n.type}:${n.value}`, n]));
    for (const n of fresh.neighbours) all.set(`${n.type}:${n.value}`, { ...n, firstSeen: all.get(`${n.type}:${n.value}`)?.firstSeen ?? n.firstSeen });
    const neighbours = [...all.values()].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.value.localeCompare(b.value));
    return { neighbours: neighbours.slice(0, MAX_EVIDENCE), neighbourCount: Math.max(neighbours.length, old.neighbourCount ?? 0) };
  }
  if (fresh.hours) {
    const all = new Map((old.hours ?? []).map((h) => [h.hour, h]));
    for (const h of fresh.hours) all.set(h.hour, h);
    return { hours: [...all.values()].sort((a, b) => a.hour.localeCompare(b.hour)) };
  }
  return old;
}

/** The line an extended episode says, from all its evidence. */
export function summaryOf(rule: Rule, e: Evidence, fallback: string) {
  if (rule.kind === 'NEW_NEIGHBOURS') return `${e.neighbourCount} new ${rule.neighbour} neighbour${e.neighbourCount === 1 ? '' : 's'}`;
  if (rule.kind === 'DETECTIONS') return `${(e.hours ?? []).reduce((n, h) => n + h.detections, 0)} detections at ${rule.level} or above`;
  if (rule.kind === 'VOLUME')
    return `${(e.hours ?? []).reduce((n, h) => n + h.requests, 0)} requests in ${e.hours?.length} hour(s) over ${rule.requestsPerHour} per hour`;
  return fallback;
}

export const titleOf = (watch: string, entity: string, summary: string) => `${watch}: ${summary}${watch.includes(entity) ? '' : ` (${entity})`}`.slice(0, 500);
