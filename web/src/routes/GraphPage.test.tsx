import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { answer } from '../test/msw/graphql';
import { server } from '../test/msw/server';
import { renderWithApi } from '../test/render';
import { GraphPage } from './GraphPage';

const J = 't13d1011h2_61a7ad8aa9b6_3a8073edd8ef';
const levels = (n: number) => [{ __typename: 'ThreatLevelCount', level: 'CRITICAL', count: n }];
const ip = (i: number) => ({ __typename: 'IP', type: 'IP', key: `58.208.1.${i}`, hits: 600, detectionCount: 40, threatLevels: levels(40) });

function api() {
  // the watch toggle beside the selected node: nothing watched yet
  answer('EntityWatches', { watches: { __typename: 'WatchList', items: [] } });
  answer('ExplorerSeed', { entity: { __typename: 'JA4', type: 'JA4', key: J, hits: 57600, detectionCount: 3824, threatLevels: levels(1881) } });
  const expand = answer('ExplorerExpand', (v) => ({
    entity: {
      __typename: 'JA4',
      type: 'JA4',
      key: J,
      neighbors: [
        v.types && (v.types as string[])[0] === 'IP'
          ? {
              __typename: 'NeighborGroup',
              type: 'IP',
              totalCount: 96,
              neighbors: Array.from({ length: 20 }, (_, i) => ({
                __typename: 'Neighbor',
                linkKind: 'JA4_IP',
                weight: 600 - i,
                uniqueIps: 1,
                hiddenNeighborCount: 4,
                entity: ip(i),
              })),
            }
          : {
              __typename: 'NeighborGroup',
              type: 'COUNTRY',
              totalCount: 2,
              neighbors: ['CN', 'VN'].map((c) => ({
                __typename: 'Neighbor',
                linkKind: 'JA4_COUNTRY',
                weight: 3600,
                uniqueIps: 6,
                hiddenNeighborCount: 10,
                entity: { __typename: 'Country', type: 'COUNTRY', key: c, hits: 3600, detectionCount: 200, threatLevels: levels(200) },
              })),
            },
      ],
    },
  }));
  answer('ExplorerMenu', {
    entity: {
      __typename: 'JA4',
      type: 'JA4',
      key: J,
      neighbors: [
        { __typename: 'NeighborGroup', type: 'IP', totalCount: 96 },
        { __typename: 'NeighborGroup', type: 'COUNTRY', totalCount: 20 },
      ],
    },
  });
  answer('ExplorerDetails', {
    entity: {
      __typename: 'JA4',
      type: 'JA4',
      key: J,
      id: 'x',
      hits: 57600,
      uniqueIps: 96,
      detectionCount: 3824,
      firstSeen: null,
      lastSeen: null,
      threatLevels: levels(1881),
      population: { __typename: 'JA4Population', concentration: 'DISTRIBUTED_BOTNET', countries: 20, asns: 28 },
      knownApplications: [],
    },
  });
  return expand;
}

const location = () => decodeURIComponent(screen.getByTestId('location').textContent ?? '');

