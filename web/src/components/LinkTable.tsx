import type { ClassificationLabel, EntityType } from '../gql/graphql';
import { EntityLink } from './EntityLink';
import { formatNumber } from '../lib/format';

export interface LinkRow {
  key: string;
  label?: string;
  hits: number;
  uniqueIps?: number;
  extra?: React.ReactNode;
  /** The analyst's latest verdict (IPs and JA4s). */
  verdict?: ClassificationLabel | null;
}

/** Linked entities with the weight of each link (requests) and, where it means something, their IPs. */
export function LinkTable({ type, rows, caption, extraHeader }: { type: EntityType; rows: LinkRow[]; caption: string; extraHeader?: string }) {
  const ips = type !== 'IP' && rows.some((r) => r.uniqueIps != null);
  return (
    <table className="table compact">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption}</th>
          <th scope="col" className="num">
            Requests
          </th>
          {ips && (
            <th scope="col" className="num">
              IPs
            </th>
          )}
          {extraHeader && <th scope="col">{extraHeader}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td className="wrap">
              <EntityLink type={type} value={r.key} label={r.label} verdict={r.verdict} />
            </td>
            <td className="num">{formatNumber(r.hits)}</td>
            {ips && <td className="num">{formatNumber(r.uniqueIps)}</td>}
            {extraHeader && <td>{r.extra}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
