/** A time window: `since` inclusive, `until` exclusive. What every read is bounded by. */
export interface Window {
  since: Date;
  until: Date;
}

const HOUR = 3600_000;

/**
 * The whole UTC hours covering a window: `since` rounded down, `until` up. The graph layer is
 * hourly, so an entity's fields answer on these; `until` rounded up past now adds nothing.
 */
export function wholeHours(w: Window): Window {
  const since = Math.floor(w.since.getTime() / HOUR) * HOUR;
  const until = Math.ceil(w.until.getTime() / HOUR) * HOUR;
  return since === w.since.getTime() && until === w.until.getTime() ? w : { since: new Date(since), until: new Date(until) };
}
