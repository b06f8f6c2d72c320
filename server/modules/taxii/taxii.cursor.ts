import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Where a page ends: the last row's (date added, object id, version). */
export interface Position {
  dateAdded: string;
  id: string;
  version: string;
}

/** How long a `next` cursor may be used: a client pulling pages one after another needs seconds. */
export const CURSOR_TTL_MS = 60 * 60_000;

// without a shared secret, cursors are this instance's only (a client following one to another instance starts again)
const fallbackSecret = randomBytes(32);

/**
 * TAXII `next` cursors: the position after a page, bound to the collection and filters it was made
 * for and to an expiry, sealed with an HMAC so a client cannot forge or alter one.
 */
export function createCursors(secret: string | undefined, now: () => number = Date.now) {
  const key = secret ? createHash('sha256').update(`taxii-cursor:${secret}`).digest() : fallbackSecret;
  const mac = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  return {
    seal(scope: string, at: Position): string {
      const body = Buffer.from(JSON.stringify({ s: scope, p: at, e: now() + CURSOR_TTL_MS })).toString('base64url');
      return `${body}.${mac(body)}`;
    },
    /** The position a cursor names, or why it cannot be used. */
    open(scope: string, cursor: string): Position | { error: string } {
      const [body = '', sig = ''] = cursor.split('.');
      const expected = Buffer.from(mac(body));
      const given = Buffer.from(sig);
      if (!body || given.length !== expected.length || !timingSafeEqual(given, expected)) return { error: 'The `next` cursor is not one this server issued.' };
      const { s, p, e } = JSON.parse(Buffer.from(body, 'base64url').toString()) as { s: string; p: Position; e: number };
      if (e < now()) return { error: 'The `next` cursor has expired; start again with added_after.' };
      if (s !== scope) return { error: 'The `next` cursor belongs to another collection or other filters.' };
      return p;
    },
  };
}
