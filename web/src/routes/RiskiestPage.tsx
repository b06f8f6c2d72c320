import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { RiskRankingSort, SortDirection } from '../gql/graphql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { EntityLink } from '../components/EntityLink';
import { ThreatBadge } from '../components/ThreatBadge';
import { VerdictBadge } from '../components/VerdictBadge';
import { formatNumber, formatScore, formatTime } from '../lib/format';
import { useWindow } from '../lib/window';
import { panelStates } from '../components/panel-states';
import { DataTable } from '../components/DataTable';

const RiskiestQuery = graphql(`
  query RiskiestIps($window: TimeWindow, $sort: RiskRankingSort, $direction: SortDirection) {
    riskiestIps(window: $window, first: 200, sort: $sort, direction: $direction) {
      candidates
      items {
        ip {
          id
          address
          country {
            id
            code
          }
          asn {
            id
            number
            name
          }
        }
        riskScore
        riskLevel
        detections
        maxScore
        worstLevel
        lastDetected
        verdict
      }
    }
  }
`);

const SORTS = new Set<RiskRankingSort>(['IP', 'RISK', 'VERDICT', 'DETECTIONS', 'MAX_SCORE', 'LAST_DETECTED']);

/** `/riskiest`: the IPs to look at first, by the risk score their page shows, with the analyst's verdict beside each. */
export function RiskiestPage() {
  const [params, setParams] = useSearchParams();
  const sort = SORTS.has(params.get('sort') as RiskRankingSort) ? (params.get('sort') as RiskRankingSort) : 'RISK';
  const direction: SortDirection = params.get('order') === 'asc' ? 'ASC' : 'DESC';
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const query = useQuery(RiskiestQuery, { variables: { window, sort, direction } });
  const { data } = query;
  const onSort = (s: RiskRankingSort) =>
    setParams((p) => {
      p.set('sort', s);
      p.set('order', sort === s && direction === 'DESC' ? 'asc' : 'desc');
      return p;
    });
  const list = data?.riskiestIps;
  return (
    <>
      <PageHeader title="Riskiest now" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Riskiest now' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <Panel
        title={
          list ? `IPs by risk (${formatNumber(list.items.length)} of the ${formatNumber(list.candidates)} flagged IPs with the highest scores)` : 'IPs by risk'
        }
        {...panelStates(query)}
        empty={!!list && list.items.length === 0}
        emptyText="No flagged IP in this window."
      >
        {list && (
          <DataTable
            caption="IPs ranked by risk"
            rows={list.items}
            rowKey={(r) => r.ip.address}
            sort={{ key: sort, direction, onSort: (key) => onSort(key as RiskRankingSort) }}
            columns={[
              { header: 'IP', sortKey: 'IP', cell: (r) => <EntityLink type="IP" value={r.ip.address} /> },
              {
                header: 'Risk',
                sortKey: 'RISK',
                num: true,
                cell: (r) => <span className={`risk-value risk-${r.riskLevel.toLowerCase()}`}>{r.riskScore}</span>,
              },
              {
                header: 'Verdict',
                sortKey: 'VERDICT',
                cell: (r) => (r.verdict ? <VerdictBadge verdict={r.verdict} long /> : <span className="muted">—</span>),
              },
              { header: 'Detections', sortKey: 'DETECTIONS', num: true, cell: (r) => formatNumber(r.detections) },
              { header: 'Top score', sortKey: 'MAX_SCORE', num: true, cell: (r) => formatScore(r.maxScore) },
              { header: 'Worst level', cell: (r) => (r.worstLevel ? <ThreatBadge level={r.worstLevel as never} /> : '—') },
              {
                header: 'AS',
                cell: (r) => (r.ip.asn ? <EntityLink type="ASN" value={String(r.ip.asn.number)} label={`AS${r.ip.asn.number} ${r.ip.asn.name ?? ''}`} /> : '—'),
              },
              { header: 'Country', cell: (r) => (r.ip.country ? <EntityLink type="COUNTRY" value={r.ip.country.code} /> : '—') },
              { header: 'Last detected', sortKey: 'LAST_DETECTED', className: 'small', cell: (r) => formatTime(r.lastDetected) },
            ]}
          />
        )}
      </Panel>
    </>
  );
}
