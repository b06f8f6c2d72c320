import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { server } from '../test/msw/server';
import { renderWithApi } from '../test/render';
import { IpPage } from './IpPage';
import { Ja4Page } from './Ja4Page';
import { EntityPage } from './EntityPage';
import { DetailsPage } from './DetailsPage';
import { isIpAddress, keyProblem } from '../lib/address';

// msw answers no operation here: any GraphQL request would fail the test (onUnhandledRequest: 'error')
describe('an address that names no entity', () => {
  it.each([
    ['/ip/999.1.1.1', '/ip/:ip', <IpPage />, 'an IP address'],
    ['/ja4/nonsense', '/ja4/:ja4', <Ja4Page />, 'a JA4 fingerprint'],
    ['/entities/ip/1.2.3', '/entities/:type/*', <EntityPage />, 'an IP address'],
    ['/entities/asn/notanumber', '/entities/:type/*', <EntityPage />, 'an AS number'],
    ['/entities/country/France', '/entities/:type/*', <EntityPage />, 'a two-letter country code'],
    ['/entities/subnet/10.0.0.0/33', '/entities/:type/*', <EntityPage />, 'a /24 or /64 subnet'],
    ['/detections/ip/999.1.1.1', '/detections/:type/*', <DetailsPage />, 'an IP address'],
    ['/detections/asn/AS12x', '/detections/:type/*', <DetailsPage />, 'an AS number'],
  ])('%s shows one clear message, asks nothing of the server and offers no retry', async (route, path, page, kind) => {
    renderWithApi(page, { route, path });
    const alerts = await screen.findAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.textContent).toContain(`is not ${kind}`);
    expect(screen.queryByRole('button', { name: /Retry/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Open in graph|Map its infrastructure/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Classification' })).toBeNull();
  });

  it.each([
    ['/entities/host/a%20b', '/entities/:type/*', <EntityPage />],
    ['/detections/host/a%20b', '/detections/:type/*', <DetailsPage />],
  ])('%s: a key the server refuses shows its message once, with no panel, retry or action', async (route, path, page) => {
    // as the server answers every query about that key
    server.use(
      graphql.operation(() =>
        HttpResponse.json({
          errors: [{ message: '"a b" is not a host name', path: ['attribute'], extensions: { code: 'BAD_USER_INPUT' } }],
          data: { attribute: null },
        }),
      ),
    );
    renderWithApi(page, { route, path });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('"a b" is not a host name');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /Retry/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Open in graph/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Classification' })).toBeNull();
  });

  it('knows the shape of AS numbers, country codes and subnets as the API does', () => {
    for (const ok of ['16276', 'AS16276', 'as0']) expect(keyProblem('ASN', ok)).toBeNull();
    for (const bad of ['notanumber', 'AS', '4294967296', '12.5']) expect(keyProblem('ASN', bad)).not.toBeNull();
    for (const ok of ['FR', 'us']) expect(keyProblem('COUNTRY', ok)).toBeNull();
    for (const bad of ['France', 'F', '12']) expect(keyProblem('COUNTRY', bad)).not.toBeNull();
    for (const ok of ['10.0.0.0/24', '2001:db8::/64']) expect(keyProblem('SUBNET', ok)).toBeNull();
    for (const bad of ['10.0.0.0/16', '10.0.0.0', '999.0.0.0/24', '2001:db8::/48']) expect(keyProblem('SUBNET', bad)).not.toBeNull();
    expect(keyProblem('HOST', 'anything')).toBeNull();
  });

  it('tells IP addresses from look-alikes', () => {
    for (const ok of ['203.0.113.7', '0.0.0.0', '2001:db8::1', '::ffff:203.0.113.7', '::1']) expect(isIpAddress(ok)).toBe(true);
    for (const bad of ['999.1.1.1', '1.2.3', '01.2.3.4', '1.2.3.4.5', 'abc', ':::', '2001:db8::g', '']) expect(isIpAddress(bad)).toBe(false);
  });
});
