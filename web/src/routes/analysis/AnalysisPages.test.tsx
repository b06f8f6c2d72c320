import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { server } from '../../test/msw/server';
import { renderWithApi } from '../../test/render';
import { FingerprintsPage } from './FingerprintsPage';

const ja4 = (fingerprint: string) => ({ __typename: 'JA4', id: `JA4:${fingerprint}`, fingerprint });
const BROWSER = 't13d1516h2_8daaf6152771_02713d6af862';
const SCRIPT = 't13d190900_9dc949149365_97f8aa674fd9';

describe('An analysis page', () => {
  it('asks for all its panels in one request, and a panel that fails says so alone', async () => {
    const operations: string[] = [];
    server.use(
      graphql.operation(({ operationName }) => {
        operations.push(operationName);
        if (operationName !== 'FingerprintsPage') return undefined;
        return HttpResponse.json({
          data: {
            tlsSpoofing: null,
            ja4UserAgentMatrix: [{ __typename: 'JA4UserAgentCell', ja4: ja4(SCRIPT), browserFamily: 'chrome', category: 'BROWSER', hits: 900, ipCount: 96 }],
            userAgentCategories: [{ __typename: 'UserAgentCategorySummary', category: 'BROWSER', hits: 900, ipCount: 96, userAgents: 4 }],
            ja4AsnCorrelation: [],
            legitimateJa4s: [
              {
                __typename: 'JA4AsnCorrelation',
                ja4: ja4(BROWSER),
                uniqueIps: 412,
                asnCount: 17,
                hits: 52_000,
                knownApplications: ['Chrome'],
                topAsn: { __typename: 'ASN', id: 'ASN:3215', number: 3215, name: 'Orange' },
                topAsnShare: 0.3,
                flaggedShare: 0,
              },
            ],
          },
          errors: [{ message: 'The spoofing analysis timed out', path: ['tlsSpoofing'], extensions: { code: 'TIMEOUT' } }],
        });
      }),
    );
    renderWithApi(<FingerprintsPage />, { route: '/analysis/fingerprints' });

    const baseline = await screen.findByRole('table', { name: 'Legitimate JA4 fingerprints' });
    expect(within(baseline).getAllByRole('link')[0]!.getAttribute('href')).toContain(BROWSER);
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.textContent).toMatch(/spoofing analysis timed out/);
    expect(alerts[0]!.closest('section')?.textContent).toMatch(/Fingerprint spoofing/);
    expect(screen.getByText('Nothing in this window.')).toBeTruthy();
    expect(operations).toEqual(['FingerprintsPage']);
  });
});
