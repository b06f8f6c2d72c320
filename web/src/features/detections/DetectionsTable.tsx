import { ReasonText } from '../../components/ReasonText';
import { useNavigate } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { DetectionRow_DetectionFragment } from '../../gql/graphql';
import { EntityLink } from '../../components/EntityLink';
import { verdictOf } from '../../components/VerdictBadge';
import { ThreatBadge } from '../../components/ThreatBadge';
import { formatNumber, formatScore, formatShortTime, formatTime, truncate } from '../../lib/format';
import { COLUMNS, type ColumnKey } from './params';
import { DataTable } from '../../components/DataTable';

export const DetectionRowFragment = graphql(`
  fragment DetectionRow_detection on Detection {
    id
    detectionId
    detectedAt
    threatLevel
    anomalyScore
    model
    windowHits
    botName
    reason
    clientHeaders
    asnNumber
    asnOrg
    countryCode
    features {
      hitVelocity
    }
    ip {
      id
      address
      classifications(first: 1) {
        label
      }
    }
    ja4 {
      id
      fingerprint
      classifications(first: 1) {
        label
      }
    }
    host {
      id
      name
    }
  }
`);

type Row = DetectionRow_DetectionFragment;

const CELLS: Record<ColumnKey, (d: Row) => React.ReactNode> = {
  detected_at: (d) => (
    <time dateTime={d.detectedAt} title={formatTime(d.detectedAt)} className="nowrap">
      {formatShortTime(d.detectedAt)}
    </time>
  ),
  src_ip: (d) => <EntityLink type="IP" value={d.ip.address} verdict={verdictOf(d.ip)} />,
  ja4: (d) => (d.ja4 ? <EntityLink type="JA4" value={d.ja4.fingerprint} verdict={verdictOf(d.ja4)} /> : '—'),
  host: (d) => <EntityLink type="HOST" value={d.host.name} />,
  threat_level: (d) => <ThreatBadge level={d.threatLevel} />,
  anomaly_score: (d) => formatScore(d.anomalyScore),
  model_name: (d) => d.model,
  hits: (d) => formatNumber(d.windowHits),
  hit_velocity: (d) => formatNumber(d.features.hitVelocity),
  asn: (d) => (d.asnNumber ? <EntityLink type="ASN" value={String(d.asnNumber)} label={`AS${d.asnNumber} ${d.asnOrg}`} /> : '—'),
  country_code: (d) => (d.countryCode ? <EntityLink type="COUNTRY" value={d.countryCode} /> : '—'),
  client_headers: (d) => <span className="mono small">{truncate(d.clientHeaders, 60)}</span>,
  bot_name: (d) => d.botName || '—',
  reason: (d) => (
    <span className="small">
      <ReasonText text={d.reason} />
    </span>
  ),
};

const NUMERIC = new Set<ColumnKey>(['anomaly_score', 'hits', 'hit_velocity']);

/** One row per detection; a click on a row opens the IP's details view. */
export function DetectionsTable({
  rows,
  cols,
  sortKey,
  direction,
  onSort,
}: {
  rows: FragmentType<typeof DetectionRowFragment>[];
  cols: ColumnKey[];
  sortKey: string;
  direction: 'ASC' | 'DESC';
  onSort?: (key: string) => void;
}) {
  const navigate = useNavigate();
  return (
    <DataTable
      compact
      caption="Detections"
      rows={rows.map((ref) => getFragmentData(DetectionRowFragment, ref))}
      rowKey={(d) => d.id}
      rowProps={(d) => ({
        className: 'clickable',
        onClick: (e) => {
          if (!(e.target as HTMLElement).closest('a')) navigate(`/detections/ip/${encodeURIComponent(d.ip.address)}`);
        },
      })}
      sort={onSort ? { key: sortKey, direction, onSort } : undefined}
      columns={COLUMNS.filter((c) => cols.includes(c.key)).map((c) => ({
        header: c.header,
        num: NUMERIC.has(c.key),
        sortKey: c.sort ? c.key : undefined,
        cell: CELLS[c.key],
      }))}
    />
  );
}
