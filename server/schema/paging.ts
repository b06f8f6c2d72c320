import { cursorToOffset, offsetToCursor } from '@pothos/plugin-relay';
import { badInput } from './errors.js';

export const MAX_FIRST = 500;
const MAX_OFFSET = 10_000;

/** `first` within 1..500; the default when absent. */
export function boundFirst(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_FIRST) throw badInput(`\`first\` must be between 1 and ${MAX_FIRST}`, { max: MAX_FIRST });
  return n;
}

export function boundOffset(offset: number | null | undefined): number {
  const n = offset ?? 0;
  if (!Number.isInteger(n) || n < 0 || n > MAX_OFFSET) throw badInput(`\`offset\` must be between 0 and ${MAX_OFFSET}`);
  return n;
}

/** The offset after the item an `after` cursor names (Pothos' offset cursors). */
export function decodeOffset(after: string | null | undefined): number {
  if (!after) return 0;
  let n = NaN;
  try {
    n = cursorToOffset(after) + 1;
  } catch {
    // not base64 or not an offset cursor: reported below as the caller's mistake
  }
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_OFFSET) throw badInput('`after` is not a cursor this API returned (or pages too deep)');
  return n;
}

export interface Page {
  first: number;
  offset: number;
}

export const toPage = (args: { first?: number | null; after?: string | null }, fallback = 20): Page => ({
  first: boundFirst(args.first, fallback),
  offset: decodeOffset(args.after),
});

/** A Relay connection over one page of rows already cut to [offset, offset + first). */
export function connection<T, E>(rows: T[], totalCount: number, page: Page, edge: (row: T) => E) {
  const edges = rows.map((row, i) => ({ ...edge(row), cursor: offsetToCursor(page.offset + i) }));
  return {
    edges,
    totalCount,
    startIndex: page.offset,
    pageInfo: {
      hasNextPage: page.offset + rows.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Connection objects built by `connection()` carry totalCount beside Relay's edges and pageInfo. */
export const totalCountOf = (c: unknown) => (c as { totalCount: number }).totalCount;

/**
 * A keyset cursor: the sort value and id of a row, and its position (for "rows n–m of N" only —
 * rows arriving meanwhile may shift it). Pages after it or before it are read by seeking in the
 * sort order, so any page costs the same whatever its depth: no offset, no ceiling.
 */
export interface Keyset {
  value: string;
  id: string;
  position: number;
}

const KEYSET = 'k1:';

export const keysetCursor = (k: Keyset) => KEYSET + Buffer.from(JSON.stringify([k.value, k.id, k.position])).toString('base64url');

/** A keyset cursor this API returned, or null for an offset cursor (older clients); anything else is the caller's mistake. */
export function decodeKeyset(cursor: string): Keyset | null {
  if (!cursor.startsWith(KEYSET)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor.slice(KEYSET.length), 'base64url').toString());
  } catch {
    // reported below
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    typeof parsed[0] === 'string' &&
    parsed[0].length <= 1000 &&
    typeof parsed[1] === 'string' &&
    /^\d{1,20}$/.test(parsed[1]) &&
    Number.isSafeInteger(parsed[2]) &&
    parsed[2] >= 0
  )
    return { value: parsed[0], id: parsed[1], position: parsed[2] };
  throw badInput('`after`/`before` is not a cursor this API returned');
}

/** A Relay connection over rows that start at `start` in the whole list, each edge with its own cursor. */
export function keysetConnection<T, E extends { cursor: string }>(rows: T[], totalCount: number, start: number, edge: (row: T, position: number) => E) {
  const edges = rows.map((row, i) => edge(row, start + i));
  return {
    edges,
    totalCount,
    startIndex: start,
    pageInfo: {
      hasNextPage: start + rows.length < totalCount,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
