import type { ReactNode } from 'react';
import { formatNumber, formatPercent } from '../lib/format';
import { DataTable } from './DataTable';

export interface ValueRow {
  value: string;
  count: number;
  uniqueIps?: number;
  cell?: ReactNode;
}

/** Top values with their count and share of the total: the body of most investigation panels. */
export function ValueTable({
  rows,
  total,
  caption,
  valueHeader = 'Value',
  countHeader = 'Requests',
  mono,
}: {
  rows: ValueRow[];
  total?: number;
  caption?: string;
  valueHeader?: string;
  countHeader?: string;
  mono?: boolean;
}) {
  const sum = total ?? rows.reduce((n, r) => n + r.count, 0);
  return (
    <DataTable
      compact
      caption={caption}
      rows={rows}
      rowKey={(r) => r.value}
      columns={[
        { header: valueHeader, className: mono ? 'mono wrap' : 'wrap', cell: (r) => r.cell ?? r.value },
        { header: countHeader, num: true, cell: (r) => formatNumber(r.count) },
        {
          header: 'Share',
          num: true,
          cell: (r) => (
            <span className="share-bar" style={{ ['--share' as string]: `${sum ? (r.count / sum) * 100 : 0}%` }}>
              {formatPercent(sum ? r.count / sum : 0)}
            </span>
          ),
        },
        rows.some((r) => r.uniqueIps != null) && { header: 'IPs', num: true, cell: (r) => (r.uniqueIps != null ? formatNumber(r.uniqueIps) : null) },
      ]}
    />
  );
}
