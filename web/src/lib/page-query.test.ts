import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client';
import { RiskPanelFragment } from '../features/entity-panels/RiskPanel';
import { CountryPanelFragment } from '../features/entity-panels/CountryPanel';
import { SubnetAsnPanelFragment } from '../features/entity-panels/SubnetAsnPanel';
import { ReputationPanelFragment } from '../features/entity-panels/ReputationPanel';
import { errorWithin } from './page-query';

const answered = (...errors: { message: string; path?: (string | number)[] }[]) => new CombinedGraphQLErrors({ data: null, errors });

describe('one page query, each panel its own errors', () => {
  it('gives an error to the panels whose fragment selects its path, and only to them', () => {
    const e = answered({ message: 'signals unavailable', path: ['ip', 'investigation', 'factors', 2, 'evidence'] });
    expect(errorWithin(e, RiskPanelFragment)?.message).toBe('signals unavailable');
    expect(errorWithin(e, CountryPanelFragment)).toBeUndefined();
    expect(errorWithin(e, ReputationPanelFragment)).toBeUndefined();
  });

  it('follows the fragments a panel spreads (the subnet’s IPs are LinkedIps_connection)', () => {
    const e = answered({ message: 'timed out', path: ['ip', 'subnet', 'ips', 'edges', 0, 'node', 'address'] });
    expect(errorWithin(e, SubnetAsnPanelFragment)?.message).toBe('timed out');
    expect(errorWithin(e, CountryPanelFragment)).toBeUndefined();
    // a field the spread fragment does not select is not the panel's
    expect(errorWithin(answered({ message: 'x', path: ['ip', 'subnet', 'ips', 'edges', 0, 'node', 'reputation'] }), SubnetAsnPanelFragment)).toBeUndefined();
  });

  it('fails every panel on an error of the whole request: its entity, no path, or the network', () => {
    const onEntity = answered({ message: 'no such IP', path: ['ip'] });
    expect(errorWithin(onEntity, RiskPanelFragment)?.message).toBe('no such IP');
    expect(errorWithin(onEntity, CountryPanelFragment)?.message).toBe('no such IP');
    expect(errorWithin(onEntity, ReputationPanelFragment)).toBeUndefined();
    const whole = answered({ message: 'rate limited' });
    for (const f of [RiskPanelFragment, CountryPanelFragment, ReputationPanelFragment]) expect(errorWithin(whole, f)?.message).toBe('rate limited');
    const network = new Error('Failed to fetch');
    expect(errorWithin(network, ReputationPanelFragment)).toBe(network);
    expect(errorWithin(undefined, ReputationPanelFragment)).toBeUndefined();
  });
});
