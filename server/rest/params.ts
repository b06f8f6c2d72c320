import { badRequest } from './errors.js';
import type { EntityType } from './generated/graphql.js';
import { DESCRIPTORS, REST_KINDS } from '../graph/entity.kinds.js';

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

/** Entity types as the REST API spells them. */
export const ENTITY_TYPES: Readonly<Record<string, EntityType>> = REST_KINDS;

/** How the REST API spells each kind in its answers (a kind it has no spelling for: in lower case). */
export const restSpelling = (kind: EntityType): string => DESCRIPTORS[kind].rest ?? kind.toLowerCase();

/** A JSON object body, or a 400. */
export function objectBody(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('the request body must be a JSON object');
  return body as Record<string, unknown>;
}

/** An optional string member of a body, at most `max` characters, or a 400. */
export function bodyText(b: Record<string, unknown>, key: string, max = 2000): string | undefined {
  const v = b[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || v.length > max) throw badRequest(`${key} must be a string of at most ${max} characters`);
  return v;
}
