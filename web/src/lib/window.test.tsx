import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { WindowSelect } from '../components/WindowSelect';
import type { WindowPreset } from '../gql/graphql';
import { useWindow } from './window';

function Page({ fallback }: { fallback: WindowPreset }) {
  const { preset, setWindow } = useWindow(fallback);
  return <WindowSelect value={preset} onChange={setWindow} />;
}

const shown = () => (screen.getByRole('combobox', { name: 'Time window' }) as HTMLSelectElement).value;
const open = (route: string, fallback: WindowPreset) =>
  render(
    <MemoryRouter initialEntries={[route]}>
      <Page fallback={fallback} />
    </MemoryRouter>,
  );

describe('the time window across pages', () => {
  it('carries the window from page to page: a drill-down shows what the analyst was looking at', () => {
    open('/', 'LAST_24H'); // the dashboard's default
    cleanup();
    open('/ip/203.0.113.7', 'LAST_7D');
    expect(shown()).toBe('LAST_24H');
    fireEvent.change(screen.getByRole('combobox', { name: 'Time window' }), { target: { value: 'LAST_30D' } });
    expect(shown()).toBe('LAST_30D');
    cleanup();
    open('/classifications', 'LAST_7D');
    expect(shown()).toBe('LAST_30D');
    cleanup();
    // a link that names its window wins
    open('/detections?window=LAST_1H', 'LAST_24H');
    expect(shown()).toBe('LAST_1H');
  });
});
