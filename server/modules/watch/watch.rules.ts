import { badInput } from '../../schema/errors.js';
import type { Dim } from '../../graph/columns.sql.js';
import { inLayer } from '../../graph/entity.loaders.js';
import { KINDS_IN_LAYER } from '../../graph/entity.kinds.js';

export const RULE_KINDS = ['RETURNS_AFTER_SILENCE', 'NEW_NEIGHBOURS', 'DETECTIONS', 'VOLUME'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const ALERT_LEVELS = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

/** One rule of a watch, as stored (JSON) and as the evaluation reads it. */
export type Rule =
  | { kind: 'RETURNS_AFTER_SILENCE'; days: number }
  | { kind: 'NEW_NEIGHBOURS'; neighbour: Dim; days: number }
  | { kind: 'DETECTIONS'; level: AlertLevel }
  | { kind: 'VOLUME'; requestsPerHour: number };

export interface RuleInput {
  kind: RuleKind;
  days?: number | null;
  neighbour?: string | null;
  level?: string | null;
  requestsPerHour?: number | null;
}

/** Kinds a watch may be on: those the graph layer keeps per hour. */
export const WATCHABLE: readonly Dim[] = KINDS_IN_LAYER;

export const LIMITS = { rules: 8, silenceDays: 365, lookbackDays: 365, requestsPerHour: 1e12 } as const;
export const DEFAULT_LOOKBACK_DAYS = 30;

const whole = (v: number | null | undefined, name: string, min: number, max: number, fallback?: number) => {
  const n = v ?? fallback;
  if (n === undefined) throw badInput(`\`${name}\` is needed for this rule`);
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(`\`${name}\` must be a whole number from ${min} to ${max}; ${n} was given`);
  return n;
};

/** Checks one rule for a watch on `kind` and gives its stored form (BAD_USER_INPUT naming what is wrong). */
export function ruleOf(kind: Dim | 'INVESTIGATION', r: RuleInput): Rule {
  switch (r.kind) {
    case 'RETURNS_AFTER_SILENCE':
      return { kind: r.kind, days: whole(r.days, 'days', 1, LIMITS.silenceDays) };
    case 'NEW_NEIGHBOURS': {
      const neighbour = r.neighbour as Dim | undefined;
      if (!neighbour) throw badInput('`neighbour` names the kind of linked entity to watch for (e.g. IP for a JA4)');
      if (kind !== 'INVESTIGATION' && (neighbour === kind || !inLayer('logs', kind, neighbour)))
        throw badInput(`The graph does not link ${kind} to ${neighbour} in the traffic; a ${kind} can be watched for new ${neighbourKinds(kind).join(', ')}`);
      return { kind: r.kind, neighbour, days: whole(r.days, 'days', 1, LIMITS.lookbackDays, DEFAULT_LOOKBACK_DAYS) };
    }
    case 'DETECTIONS':
      if (!ALERT_LEVELS.includes(r.level as AlertLevel)) throw badInput(`\`level\` is one of ${ALERT_LEVELS.join(', ')}`);
      return { kind: r.kind, level: r.level as AlertLevel };
    case 'VOLUME':
      return { kind: r.kind, requestsPerHour: whole(r.requestsPerHour, 'requestsPerHour', 1, LIMITS.requestsPerHour) };
    default:
      throw badInput(`Unknown rule kind "${String((r as { kind: unknown }).kind).slice(0, 40)}"; one of ${RULE_KINDS.join(', ')}`);
  }
}

export function rulesOf(kind: Dim | 'INVESTIGATION', input: readonly RuleInput[]): Rule[] {
  if (!input.length) throw badInput('A watch needs at least one rule');
  if (input.length > LIMITS.rules) throw badInput(`A watch has at most ${LIMITS.rules} rules`);
  const rules = new Map(input.map((r) => ruleOf(kind, r)).map((r) => [ruleKey(r), r]));
  return [...rules.values()];
}

/** The kinds the layer links to `kind` in the traffic: what "new neighbours" can watch for. */
export const neighbourKinds = (kind: Dim) => WATCHABLE.filter((k) => k !== kind && inLayer('logs', kind, k));

/** A rule's stable name: the same rule on the same watch names the same alerts, whatever else changes. */
export function ruleKey(r: Rule): string {
  switch (r.kind) {
    case 'RETURNS_AFTER_SILENCE':
      return `${r.kind}:${r.days}`;
    case 'NEW_NEIGHBOURS':
      return `${r.kind}:${r.neighbour}:${r.days}`;
    case 'DETECTIONS':
      return `${r.kind}:${r.level}`;
    case 'VOLUME':
      return `${r.kind}:${r.requestsPerHour}`;
  }
}

/** In words, for alert titles and notifications. */
export function ruleText(r: Rule): string {
  switch (r.kind) {
    case 'RETURNS_AFTER_SILENCE':
      return `active again after ${r.days} days of silence`;
    case 'NEW_NEIGHBOURS':
      return `new ${r.neighbour} neighbours (not seen with it in the ${r.days} days before)`;
    case 'DETECTIONS':
      return `detections at ${r.level} or above`;
    case 'VOLUME':
      return `more than ${r.requestsPerHour} requests in an hour`;
  }
}
