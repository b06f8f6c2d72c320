import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithApi } from '../test/render';
import { entityPath } from '../lib/entities';
import { ReasonText } from './ReasonText';

describe('ReasonText', () => {
  it('links the campaigns a reason names and keeps the rest as text', () => {
    const reason = 'Fingerprint shared by many IPs across countries and ASNs (campaign CAMP-NEBULA-7F3A)';
    renderWithApi(<ReasonText text={reason} />);
    const link = screen.getByRole('link', { name: 'CAMP-NEBULA-7F3A' });
    expect(link.getAttribute('href')).toBe(entityPath({ type: 'CAMPAIGN', key: 'CAMP-NEBULA-7F3A' }));
    expect(document.body.textContent).toContain('Fingerprint shared by many IPs across countries and ASNs (campaign CAMP-NEBULA-7F3A)');
    renderWithApi(<ReasonText text="97% POST on authentication paths" />);
    expect(screen.getAllByRole('link')).toHaveLength(2); // the campaign's page and graph links only
  });
});
