import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { DataTable, type Column } from './DataTable';

interface Host {
  name: string;
  hits: number;
  ips: number | null;
}

const HOSTS: Host[] = [
  { name: 'api.example-shop.com', hits: 1200, ips: 40 },
  { name: 'www.example-shop.com', hits: 9000, ips: null },
  { name: 'accounts.example-shop.com', hits: 300, ips: 7 },
];

const COLUMNS: Column<Host>[] = [
  { header: 'Host', className: 'wrap', cell: (h) => h.name, sortBy: (h) => h.name },
  { header: 'Requests', num: true, cell: (h) => h.hits, sortBy: (h) => h.hits },
  { header: 'IPs', num: true, cell: (h) => h.ips ?? '—', sortBy: (h) => h.ips },
];

const bodyRows = () => within(screen.getAllByRole('rowgroup')[1]!).getAllByRole('row');
const firstCells = () => bodyRows().map((r) => within(r).getAllByRole('cell')[0]!.textContent);

describe('DataTable', () => {
  it('sorts in the browser on a header click, descending first, then ascending, saying so to screen readers', () => {
    render(<DataTable caption="Hosts" rows={HOSTS} rowKey={(h) => h.name} columns={COLUMNS} />);
    expect(firstCells()).toEqual(HOSTS.map((h) => h.name));
    fireEvent.click(screen.getByRole('button', { name: /Requests/ }));
    expect(firstCells()).toEqual(['www.example-shop.com', 'api.example-shop.com', 'accounts.example-shop.com']);
    expect(screen.getByRole('columnheader', { name: /Requests/ }).getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(screen.getByRole('button', { name: /Requests/ }));
    expect(firstCells()).toEqual(['accounts.example-shop.com', 'api.example-shop.com', 'www.example-shop.com']);
    expect(screen.getByRole('columnheader', { name: /Requests/ }).getAttribute('aria-sort')).toBe('ascending');
    // a missing value sorts last either way
    fireEvent.click(screen.getByRole('button', { name: /IPs/ }));
    expect(firstCells()).toEqual(['api.example-shop.com', 'accounts.example-shop.com', 'www.example-shop.com']);
    fireEvent.click(screen.getByRole('button', { name: /IPs/ }));
    expect(firstCells().at(-1)).toBe('www.example-shop.com');
  });

  it('leaves the order to its holder when given `sort`, asking for the column’s key', () => {
    const onSort = vi.fn();
    const columns: Column<Host>[] = [
      { header: 'Host', cell: (h) => h.name, sortKey: 'name' },
      { header: 'Requests', num: true, cell: (h) => h.hits, sortKey: 'hits' },
      { header: 'IPs', num: true, cell: (h) => h.ips ?? '—' },
    ];
    render(<DataTable rows={HOSTS} rowKey={(h) => h.name} columns={columns} sort={{ key: 'hits', direction: 'ASC', onSort }} />);
    expect(firstCells()).toEqual(HOSTS.map((h) => h.name));
    expect(screen.getByRole('columnheader', { name: /Requests/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(within(screen.getByRole('columnheader', { name: 'IPs' })).queryByRole('button')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Host/ }));
    expect(onSort).toHaveBeenCalledWith('name');
  });

  it('aligns figures, leaves out a column given as false, and says when there is nothing', () => {
    const { rerender } = render(
      <DataTable
        label="Hosts"
        rows={HOSTS}
        rowKey={(h) => h.name}
        columns={[COLUMNS[0], false, COLUMNS[1]]}
        rowProps={(h) => ({ 'data-busy': h.hits > 1000 })}
      />,
    );
    expect(screen.getByRole('table', { name: 'Hosts' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Host ', 'Requests ']);
    const cells = within(bodyRows()[1]!).getAllByRole('cell');
    expect(cells.map((c) => c.className)).toEqual(['wrap', 'num']);
    expect(bodyRows().map((r) => r.getAttribute('data-busy'))).toEqual(['true', 'true', 'false']);
    rerender(<DataTable label="Hosts" rows={[]} rowKey={(h: Host) => h.name} columns={COLUMNS} emptyText="No host in this window." />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No host in this window.')).toBeTruthy();
  });
});
