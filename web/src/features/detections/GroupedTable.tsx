import { useNavigate } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { EntityLink } from '../../components/EntityLink';
import { verdictOf } from '../../components/VerdictBadge';
import { ThreatBadge } from '../../components/ThreatBadge';
import { formatNumber, formatScore, formatTime } from '../../lib/format';
import { DataTable } from '../../components/DataTable';

export const IpGroupFragment = graphql(`
  fragment IpGroupRow_group on DetectionIpGroup {
    ip {
      id
      address
      classifications(first: 1) {
        label
      }
    }
    detections
    worstScore
    worstLevel
    firstSeen
    lastSeen
    hosts
    ja4s
    hits
    asnNumber
    asnOrg
    countryCode
  }
`);

/** The “group by IP” view: one row per IP with its detections summarised. */
export function GroupedTable({
  rows,
  sortKey,
  direction,
  onSort,
}: {
  rows: FragmentType<typeof IpGroupFragment>[];
  sortKey: string;
  direction: 'ASC' | 'DESC';
  onSort: (key: string) => void;
}) {
  const navigate = useNavigate();
  return (
    <DataTable
      compact
      caption="Detections grouped by IP"
      rows={rows.map((ref) => getFragmentData(IpGroupFragment, ref))}
      rowKey={(g) => g.ip.id}
      rowProps={(g) => ({
        className: 'clickable',
        onClick: (e) => !(e.target as HTMLElement).closest('a') && navigate(`/detections/ip/${encodeURIComponent(g.ip.address)}`),
      })}
      sort={{ key: sortKey, direction, onSort }}
      columns={[
        { header: 'IP', sortKey: 'src_ip', cell: (g) => <EntityLink type="IP" value={g.ip.address} verdict={verdictOf(g.ip)} /> },
        { header: 'Worst level', cell: (g) => <ThreatBadge level={g.worstLevel} /> },
        { header: 'Detections', num: true, sortKey: 'detections', cell: (g) => formatNumber(g.detections) },
        { header: 'Worst score', num: true, sortKey: 'worst_score', cell: (g) => formatScore(g.worstScore) },
        { header: 'Hits', num: true, sortKey: 'hits', cell: (g) => formatNumber(g.hits) },
        { header: 'Hosts', num: true, cell: (g) => g.hosts },
        { header: 'JA4s', num: true, cell: (g) => g.ja4s },
        { header: 'ASN', cell: (g) => (g.asnNumber ? <EntityLink type="ASN" value={String(g.asnNumber)} label={`AS${g.asnNumber} ${g.asnOrg}`} /> : '—') },
        { header: 'Country', cell: (g) => (g.countryCode ? <EntityLink type="COUNTRY" value={g.countryCode} /> : '—') },
        { header: 'Last seen', className: 'small', sortKey: 'last_seen', cell: (g) => formatTime(g.lastSeen) },
      ]}
    />
  );
}
