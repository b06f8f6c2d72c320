import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { answer } from '../../test/msw/graphql';
import { renderWithApi } from '../../test/render';
import { SearchBox } from './SearchBox';

const result = (type: string, key: string, label: string, match = 'PREFIX') => ({ __typename: 'SearchResult', type, key, label, match, hits: 3000 });

describe('SearchBox', () => {
  it('lists typed results linking to each entity’s page, and Enter opens the best one', async () => {
    const calls = answer('QuickSearch', { search: [result('IP', '51.75.241.56', '51.75.241.56', 'EXACT'), result('ASN', '16276', 'AS16276 OVH SAS')] });
    renderWithApi(<SearchBox />);
    const input = screen.getByRole('searchbox', { name: 'Search entities' });
    fireEvent.change(input, { target: { value: '51.75.241.56' } });

    const results = await screen.findByRole('region', { name: 'Search results' });
    await within(results).findByRole('link', { name: 'AS16276 OVH SAS' });
    expect(within(results).getByRole('link', { name: 'AS16276 OVH SAS' }).getAttribute('href')).toBe('/detections/asn/16276');
    expect(within(results).getByRole('link', { name: 'Open ASN 16276 in the graph' }).getAttribute('href')).toBe('/graph?seed=ASN%3A16276');
    expect(calls[0]).toEqual({ query: '51.75.241.56' });

    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/ip/51.75.241.56'));
  });

  it('waits for two characters and says when nothing matches', async () => {
    const calls = answer('QuickSearch', { search: [] });
    renderWithApi(<SearchBox />);
    const input = screen.getByRole('searchbox', { name: 'Search entities' });
    fireEvent.change(input, { target: { value: 'z' } });
    await new Promise((r) => setTimeout(r, 300));
    expect(calls).toHaveLength(0);
    fireEvent.change(input, { target: { value: 'zzqqxx' } });
    expect(await screen.findByText(/No entity matches “zzqqxx”/)).toBeTruthy();
  });

  it('moves into the suggestions with the arrow keys and back, and Escape closes them', async () => {
    answer('QuickSearch', { search: [result('IP', '51.75.241.56', '51.75.241.56', 'EXACT'), result('ASN', '16276', 'AS16276 OVH SAS')] });
    renderWithApi(<SearchBox />);
    const input = screen.getByRole('searchbox', { name: 'Search entities' });
    input.focus();
    fireEvent.change(input, { target: { value: '51.75' } });
    const results = await screen.findByRole('region', { name: 'Search results' });
    await within(results).findByRole('link', { name: 'AS16276 OVH SAS' });
    const links = within(results).getAllByRole('link');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[1]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(input);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(document.activeElement).toBe(input);
    expect(screen.queryByRole('region', { name: 'Search results' })).toBeNull();
  });
});
