import { createHash, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Db } from '../../db/client.js';
import { chTime } from '../../db/versioned.js';
import type { Dim } from '../../graph/columns.sql.js';
import { investigationsById } from '../saved-investigation/saved-investigation.refs.js';
import { liveWatches, ruleKey, rulesOfRow, utc, type Rule, type WatchRow } from '../watch/watch.refs.js';
import { createAlertRepository, type AlertRow, type WriteStamp } from './alert.repository.js';
import { createEvaluationRepository, type HourRow, type KeyGroup, type LinkGroup, type NeighbourRow } from './evaluate.repository.js';
import { merged, newNeighbours, overThreshold, returnsAfterSilence, summaryOf, titleOf, type Evidence, type Fired } from './alert.rules.js';
import { KINDS_IN_LAYER } from '../../graph/entity.kinds.js';

export type { Evidence } from './alert.rules.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A run after a long stop reads at most this far back: older hours are not alerted on. */
export const MAX_CATCH_UP_MS = 7 * DAY;

export interface RunResult {
  /** The hours read: from the watermark to now. */
  since: string;
  until: string;
  watches: number;
  keys: number;
  /** Alerts this run stored first (the same alert evaluated by another instance, or again, is stored once): the ones it delivers. */
  raised: AlertRow[];
  extended: AlertRow[];
  statements: number;
  ms: number;
}

interface Watched {
  watch: WatchRow;
  rules: Rule[];
  kind: Dim;
  key: string;
  /** The first hour its rules look at: the watermark, or the hour it was created. */
  since: number;
  createdAt: number;
}

interface Firing extends Fired {
  w: Watched;
  rule: Rule;
}

const hourOf = (ms: number) => Math.floor(ms / HOUR) * HOUR;
const chHour = (ms: number) => chTime(new Date(ms)).slice(0, 19);
const at = (s: string) => utc(s).getTime();

/** The alert's id: the same watch, rule, entity and first hour give the same id on every instance. */
export const alertId = (watchId: string, rule: string, kind: string, key: string, firstHour: number) =>
  createHash('sha256').update(`${watchId}\n${rule}\n${kind}\n${key}\n${firstHour}`).digest('hex').slice(0, 32);

function groupKeys(items: { kind: Dim; key: string }[]): KeyGroup[] {
  const by = new Map<Dim, Set<string>>();
  for (const i of items) (by.get(i.kind) ?? by.set(i.kind, new Set()).get(i.kind)!).add(i.key);
  return [...by].map(([kind, keys]) => ({ kind, keys: [...keys] }));
}

function groupLinks(items: { from: Dim; to: Dim; key: string }[]): LinkGroup[] {
  const by = new Map<string, LinkGroup & { set: Set<string> }>();
  for (const i of items) {
    const id = `${i.from}>${i.to}`;
    const g = by.get(id) ?? by.set(id, { from: i.from, to: i.to, keys: [], set: new Set() }).get(id)!;
    g.set.add(i.key);
  }
  return [...by.values()].map((g) => ({ from: g.from, to: g.to, keys: [...g.set] }));
}

/** The watched entities: a watch's own, or every entity of the investigation it watches (as it is now). */
async function watchedOf(db: Db, watches: WatchRow[], sinceRun: number): Promise<Watched[]> {
  const investigations = await investigationsById(
    db,
    watches.filter((w) => w.target_type === 'INVESTIGATION').map((w) => w.target),
  );
  return watches.flatMap((watch) => {
    const createdAt = at(watch.created_at);
    const base = { watch, rules: rulesOfRow(watch), since: Math.max(sinceRun, hourOf(createdAt)), createdAt };
    if (watch.target_type !== 'INVESTIGATION') return [{ ...base, kind: watch.target_type as Dim, key: watch.target }];
    return (
      (investigations.get(watch.target)?.entities ?? [])
        // kinds the layer keeps per hour: an investigation's other entities are not watched
        .filter((e) => (KINDS_IN_LAYER as readonly string[]).includes(e.type))
        .map((e) => ({ ...base, kind: e.type as Dim, key: e.value }))
    );
  });
}

/**
 * One evaluation run: every live, unmuted watch's rules over the hours since the watermark (the
 * hour it stands in again: it was still filling), in a fixed number of statements whatever the
 * number of watches. A rule firing on an entity extends the alert of its episode when one is going
 * on, and raises a new one otherwise; the watermark moves only once the alerts are stored, so a run
 * that fails is done again from the same hour.
 */
