import type { ReactNode } from 'react';
import { formatNumber, formatPercent } from '../lib/format';

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
    <table className="table compact">
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{valueHeader}</th>
          <th scope="col" className="num">
            {countHeader}
          </th>
          <th scope="col" className="num">
            Share
          </th>
          {rows.some((r) => r.uniqueIps != null) && (
            <th scope="col" className="num">
              IPs
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.value}>
            <td className={mono ? 'mono wrap' : 'wrap'}>{r.cell ?? r.value}</td>
            <td className="num">{formatNumber(r.count)}</td>
            <td className="num">
              <span className="share-bar" style={{ ['--share' as string]: `${sum ? (r.count / sum) * 100 : 0}%` }}>
                {formatPercent(sum ? r.count / sum : 0)}
              </span>
            </td>
            {r.uniqueIps != null && <td className="num">{formatNumber(r.uniqueIps)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
