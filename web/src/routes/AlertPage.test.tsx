import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { server } from '../test/msw/server';
import { renderWithApi } from '../test/render';
import { AlertPage, explorerPath } from './AlertPage';

const ID = '0123456789abcdef0123456789abcdef';
const JA4 = 't13d1516h2_8daaf6152771_02713d6af862';
const alert = (state: string, version: number) => ({
  __typename: 'Alert',
  id: ID,
  version,
  title: `JA4 ${JA4}: 2 new IP neighbours`,
  state,
  assignee: null,
  raisedAt: '2026-12-04T10:05:00Z',
  lastHour: '2026-12-04T10:00:00Z',
  watchName: `JA4 ${JA4}`,
  entity: { __typename: 'JA4', type: 'JA4', key: JA4 },
  rule: 'NEW_NEIGHBOURS:IP:30',
  episodeStart: '2026-12-04T10:00:00Z',
  updatedAt: '2026-12-04T10:05:00Z',
  evidence: {
    neighbourCount: 2,
    neighbours: [
      { type: 'IP', value: '198.51.100.7', firstSeen: '2026-12-04T10:01:00Z', requests: 3 },
      { type: 'IP', value: '203.0.113.250', firstSeen: '2026-12-04T10:02:00Z', requests: 5 },
    ],
  },
  newEntities: [
    { __typename: 'IP', type: 'IP', key: '198.51.100.7' },
    { __typename: 'IP', type: 'IP', key: '203.0.113.250' },
  ],
  watch: { __typename: 'Watch', id: '8c1f1b1e-0000-4000-8000-000000000001', name: `JA4 ${JA4}`, investigationId: null },
  comments: [],
});

describe('AlertPage', () => {
  it('shows the new neighbours, opens the explorer on them, and acknowledges the version it shows', async () => {
    let state = 'NEW';
    let sent: Record<string, unknown> | undefined;
    server.use(
      graphql.query('Alert', () => HttpResponse.json({ data: { alert: alert(state, state === 'NEW' ? 1 : 2) } })),
      graphql.query('Viewer', () => HttpResponse.json({ data: { viewer: { __typename: 'Viewer', user: 'alice', canWrite: true } } })),
      graphql.query('AlertBadge', () => HttpResponse.json({ data: { alerts: { __typename: 'AlertList', newCount: 0, items: [] } } })),
      graphql.mutation('SetAlertState', ({ variables }) => {
        sent = variables;
        state = 'ACKNOWLEDGED';
        return HttpResponse.json({ data: { acknowledgeAlert: { __typename: 'Alert', id: ID, version: 2, state } } });
      }),
    );
    renderWithApi(<AlertPage />, { route: `/alerts/${ID}`, path: '/alerts/:id' });
    const table = await screen.findByRole('table', { name: 'New neighbours' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([expect.stringContaining('198.51.100.7'), expect.stringContaining('203.0.113.250')]);
    const open = screen.getByRole('link', { name: 'Open in graph explorer' });
    const url = new URL(open.getAttribute('href')!, 'http://x');
    expect(url.pathname).toBe('/graph');
    expect(url.searchParams.getAll('seed')).toEqual([`JA4:${JA4}`, 'IP:198.51.100.7', 'IP:203.0.113.250']);
    expect(url.searchParams.getAll('sel')).toEqual(['IP:198.51.100.7', 'IP:203.0.113.250']);

    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    expect((await screen.findByText('acknowledged')).getAttribute('data-testid')).toBe('alert-state');
    expect(sent).toEqual({ id: ID, version: 1, acknowledge: true, close: false, reopen: false });
  });

  it('opens a watched investigation on its own canvas with the new entities selected', () => {
    const path = explorerPath({ type: 'JA4', key: JA4 }, [{ type: 'IP', key: '198.51.100.7' }], '1b4e28ba-2fa1-11d2-883f-0016d3cca427');
    const p = new URL(path, 'http://x').searchParams;
    expect(p.get('inv')).toBe('1b4e28ba-2fa1-11d2-883f-0016d3cca427');
    expect(p.getAll('sel')).toEqual(['IP:198.51.100.7']);
  });
});
