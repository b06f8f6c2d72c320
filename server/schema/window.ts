import { builder } from './builder.js';
import { badInput } from './errors.js';

import { wholeHours, type Window } from '../db/window.js';

export { wholeHours, type Window };

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const PRESETS = { LAST_1H: HOUR, LAST_24H: DAY, LAST_72H: 3 * DAY, LAST_7D: 7 * DAY, LAST_30D: 30 * DAY, LAST_90D: 90 * DAY, LAST_365D: 365 * DAY } as const;
export type Preset = keyof typeof PRESETS;

export const DEFAULT_PRESET: Preset = 'LAST_7D';
/** The widest window a field that reads raw rows accepts: keeps every scan bounded (and the raw rows may be kept no longer). */
export const MAX_SPAN_MS = 31 * DAY;
/** The widest window of a field that reads only the graph layer: its whole days come from the daily tables (days × keys rows). */
export const LAYER_MAX_SPAN_MS = 365 * DAY;

export const WindowPresetEnum = builder.enumType('WindowPreset', {
  description: 'A window ending now.',
  values: {
    LAST_1H: { description: 'The last hour.' },
    LAST_24H: { description: 'The last 24 hours.' },
    LAST_72H: { description: 'The last 72 hours (the horizon of the heatmaps and of the recent scores).' },
    LAST_7D: { description: 'The last 7 days (the default).' },
    LAST_30D: { description: 'The last 30 days.' },
    LAST_90D: { description: 'The last 90 days (fields that read the graph layer only; others accept at most 31 days).' },
    LAST_365D: { description: 'The last 365 days (fields that read the graph layer only).' },
  } as const,
});

export const TimeWindowInput = builder.inputType('TimeWindow', {
  description: `A time window: a preset, or explicit bounds (\`since\` inclusive, \`until\` exclusive; \`until\` defaults to now). At most ${LAYER_MAX_SPAN_MS / DAY} days wide on fields that read only the graph layer, ${MAX_SPAN_MS / DAY} on fields that read raw rows: each field's description says which.`,
  fields: (t) => ({
    preset: t.field({ type: WindowPresetEnum, required: false, description: 'A window ending at `until` (or now).' }),
    since: t.field({ type: 'DateTime', required: false, description: 'Start, inclusive.' }),
    until: t.field({ type: 'DateTime', required: false, description: 'End, exclusive; defaults to now.' }),
  }),
});

export interface WindowArg {
  preset?: Preset | null;
  since?: Date | null;
  until?: Date | null;
}

/**
 * Resolves a window argument against the request's clock. Without an argument the caller's
 * inherited window (the parent entity's) applies, then the default preset. `maxMs`: the field's
 * widest window, checked on an inherited one too (an entity reached over a year has fields that
 * read raw rows, which take at most a month).
 */
export function resolveWindow(arg: WindowArg | null | undefined, now: Date, inherited?: Window, maxMs = MAX_SPAN_MS): Window {
  const days = maxMs / DAY;
  const tooWide = { maxDays: days };
  if (!arg || (!arg.preset && !arg.since && !arg.until)) {
    const w = inherited ?? presetWindow(DEFAULT_PRESET, now);
    if (w.until.getTime() - w.since.getTime() > maxMs + 2 * HOUR)
      throw badInput(
        `this field reads raw rows and takes at most ${days} days; the ${Math.round((w.until.getTime() - w.since.getTime()) / DAY)}-day window it inherits is too wide: give it its own \`window\``,
        tooWide,
      );
    return w;
  }
  const until = arg.until ?? now;
  const since = arg.since ?? new Date(until.getTime() - PRESETS[arg.preset ?? DEFAULT_PRESET]);
  if (arg.preset && arg.since) throw badInput('give either `preset` or `since`, not both');
  if (since >= until) throw badInput('the window must end after it starts (`since` < `until`)');
  if (until.getTime() - since.getTime() > maxMs) {
    throw badInput(
      maxMs === MAX_SPAN_MS
        ? `the window is too wide: at most ${days} days on a field that reads raw rows (fields that read only the graph layer take ${LAYER_MAX_SPAN_MS / DAY})`
        : `the window is too wide: at most ${days} days`,
      tooWide,
    );
  }
  return { since, until };
}

/** A field that reads only the graph layer: windows of up to a year. */
export const resolveLayerWindow = (arg: WindowArg | null | undefined, now: Date, inherited?: Window) => resolveWindow(arg, now, inherited, LAYER_MAX_SPAN_MS);

export function presetWindow(preset: Preset, now: Date): Window {
  return { since: new Date(now.getTime() - PRESETS[preset]), until: now };
}

const BUCKETS_S = [60, 300, 900, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 7 * 86400];

/** The smallest bucket (of at least `minS` seconds) that keeps a timeline within `maxPoints` points. */
export function bucketSeconds(w: Window, maxPoints = 72, minS = 60): number {
  const span = (w.until.getTime() - w.since.getTime()) / 1000;
  return BUCKETS_S.find((b) => b >= minS && span / b <= maxPoints) ?? 86400;
}

export const ResolvedWindowRef = builder.objectRef<Window>('ResolvedWindow').implement({
  description: 'The time window an answer actually covers.',
  fields: (t) => ({
    since: t.field({ type: 'DateTime', description: 'Start, inclusive.', resolve: (w) => w.since }),
    until: t.field({ type: 'DateTime', description: 'End, exclusive.', resolve: (w) => w.until }),
  }),
});

export const windowKey = (w: Window) => `${w.since.getTime()}-${w.until.getTime()}`;

/** The arguments of every windowed list: `first`, `after`, `window`. */
export const pageArgs = builder.args((t) => ({
  first: t.int({ required: false, description: 'How many (1–500, default 20).' }),
  after: t.string({ required: false, description: 'Cursor from a previous page.' }),
  window: t.field({
    type: TimeWindowInput,
    required: false,
    description: 'The time window (default: the one the parent was reached with, else the last 7 days).',
  }),
}));
