import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { answer, fail } from '../../test/msw/graphql';
import { renderWithApi } from '../../test/render';
import { ClassificationForm } from './ClassificationForm';
import { TAGS } from './tags';

describe('ClassificationForm', () => {
  it('offers the 20 tags, starts from the recommendation, and saves the analyst’s choice', async () => {
    const calls = answer('Classify', { classify: { __typename: 'Classification', id: 'c1', label: 'MALICIOUS', tags: ['credential-stuffing', 'scraping'], analyst: 'alice', createdAt: '2026-11-21T10:00:00Z' } });
    renderWithApi(<ClassificationForm type="IP" value="51.75.241.56" suggestion={{ label: 'malicious', tags: ['credential-stuffing', 'not-a-tag'] }} />);

    const tags = screen.getByRole('group', { name: 'Tags' }).querySelectorAll('button');
    expect(tags).toHaveLength(20);
    expect(TAGS).toHaveLength(20);
    expect(screen.getByRole('button', { name: 'Malicious' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'credential-stuffing' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'scraping' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Comment' }), { target: { value: '  distributed scraping bot ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save classification' }));

    expect((await screen.findByRole('status')).textContent).toMatch(/Saved as malicious by alice \(credential-stuffing, scraping\)/);
    expect(calls[0]).toEqual({ input: { type: 'IP', value: '51.75.241.56', label: 'MALICIOUS', tags: ['CREDENTIAL_STUFFING', 'SCRAPING'], comment: 'distributed scraping bot' } });
  });

  it('says the decision was not saved when the API refuses it', async () => {
    fail('Classify', 'viewers cannot write; ask an analyst', 'FORBIDDEN');
    renderWithApi(<ClassificationForm type="JA4" value="t13d1011h2_61a7ad8aa9b6_3a8073edd8ef" />);
    expect((screen.getByRole('button', { name: 'Save classification' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Suspicious' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save classification' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Not saved: viewers cannot write/);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
