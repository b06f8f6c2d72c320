import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithApi } from '../test/render';
import { IpInvestigationPage } from './IpInvestigationPage';
import { Ja4InvestigationPage } from './Ja4InvestigationPage';
import { EntityPage } from './EntityPage';
import { isIpAddress } from '../lib/address';

// msw answers no operation here: any GraphQL request would fail the test (onUnhandledRequest: 'error')
describe('an address that names no entity', () => {
  it.each([
    ['/investigation/999.1.1.1', '/investigation/:ip', <IpInvestigationPage />, 'an IP address'],
    ['/investigation/ja4/nonsense', '/investigation/ja4/:ja4', <Ja4InvestigationPage />, 'a JA4 fingerprint'],
    ['/entities/ip/1.2.3', '/entities/:type/*', <EntityPage />, 'an IP address'],
  ])('%s shows one clear message, asks nothing of the server and offers no retry', async (route, path, page, kind) => {
    renderWithApi(page, { route, path });
    const alerts = await screen.findAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.textContent).toContain(`is not ${kind}`);
    expect(screen.queryByRole('button', { name: /Retry/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Open in graph|Map its infrastructure/ })).toBeNull();
  });

  it('tells IP addresses from look-alikes', () => {
    for (const ok of ['203.0.113.7', '0.0.0.0', '2001:db8::1', '::ffff:203.0.113.7', '::1']) expect(isIpAddress(ok)).toBe(true);
    for (const bad of ['999.1.1.1', '1.2.3', '01.2.3.4', '1.2.3.4.5', 'abc', ':::', '2001:db8::g', '']) expect(isIpAddress(bad)).toBe(false);
  });
});
