import { describe, expect, it } from 'vitest';
import { CURSOR_TTL_MS, createCursors } from './taxii.cursor.js';

const at = { dateAdded: '2026-12-04 10:00:00.000', id: 'indicator--6f7b1c2e-3f4a-5b6c-8d9e-0a1b2c3d4e5f', version: '2026-12-04 10:00:00.000' };

describe('TAXII next cursors', () => {
  it('give back the position they were made for, on any instance sharing the secret', () => {
    const next = createCursors('shared-secret').seal('scope', at);
    expect(createCursors('shared-secret').open('scope', next)).toEqual(at);
  });

  it('refuse one altered, one from another secret, one for other filters, and one past its hour', () => {
    let now = Date.parse('2026-12-04T10:00:00Z');
    const cursors = createCursors('shared-secret', () => now);
    const next = cursors.seal('scope', at);
    const [body, mac] = next.split('.') as [string, string];
    const altered = `${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), p: { ...at, id: 'x' } })).toString('base64url')}.${mac}`;
    expect(cursors.open('scope', altered)).toEqual({ error: expect.stringMatching(/not one this server issued/) });
    expect(createCursors('another-secret').open('scope', next)).toEqual({ error: expect.stringMatching(/not one this server issued/) });
    expect(cursors.open('other filters', next)).toEqual({ error: expect.stringMatching(/other filters/) });
    expect(cursors.open('scope', 'garbage')).toEqual({ error: expect.stringMatching(/not one this server issued/) });
    now += CURSOR_TTL_MS + 1;
    expect(cursors.open('scope', next)).toEqual({ error: expect.stringMatching(/expired/) });
  });
});
