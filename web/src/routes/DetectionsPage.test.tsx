import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { answer } from '../test/msw/graphql';
import { renderWithApi } from '../test/render';
import { DetectionsPage } from './DetectionsPage';

const detection = (i: number) => ({
  __typename: 'Detection',
  id: `RGV0ZWN0aW9uOj${i}`,
  detectionId: String(1000 + i),
  detectedAt: '2026-11-21T08:48:34Z',
  threatLevel: 'CRITICAL',
  anomalyScore: 0.9 - i / 100,
  model: 'COMPLET',
  windowHits: 30,
  botName: '',
  reason: 'burst',
  clientHeaders: 'Host,User-Agent',
  asnNumber: 16276,
  asnOrg: 'OVH SAS',
  countryCode: 'FR',
  features: { __typename: 'DetectionFeatures', hitVelocity: 2.5 },
  ip: { __typename: 'IP', id: `ip${i}`, address: `51.75.0.${i}`, classifications: i === 1 ? [{ __typename: 'Classification', label: 'MALICIOUS' }] : [] },
  ja4: {
    __typename: 'JA4',
    id: 'j',
    fingerprint: 't13d1011h2_61a7ad8aa9b6_3a8073edd8ef',
    classifications: [{ __typename: 'Classification', label: 'SUSPICIOUS' }],
  },
  host: { __typename: 'Host', id: 'h', name: 'accounts.example-shop.com' },
});

const page = (totalCount: number, startIndex: number, rows: number[]) => ({
  detections: {
    __typename: 'DetectionConnection',
    totalCount,
    startIndex,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: startIndex + rows.length < totalCount,
      hasPreviousPage: startIndex > 0,
      startCursor: `k1:start${startIndex}`,
      endCursor: `k1:end${startIndex}`,
    },
    edges: rows.map((i) => ({ __typename: 'DetectionEdge', node: detection(i) })),
  },
});

describe('DetectionsPage', () => {
  it('reaches every page by cursor: a page number past the offset ceiling opens the last page, and Next, Previous, Last follow cursors', async () => {
    const calls = answer('DetectionsList', page(600_000, 599_998, [0, 1]));
    renderWithApi(<DetectionsPage />, { route: '/detections?page=999999' });
    expect(await screen.findByText(/Rows 599,999–600,000 of 600,000 · page 30,000 of 30,000/)).toBeTruthy();
    expect(calls[0]).toMatchObject({ last: 20 });
    expect(calls[0]).not.toHaveProperty('offset');
    expect((screen.getByRole('button', { name: /Next/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Previous/ }));
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ last: 20, before: 'k1:start599998' }));
    expect(screen.getByTestId('location').textContent).toContain('before=k1%3Astart599998');
    fireEvent.click(screen.getByRole('button', { name: /First/ }));
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ first: 20, offset: 0 }));
  });

  it('sends the filters, sort and page of the URL, and keeps them in the URL when changed', async () => {
    const calls = answer('DetectionsList', page(45, 20, [0, 1, 2]));
    renderWithApi(<DetectionsPage />, {
      route: '/detections?threat_level=CRITICAL&country_code=fr&asn_number=16276&sort_by=anomaly_score&sort_order=asc&page=2',
    });

    const ipLink = await screen.findByRole('link', { name: '51.75.0.1' });
    // the analyst's verdict beside the IP and the JA4 it is on, none where there is none
    expect(within(ipLink.closest('td')!).getByRole('img', { name: 'Analyst verdict: malicious' })).toBeTruthy();
    expect(within(screen.getByRole('link', { name: '51.75.0.0' }).closest('td')!).queryByRole('img')).toBeNull();
    expect(within(ipLink.closest('tr')!).getByRole('img', { name: 'Analyst verdict: suspicious' })).toBeTruthy();
    expect(calls[0]).toMatchObject({
      filter: { threatLevels: ['CRITICAL'], countryCodes: ['FR'], asns: [16276] },
      orderBy: { field: 'ANOMALY_SCORE', direction: 'ASC' },
      first: 20,
      offset: 20,
    });
    expect(screen.getByText(/Rows 21–23 of 45 · page 2 of 3/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Score/ }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toContain('sort_order=desc'));
    expect(screen.getByTestId('location').textContent).not.toContain('page=2');

    fireEvent.click(within(screen.getByRole('group', { name: 'Threat levels' })).getByRole('button', { name: 'HIGH' }));
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ filter: { threatLevels: ['CRITICAL', 'HIGH'] } }));
  });

  it('switches to one row per IP with the group toggle', async () => {
    answer('DetectionsList', { detections: { __typename: 'DetectionConnection', totalCount: 0, edges: [] } });
    const grouped = answer('DetectionsByIp', {
      detectionsByIp: {
        __typename: 'DetectionIpGroupList',
        totalCount: 1,
        items: [
          {
            __typename: 'DetectionIpGroup',
            ip: { __typename: 'IP', id: 'ip', address: '51.75.241.56', classifications: [] },
            detections: 38,
            worstScore: 0.99,
            worstLevel: 'CRITICAL',
            firstSeen: '2026-11-15T00:00:00Z',
            lastSeen: '2026-11-21T07:00:00Z',
            hosts: 1,
            ja4s: 1,
            hits: 3000,
            asnNumber: 16276,
            asnOrg: 'OVH SAS',
            countryCode: 'FR',
          },
        ],
      },
    });
    renderWithApi(<DetectionsPage />, { route: '/detections?search=51.75' });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Group by IP' }));
    const table = await screen.findByRole('table', { name: 'Detections grouped by IP' });
    expect(within(table).getByText('38')).toBeTruthy();
    expect(grouped[0]).toMatchObject({ filter: { search: '51.75' }, sort: 'DETECTIONS', direction: 'DESC' });
    expect(screen.getByTestId('location').textContent).toContain('group=ip');
  });
});
