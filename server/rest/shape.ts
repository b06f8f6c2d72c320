/** Helpers every legacy shape shares. */

/** The window ending now that a legacy path covers, as GraphQL `TimeWindow` variables. */
export function lastHours(hours: number) {
  const until = new Date();
  return { since: new Date(until.getTime() - hours * 3600_000).toISOString(), until: until.toISOString() };
}

/** A share as the legacy API printed it: a percentage with two decimals (0 when there is no total). */
export const percent = (part: number, total = 1) => (total ? Math.round((part / total) * 10000) / 100 : 0);
