import { useNavigate } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { EntityLink } from '../../components/EntityLink';
import { verdictOf } from '../../components/VerdictBadge';
import { ThreatBadge } from '../../components/ThreatBadge';
import { formatNumber, formatScore, formatTime } from '../../lib/format';
import { SortableTh } from './SortHeader';

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

const HEADERS: { key: string; label: string; num?: boolean; sortable?: boolean }[] = [
  { key: 'src_ip', label: 'IP', sortable: true },
  { key: 'worst_level', label: 'Worst level' },
  { key: 'detections', label: 'Detections', num: true, sortable: true },
  { key: 'worst_score', label: 'Worst score', num: true, sortable: true },
  { key: 'hits', label: 'Hits', num: true, sortable: true },
  { key: 'hosts', label: 'Hosts', num: true },
  { key: 'ja4s', label: 'JA4s', num: true },
  { key: 'asn', label: 'ASN' },
  { key: 'country', label: 'Country' },
  { key: 'last_seen', label: 'Last seen', sortable: true },
];

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
    <table className="table compact">
      <caption className="sr-only">Detections grouped by IP</caption>
      <thead>
        <tr>
          {HEADERS.map((h) => (
            <SortableTh
              key={h.key}
              label={h.label}
              sortable={Boolean(h.sortable)}
              active={sortKey === h.key}
              direction={direction}
              num={h.num}
              onSort={() => onSort(h.key)}
            />
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((ref) => {
          const g = getFragmentData(IpGroupFragment, ref);
          return (
            <tr
              key={g.ip.id}
              className="clickable"
              onClick={(e) => !(e.target as HTMLElement).closest('a') && navigate(`/detections/ip/${encodeURIComponent(g.ip.address)}`)}
            >
              <td>
                <EntityLink type="IP" value={g.ip.address} verdict={verdictOf(g.ip)} />
              </td>
              <td>
                <ThreatBadge level={g.worstLevel} />
              </td>
              <td className="num">{formatNumber(g.detections)}</td>
              <td className="num">{formatScore(g.worstScore)}</td>
              <td className="num">{formatNumber(g.hits)}</td>
              <td className="num">{g.hosts}</td>
              <td className="num">{g.ja4s}</td>
              <td>{g.asnNumber ? <EntityLink type="ASN" value={String(g.asnNumber)} label={`AS${g.asnNumber} ${g.asnOrg}`} /> : '—'}</td>
              <td>{g.countryCode ? <EntityLink type="COUNTRY" value={g.countryCode} /> : '—'}</td>
              <td className="small">{formatTime(g.lastSeen)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
