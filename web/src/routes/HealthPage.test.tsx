import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { server } from '../test/msw/server';
import { renderWithApi } from '../test/render';
import { HealthPage } from './HealthPage';

describe('HealthPage', () => {
  it('shows the ClickHouse status and the row count of every table', async () => {
    server.use(
      graphql.query('HealthPage', () =>
        HttpResponse.json({
          data: {
            health: {
              __typename: 'Health',
              ok: true,
              mode: 'embedded',
              version: '26.7.2.1',
              database: 'mabase_prod',
              logsDatabase: 'ja4_logs',
              checkedAt: '2026-11-21T08:00:00Z',
              tables: [
                { __typename: 'TableCount', table: 'http_logs', rows: 1099273 },
                { __typename: 'TableCount', table: 'ml_all_scores', rows: 52488 },
              ],
            },
          },
        }),
      ),
    );
    renderWithApi(<HealthPage />);
    expect(await screen.findByText(/ClickHouse reachable — embedded mode, version 26.7.2.1/)).toBeTruthy();
    const rows = screen.getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['TableRows', 'http_logs1,099,273', 'ml_all_scores52,488']);
  });

  it('says so when the API cannot be reached', async () => {
    server.use(graphql.query('HealthPage', () => HttpResponse.error()));
    renderWithApi(<HealthPage />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not reach the API/);
  });

  it('asks again on Retry and shows the answer once the API is back', async () => {
    let calls = 0;
    server.use(
      graphql.query('HealthPage', () =>
        ++calls === 1
          ? HttpResponse.json({ errors: [{ message: 'ClickHouse is restarting', extensions: { code: 'SERVICE_UNAVAILABLE' } }] })
          : HttpResponse.json({
              data: {
                health: {
                  __typename: 'Health',
                  ok: true,
                  mode: 'server',
                  version: '26.7.2.1',
                  database: 'mabase_prod',
                  logsDatabase: 'ja4_logs',
                  checkedAt: '2026-11-21T08:00:00Z',
                  tables: [],
                },
              },
            }),
      ),
    );
    renderWithApi(<HealthPage />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not reach the API: ClickHouse is restarting/);
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/ClickHouse reachable — server mode/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls).toBe(2);
  });
});