export async function evaluateWatches(db: Db, opts: { now?: Date; scope?: string; runId?: string } = {}): Promise<RunResult> {
  const started = performance.now();
  const now = (opts.now ?? new Date()).getTime();
  const scope = opts.scope ?? 'default';
  const alerts = createAlertRepository(db);
  const layer = createEvaluationRepository(db);
  let statements = 2;
  const [mark, all] = await Promise.all([alerts.watermark(scope), liveWatches(db)]);
  const active = all.filter((w) => at(w.muted_until) <= now);
  const firstCreated = Math.min(...active.map((w) => hourOf(at(w.created_at))), hourOf(now));
  const sinceRun = Math.max(mark ? at(mark) : firstCreated, hourOf(now - MAX_CATCH_UP_MS));
  const until = hourOf(now) + HOUR;
  const watched = await watchedOf(db, active, sinceRun);
  if (active.some((w) => w.target_type === 'INVESTIGATION')) statements++;

  const hourly = watched.filter((w) => w.rules.some((r) => r.kind !== 'NEW_NEIGHBOURS'));
  const linked = watched.flatMap((w) => w.rules.flatMap((r) => (r.kind === 'NEW_NEIGHBOURS' ? [{ from: w.kind, to: r.neighbour, key: w.key }] : [])));
  const range = { since: new Date(sinceRun), until: new Date(until) };
  const [hours, neighbours, open] = await Promise.all([
    hourly.length ? (statements++, layer.hours(groupKeys(hourly), range)) : [],
    linked.length ? (statements++, layer.neighbours(groupLinks(linked), range)) : [],
    active.length ? (statements++, alerts.latestEpisodes([...new Set(active.map((w) => w.id))], new Date(sinceRun - 2 * HOUR))) : [],
  ]);

  const hoursOf = new Map<string, HourRow[]>();
  for (const r of hours) (hoursOf.get(`${r.kind}:${r.key}`) ?? hoursOf.set(`${r.kind}:${r.key}`, []).get(`${r.kind}:${r.key}`)!).push(r);
  const neighboursOf = new Map<string, NeighbourRow[]>();
  for (const r of neighbours) {
    const id = `${r.from_kind}:${r.from_key}>${r.to_kind}`;
    (neighboursOf.get(id) ?? neighboursOf.set(id, []).get(id)!).push(r);
  }

  // what the keys that came back, and the neighbours that appeared, looked like before the hours read
  const silenceDays = Math.max(0, ...watched.flatMap((w) => w.rules.map((r) => (r.kind === 'RETURNS_AFTER_SILENCE' ? r.days : 0))));
  const returning = hourly.filter((w) => w.rules.some((r) => r.kind === 'RETURNS_AFTER_SILENCE') && hoursOf.get(`${w.kind}:${w.key}`)?.some((h) => h.hits > 0));
  const candidates = watched.flatMap((w) =>
    w.rules.flatMap((r) =>
      r.kind === 'NEW_NEIGHBOURS'
        ? (neighboursOf.get(`${w.kind}:${w.key}>${r.neighbour}`) ?? [])
            .filter((n) => at(n.first_hour) >= w.since && at(n.first_seen) >= w.createdAt)
            .map((n) => ({ w, r, n }))
        : [],
    ),
  );
  const lookback = Math.max(0, ...candidates.map((c) => (c.r.kind === 'NEW_NEIGHBOURS' ? c.r.days : 0)));
  const before = (days: number) => ({ since: new Date(sinceRun - days * DAY), until: new Date(sinceRun) });
  const [lastActive, seenBefore] = await Promise.all([
    // a month further back than the rule needs: the evidence says when it was last seen, not only that it was silent
    returning.length ? (statements++, layer.lastActive(groupKeys(returning), before(silenceDays + 30))) : [],
    candidates.length
      ? (statements++,
        layer.seenBefore(
          groupLinks(candidates.map((c) => ({ from: c.w.kind, to: c.n.to_kind as Dim, key: c.w.key }))).map((g) => ({
            ...g,
            candidates: [...new Set(candidates.filter((c) => c.w.kind === g.from && c.n.to_kind === g.to).map((c) => c.n.to_key))],
          })),
          before(lookback),
        ))
      : [],
  ]);
  const lastBefore = new Map(lastActive.map((r) => [`${r.kind}:${r.key}`, at(r.last)]));
  const seen = new Map(seenBefore.map((r) => [`${r.from_kind}:${r.from_key}>${r.to_key}`, at(r.last)]));

  const firings: Firing[] = [];
  for (const w of watched) {
    const rows = hoursOf.get(`${w.kind}:${w.key}`) ?? [];
    for (const rule of w.rules) {
      const fired =
        rule.kind === 'RETURNS_AFTER_SILENCE'
          ? returnsAfterSilence(rule, rows, lastBefore.get(`${w.kind}:${w.key}`), w.since)
          : rule.kind === 'DETECTIONS' || rule.kind === 'VOLUME'
            ? overThreshold(
                rule,
                rows.filter((r) => at(r.hour) >= w.since),
              )
            : newNeighbours(
                rule,
                candidates.filter((c) => c.w === w && c.r === rule).map((c) => c.n),
                (to) => seen.get(`${w.kind}:${w.key}>${to}`),
                sinceRun,
              );
      firings.push(...fired.map((f) => ({ ...f, w, rule })));
    }
  }

  // an episode going on (its alert not closed, its last hour the one before or later) is extended, not raised again
  const openOf = new Map(open.map((a) => [`${a.watch_id}|${a.rule}|${a.entity_type}|${a.entity_value}`, a]));
  const runId = opts.runId ?? randomUUID();
  const stamp = (action: string, details: string): WriteStamp => ({
    actor: 'alerting',
    role: 'system',
    request_id: runId,
    client_ip: '',
    action,
    details: details.slice(0, 1000),
  });
  const written = chTime(new Date(now));
  const raised: AlertRow[] = [];
  const extended: AlertRow[] = [];
  let attempts = 0;
  const writes: Promise<void>[] = [];
  for (const f of firings) {
    const key = ruleKey(f.rule);
    const current = openOf.get(`${f.w.watch.id}|${key}|${f.w.kind}|${f.w.key}`);
    const entity = `${f.w.kind} ${f.w.key}`;
    if (current && current.state !== 'closed' && at(current.last_hour) >= f.first - HOUR) {
      const evidence = merged(JSON.parse(current.evidence) as Evidence, f.evidence);
      const last = Math.max(at(current.last_hour), f.last);
      if (last === at(current.last_hour) && JSON.stringify(evidence) === current.evidence) continue;
      const row: AlertRow = {
        ...current,
        version: Math.max(now, current.version + 1),
        last_hour: chHour(last),
        updated_at: written,
        evidence: JSON.stringify(evidence),
        title: titleOf(f.w.watch.name, entity, summaryOf(f.rule, evidence, f.summary)),
      };
      extended.push(row);
      writes.push(
        alerts.insert(row, stamp('extend_alert', `watch=${f.w.watch.id} rule=${key} entity=${entity}`), { base: current.version, writeId: randomUUID() }),
      );
      continue;
    }
    const id = alertId(f.w.watch.id, key, f.w.kind, f.w.key, f.first);
    // a closed alert's episode is not raised again
    if (current?.id === id) continue;
    const row: AlertRow = {
      id,
      version: 1,
      watch_id: f.w.watch.id,
      watch_name: f.w.watch.name,
      rule: key,
      entity_type: f.w.kind,
      entity_value: f.w.key,
      owner: f.w.watch.owner,
      visibility: f.w.watch.visibility,
      episode_start: chHour(f.first),
      last_hour: chHour(f.last),
      raised_at: written,
      updated_at: written,
      state: 'new',
      assignee: '',
      title: titleOf(f.w.watch.name, entity, f.summary),
      evidence: JSON.stringify(f.evidence),
    };
    const writeId = randomUUID();
    attempts++;
    writes.push(
      alerts.insert(row, stamp('raise_alert', `watch=${f.w.watch.id} rule=${key} entity=${entity}`), { base: 0, writeId }).then(async () => {
        // stored by this run, not by another instance (or an earlier run) first
        if ((await alerts.successor(row.id, 0)) === writeId) raised.push(row);
      }),
    );
  }
  await Promise.all(writes);
  statements += writes.length + attempts;
  await alerts.setWatermark(scope, chHour(hourOf(now)), written);
  statements++;
  return {
    since: new Date(sinceRun).toISOString(),
    until: new Date(until).toISOString(),
    watches: active.length,
    keys: watched.length,
    raised: raised.sort((a, b) => a.id.localeCompare(b.id)),
    extended,
    statements,
    ms: performance.now() - started,
  };
}
