import type { ClassificationLabel, EntityType } from '../gql/graphql';
import { EntityLink } from './EntityLink';
import { formatNumber } from '../lib/format';
import { DataTable } from './DataTable';

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
    <DataTable
      compact
      caption={caption}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { header: caption, className: 'wrap', cell: (r) => <EntityLink type={type} value={r.key} label={r.label} verdict={r.verdict} /> },
        { header: 'Requests', num: true, cell: (r) => formatNumber(r.hits) },
        ips && { header: 'IPs', num: true, cell: (r) => formatNumber(r.uniqueIps) },
        !!extraHeader && { header: extraHeader!, cell: (r) => r.extra },
      ]}
    />
  );
}
