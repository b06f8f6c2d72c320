import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { answer, fail } from '../../test/msw/graphql';
import { renderWithApi } from '../../test/render';
import { ClassificationForm } from './ClassificationForm';
import { TAGS } from './tags';

const history = (classifications: object[]) =>
  answer('EntityClassifications', {
    decisions: {
      __typename: 'IP',
      key: '51.75.241.56',
      classifications: classifications.map((c) => ({ __typename: 'Classification', id: 'c0', rawLabel: 'x', comment: '', ...c })),
    },
  });

describe('ClassificationForm', () => {
  it('offers the 20 tags, starts from the recommendation, and saves the analyst’s choice', async () => {
    const calls = answer('Classify', {
      classify: {
        __typename: 'Classification',
        id: 'c1',
        label: 'MALICIOUS',
        tags: ['credential-stuffing', 'scraping'],
        analyst: 'alice',
        createdAt: '2026-11-21T10:00:00Z',
      },
    });
    history([]);
    renderWithApi(<ClassificationForm type="IP" value="51.75.241.56" suggestion={{ label: 'malicious', tags: ['credential-stuffing', 'not-a-tag'] }} />);

    const tags = screen.getByRole('group', { name: 'Tags' }).querySelectorAll('button');
    expect(tags).toHaveLength(20);
    expect(TAGS).toHaveLength(20);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Malicious' }).getAttribute('aria-pressed')).toBe('true'));
    expect(screen.getByRole('button', { name: 'credential-stuffing' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'scraping' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Comment' }), { target: { value: '  distributed scraping bot ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save classification' }));

    expect((await screen.findByRole('status')).textContent).toMatch(/Saved as malicious by alice \(credential-stuffing, scraping\)/);
    expect(calls[0]).toEqual({
      input: { type: 'IP', value: '51.75.241.56', label: 'MALICIOUS', tags: ['CREDENTIAL_STUFFING', 'SCRAPING'], comment: 'distributed scraping bot' },
    });
  });

  it('shows the verdict already saved rather than the recommendation, and never drops one of its tags silently', async () => {
    history([{ label: 'SUSPICIOUS', tags: ['scraping', 'hosting-asn'], analyst: 'bob', createdAt: '2026-11-30T09:00:00Z' }]);
    renderWithApi(<ClassificationForm type="IP" value="51.75.241.56" suggestion={{ label: 'malicious', tags: ['credential-stuffing'] }} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Suspicious' }).getAttribute('aria-pressed')).toBe('true'));
    expect(screen.getByRole('button', { name: 'scraping' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'credential-stuffing' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText(/Shows the verdict saved .* by bob/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'scraping' }));
    expect(screen.getByRole('button', { name: 'scraping' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('status').textContent).toMatch(/Removed from the saved verdict: scraping/);
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(screen.getByRole('button', { name: 'scraping' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByText(/Removed from/)).toBeNull();
  });

  it('says the decision was not saved when the API refuses it', async () => {
    answer('EntityClassifications', { decisions: null });
    fail('Classify', 'viewers cannot write; ask an analyst', 'FORBIDDEN');
    renderWithApi(<ClassificationForm type="JA4" value="t13d1011h2_61a7ad8aa9b6_3a8073edd8ef" />);
    expect((screen.getByRole('button', { name: 'Save classification' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Suspicious' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save classification' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Not saved: viewers cannot write/);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
