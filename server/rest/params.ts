import { badRequest } from './errors.js';

export type Query = Record<string, string | undefined>;

/** The first of several legacy spellings that is present (`page_size` / `per_page`, …). */
export const either = (q: Query, ...names: string[]) => names.map((n) => q[n]).find((v) => v !== undefined && v !== '');

export function int(q: Query, names: string[], { min, max, fallback }: { min: number; max: number; fallback: number }): number {
  const raw = either(q, ...names);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^-?\d+$/.test(raw) || n < min || n > max) throw badRequest(`${names[0]} must be an integer from ${min} to ${max}`);
  return n;
}

/** A key of a fixed vocabulary, never one it inherits (`constructor`, `__proto__`, `toString`). */
export const lookup = <T>(map: Record<string, T>, key: string): T | undefined => (Object.hasOwn(map, key) ? map[key] : undefined);

/** A value from a fixed vocabulary, case-insensitive; unknown values are a 400 that lists the accepted ones. */
export function oneOf<T extends string>(q: Query, names: string[], map: Record<string, T>): T | undefined {
  const raw = either(q, ...names);
  if (raw === undefined) return undefined;
  const hit = lookup(map, raw.toLowerCase()) ?? lookup(map, raw);
  if (hit === undefined) throw badRequest(`${names[0]} must be one of: ${Object.keys(map).join(', ')}`);
  return hit;
}

export function text(q: Query, names: string[], maxLength = 200): string | undefined {
  const raw = either(q, ...names);
  if (raw !== undefined && raw.length > maxLength) throw badRequest(`${names[0]} is at most ${maxLength} characters`);
  return raw;
}
