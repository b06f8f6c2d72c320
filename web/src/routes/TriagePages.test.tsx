import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { answer } from '../test/msw/graphql';
import { renderWithApi } from '../test/render';
import { RiskiestPage } from './RiskiestPage';
import { InvestigationsPage } from './InvestigationsPage';

const ranked = (address: string, riskScore: number, verdict: string | null) => ({
  __typename: 'RiskRankedIp',
  ip: {
    __typename: 'IP',
    id: `IP:${address}`,
    address,
    country: { __typename: 'Country', id: 'c', code: 'FR' },
    asn: { __typename: 'ASN', id: 'a', number: 16276, name: 'OVH SAS' },
  },
  riskScore,
  riskLevel: riskScore >= 50 ? 'MALICIOUS' : 'SUSPICIOUS',
  detections: 12,
  maxScore: 0.91,
  worstLevel: 'CRITICAL',
  lastDetected: '2026-12-04T08:00:00Z',
  verdict,
});

describe('Riskiest now', () => {
  it('lists IPs by risk with the analyst’s verdict beside each, and sorts on a column the analyst clicks', async () => {
    const calls = answer('RiskiestIps', {
      riskiestIps: { __typename: 'RiskiestIps', candidates: 300, items: [ranked('51.75.241.56', 85, 'MALICIOUS'), ranked('90.12.1.115', 41, null)] },
    });
    renderWithApi(<RiskiestPage />, { route: '/riskiest' });
    const table = await screen.findByRole('table', { name: 'IPs ranked by risk' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('link', { name: '51.75.241.56' })).toBeTruthy();
    expect(within(rows[0]!).getByRole('img', { name: 'Analyst verdict: malicious' })).toBeTruthy();
    expect(within(rows[1]!).queryByRole('img', { name: /Analyst verdict/ })).toBeNull();
    expect(calls[0]).toMatchObject({ sort: 'RISK', direction: 'DESC' });
    fireEvent.click(within(table).getByRole('button', { name: /Verdict/ }));
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ sort: 'VERDICT', direction: 'DESC' }));
    fireEvent.click(within(await screen.findByRole('table', { name: 'IPs ranked by risk' })).getByRole('button', { name: /Verdict ▼/ }));
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ sort: 'VERDICT', direction: 'ASC' }));
  });
});

describe('Investigations page', () => {
  it('lists mine, then the ones shared with me, each opening in the graph', async () => {
    const calls = answer('SavedInvestigations', (v) => ({
      investigations: {
        __typename: 'InvestigationList',
        totalCount: 1,
        items: [
          {
            __typename: 'Investigation',
            key: v.scope === 'SHARED' ? '2b4e28ba-2fa1-11d2-883f-0016d3cca427' : '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
            name: v.scope === 'SHARED' ? 'Team botnet hunt' : 'My hunt',
            owner: v.scope === 'SHARED' ? 'alice' : 'local-analyst',
            visibility: 'TEAM',
            entityCount: 98,
            noteCount: 2,
            updatedAt: '2026-12-04T08:00:00Z',
            published: false,
            canPublish: v.scope !== 'SHARED',
          },
        ],
      },
    }));
    renderWithApi(<InvestigationsPage />, { route: '/investigations' });
    const mine = await screen.findByRole('link', { name: 'My hunt' });
    expect(mine.getAttribute('href')).toBe('/graph?inv=1b4e28ba-2fa1-11d2-883f-0016d3cca427');
    expect(calls[0]).toMatchObject({ scope: 'MINE' });
    fireEvent.click(screen.getByRole('button', { name: 'Shared with me' }));
    expect((await screen.findByRole('link', { name: 'Team botnet hunt' })).getAttribute('href')).toBe('/graph?inv=2b4e28ba-2fa1-11d2-883f-0016d3cca427');
    expect(calls.at(-1)).toMatchObject({ scope: 'SHARED' });
    expect(screen.getByText('alice')).toBeTruthy();
  });

  it('publishes an investigation of mine on the TAXII feed from its row; one I may not change shows its state only', async () => {
    let published = false;
    answer('SavedInvestigations', (v) => ({
      investigations: {
        __typename: 'InvestigationList',
        totalCount: 1,
        items: [
          {
            __typename: 'InvestigationSummary',
            key: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
            name: v.scope === 'SHARED' ? 'Team botnet hunt' : 'My hunt',
            owner: v.scope === 'SHARED' ? 'alice' : 'local-analyst',
            visibility: 'TEAM',
            entityCount: 98,
            noteCount: 2,
            updatedAt: '2026-12-04T08:00:00Z',
            published: v.scope === 'SHARED' ? true : published,
            canPublish: v.scope !== 'SHARED',
          },
        ],
      },
    }));
    const sent = answer('PublishInvestigation', (v) => {
      published = Boolean(v.published);
      return {
        publishInvestigation: {
          __typename: 'Investigation',
          id: 'x',
          key: v.id,
          published,
          feedUrl: published ? 'http://x/taxii2/api/collections/1/objects/' : null,
        },
      };
    });
    renderWithApi(<InvestigationsPage />, { route: '/investigations' });
    fireEvent.click(await screen.findByRole('button', { name: 'Publish My hunt on the TAXII feed' }));
    await waitFor(() => expect(sent).toEqual([{ id: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', published: true }]));
    expect(await screen.findByRole('button', { name: 'Withdraw My hunt from the TAXII feed' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Shared with me' }));
    expect(await screen.findByText('published')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /TAXII feed/ })).toBeNull();
  });
});
