import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../test/msw/server';
import { renderWithApi } from '../test/render';
import { HuntPage } from './HuntPage';
import type { HuntAnswer, HuntMatch } from '../features/hunt/api';

const match = (kind: HuntMatch['kind'], value: string, requests: number, extra: Partial<HuntMatch> = {}): HuntMatch => ({
  kind,
  value,
  at: 'line 1',
  seen: requests > 0,
  first_seen: requests ? '2026-12-01T10:00:00.000Z' : null,
  last_seen: requests ? '2026-12-03T10:00:00.000Z' : null,
  requests,
  unique_ips: requests ? 1 : 0,
  detections: { critical: 0, high: requests ? 2 : 0, medium: 0, low: 0, known_bot: 0, total: requests ? 2 : 0 },
  verdict: null,
  linked_count: 0,
  linked: [],
  ...extra,
});

function answering(body: HuntAnswer | { error: { code: string; message: string } }, status = 200) {
  const calls: { url: URL; type: string | null; text: string }[] = [];
  server.use(
    http.post('*/api/hunt', async ({ request }) => {
      calls.push({ url: new URL(request.url), type: request.headers.get('content-type'), text: await request.text() });
      return HttpResponse.json(body, { status });
    }),
  );
  return calls;
}

describe('Retro-hunt page', () => {
  it('posts the pasted list as text with the chosen window, shows the summary and the table, filters the unseen, lists what was not read as text', async () => {
    const calls = answering({
      format: 'text',
      source: null,
      window: { since: '2026-11-04T00:00:00Z', until: '2026-12-04T00:00:00Z' },
      summary: { indicators: 3, seen: 2, not_seen: 1, unreadable: 1 },
      total: 3,
      matches: [
        match('ip', '90.12.99.122', 90, { linked_count: 3, linked: [{ type: 'ja4', value: 't13d1011h2_61a7ad8aa9b6_3a8073edd8ef' }] }),
        match('cidr', '90.12.0.0/16', 900, { linked_count: 12, linked: [{ type: 'ip', value: '90.12.1.1' }] }),
        match('ip', '198.51.100.7', 0),
      ],
      unreadable: [{ at: 'line 4', text: '<img src=x onerror=alert(1)>', reason: 'no IP, CIDR, JA4, AS number, host name or URL on this line' }],
    });
    renderWithApi(<HuntPage />, { route: '/hunt' });
    fireEvent.change(screen.getByLabelText('Indicators to hunt'), {
      target: { value: '90[.]12[.]99[.]122\n90.12.0.0/16\n198.51.100.7\n<img src=x onerror=alert(1)>' },
    });
    fireEvent.change(screen.getByLabelText(/^Window/), { target: { value: '90d' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hunt' }));
    await screen.findByText('3 indicators from a pasted list: 2 seen, 1 not seen');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.type).toBe('text/plain');
    expect(calls[0]!.url.searchParams.get('window')).toBe('90d');
    expect(calls[0]!.text).toContain('90[.]12[.]99[.]122');

    const table = screen.getByRole('table', { name: 'Indicators and what the traffic holds of them' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    // an address links to its page; a range is shown as text, its busiest address linked beside it
    expect(within(table).getByRole('link', { name: '90.12.99.122' }).getAttribute('href')).toBe('/ip/90.12.99.122');
    expect(within(table).queryByRole('link', { name: '90.12.0.0/16' })).toBeNull();
    expect(within(table).getByRole('link', { name: '90.12.1.1' })).toBeTruthy();
    expect(within(table).getByText('+11')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Not seen' }));
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByText('198.51.100.7')).toBeTruthy();

    const notRead = screen.getByRole('table', { name: 'Parts of the document not read as indicators' });
    expect(within(notRead).getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(notRead.querySelector('img')).toBeNull();
  });

  it('says why a document was refused', async () => {
    answering({ error: { code: 'BAD_USER_INPUT', message: 'the document cannot be read: a binary file' } }, 400);
    renderWithApi(<HuntPage />, { route: '/hunt' });
    fireEvent.change(screen.getByLabelText('Indicators to hunt'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hunt' }));
    expect((await screen.findByRole('alert')).textContent).toBe('the document cannot be read: a binary file');
  });
});