describe('GraphPage (table view)', () => {
  it('replays the steps of a shared link: seed, expansion grouped above the threshold, opened on demand, undone', async () => {
    const expand = api();
    renderWithApi(<GraphPage />, { route: `/graph?view=table&step=${encodeURIComponent(`s|JA4|${J}`)}&step=${encodeURIComponent(`x|JA4|${J}|IP`)}` });

    const nodes = await screen.findByRole('table', { name: /Nodes/ });
    await within(nodes).findByText(/96 IPs of/);
    expect(expand[0]).toMatchObject({ type: 'JA4', value: J, types: ['IP'], first: 100, window: { preset: 'LAST_7D' } });
    expect(screen.getByRole('table', { name: /Links \(1\)/ })).toBeTruthy();

    fireEvent.click(within(nodes).getByRole('button', { name: 'open group' }));
    await waitFor(() => expect(screen.getByRole('table', { name: /Nodes \(21\)/ })).toBeTruthy());
    expect(location()).toContain(`step=o|JA4|${J}|IP`);
    expect(screen.getByRole('table', { name: /Links \(20\)/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Undo/ }));
    await waitFor(() => expect(screen.getByRole('table', { name: /Nodes \(2\)/ })).toBeTruthy());
    expect(location()).not.toContain('step=o|');
  });

  it('opens an entity from a page with its first-level links drawn, selected, its expand menu open', async () => {
    const expand = api();
    renderWithApi(<GraphPage />, { route: `/graph?view=table&seed=JA4:${J}` });
    await waitFor(() => expect(location()).toContain(`step=a|JA4|${J}`));
    expect(location()).toContain(`step=s|JA4|${J}`);
    expect(location()).toContain(`sel=JA4:${J}`);
    await waitFor(() => expect(screen.getByRole('table', { name: /Nodes \(3\)/ })).toBeTruthy());
    // every link type at once: no type filter
    expect(expand[0]).toMatchObject({ type: 'JA4', value: J, types: null, first: 100 });

    const menu = await screen.findByRole('list', { name: 'Expand by link type' });
    expect(within(menu).getByLabelText('96 hidden of 96')).toBeTruthy();
    expect(within(menu).getByRole('button', { name: /expanded/ })).toHaveProperty('disabled', true);
    fireEvent.click(within(menu).getByRole('button', { name: /Expand IPs/ }));
    await waitFor(() => expect(screen.getByRole('table', { name: /Nodes \(4\)/ })).toBeTruthy());
    expect(expand.at(-1)).toMatchObject({ types: ['IP'] });
    expect(location()).toContain(`step=x|JA4|${J}|IP`);
    const links = screen.getByRole('table', { name: /Links \(3\)/ });
    expect(within(links).getAllByText('JA4 → COUNTRY')).toHaveLength(2);
  });

  it('adds a step only once its answer is in: a refused expansion leaves the steps and the history as they were, and says why', async () => {
    api();
    renderWithApi(<GraphPage />, { route: `/graph?view=table&seed=JA4:${J}` });
    await waitFor(() => expect(screen.getByRole('table', { name: /Nodes \(3\)/ })).toBeTruthy());
    const before = location();
    server.use(
      graphql.query('ExplorerExpand', ({ variables }) =>
        (variables.types as string[] | null)?.[0] === 'IP'
          ? HttpResponse.json({
              data: null,
              errors: [{ message: 'The operation would cost 31111; one operation may cost at most 25000', extensions: { code: 'COST_LIMIT' } }],
            })
          : undefined,
      ),
    );
    const menu = await screen.findByRole('list', { name: 'Expand by link type' });
    fireEvent.click(within(menu).getByRole('button', { name: /Expand IPs/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`Expanding ${J} into its IPs failed: The operation would cost 31111`);
    expect(location()).toBe(before);
    expect(screen.getByRole('table', { name: /Nodes \(3\)/ })).toBeTruthy();
  });

  it('reads up to a year from the graph layer, and the risk, which reads raw rows, over the last 30 days of it', async () => {
    const expand = api();
    const details = answer('ExplorerDetails', {
      entity: {
        __typename: 'IP',
        type: 'IP',
        key: '58.208.1.0',
        id: 'y',
        hits: 600,
        uniqueIps: 1,
        detectionCount: 40,
        firstSeen: null,
        lastSeen: null,
        threatLevels: levels(40),
        investigation: { __typename: 'Investigation', riskScore: 88, recommendation: { __typename: 'Recommendation', label: 'bot', reason: 'r' } },
        asn: null,
        country: null,
      },
    });
    renderWithApi(<GraphPage />, { route: `/graph?view=table&w=LAST_365D&seed=JA4:${J}` });
    await waitFor(() => expect(screen.getByRole('table', { name: /Nodes \(3\)/ })).toBeTruthy());
    expect(expand[0]).toMatchObject({ window: { preset: 'LAST_365D' } });
    const menu = screen.getByRole('combobox', { name: 'Time window' }) as HTMLSelectElement;
    expect(menu.value).toBe('LAST_365D');
    expect([...menu.options].map((o) => o.value)).toEqual(['LAST_1H', 'LAST_24H', 'LAST_72H', 'LAST_7D', 'LAST_30D', 'LAST_90D', 'LAST_365D']);
    await screen.findByText(/over the last 30 days/);
    expect(details.at(-1)).toMatchObject({ window: { preset: 'LAST_365D' }, rawWindow: { preset: 'LAST_30D' } });
  });

  it('hides, collapses and clears, and undo and redo reach every step, Clear included', async () => {
    api();
    renderWithApi(<GraphPage />, { route: `/graph?view=table&seed=JA4:${J}` });
    await waitFor(() => expect(screen.getByRole('table', { name: /Nodes \(3\)/ })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Select CN' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Hide' }));
    await waitFor(() => expect(screen.getByRole('table', { name: /Nodes \(2\)/ })).toBeTruthy());
    expect(location()).toContain(`step=h|${encodeURIComponent('COUNTRY:CN')}`);

    fireEvent.click(screen.getByRole('button', { name: `Select ${J}` }));
    fireEvent.click(await screen.findByRole('button', { name: 'Collapse' }));
    await waitFor(() => expect(screen.getByRole('table', { name: /Nodes \(1\)/ })).toBeTruthy());

    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    await screen.findByText('The graph is empty: add an entity.');
    for (const n of [1, 2, 3]) {
      fireEvent.click(screen.getByRole('button', { name: /Undo/ }));
      await waitFor(() => expect(screen.getByRole('table', { name: new RegExp(`Nodes \\(${n}\\)`) })).toBeTruthy());
    }
    expect(location()).toContain('redo=z');
    for (const n of [2, 1]) {
      fireEvent.click(screen.getByRole('button', { name: /Redo/ }));
      await waitFor(() => expect(screen.getByRole('table', { name: new RegExp(`Nodes \\(${n}\\)`) })).toBeTruthy());
    }
    fireEvent.click(screen.getByRole('button', { name: /Redo/ }));
    await screen.findByText('The graph is empty: add an entity.');
    expect(screen.getByRole('button', { name: /Redo/ })).toHaveProperty('disabled', true);
  });
});
