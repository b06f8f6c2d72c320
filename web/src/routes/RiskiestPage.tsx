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
import { SortableTh } from '../features/detections/SortHeader';
import { formatNumber, formatScore, formatTime } from '../lib/format';
import { useWindow } from '../lib/window';
import { panelStates } from '../components/panel-states';

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

const COLUMNS: { sort: RiskRankingSort | null; label: string; num?: boolean }[] = [
  { sort: 'IP', label: 'IP' },
  { sort: 'RISK', label: 'Risk', num: true },
  { sort: 'VERDICT', label: 'Verdict' },
  { sort: 'DETECTIONS', label: 'Detections', num: true },
  { sort: 'MAX_SCORE', label: 'Top score', num: true },
  { sort: null, label: 'Worst level' },
  { sort: null, label: 'AS' },
  { sort: null, label: 'Country' },
  { sort: 'LAST_DETECTED', label: 'Last detected' },
];
const SORTS = new Set(COLUMNS.flatMap((c) => (c.sort ? [c.sort] : [])));

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
          <table className="table">
            <caption className="sr-only">IPs ranked by risk</caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <SortableTh
                    key={c.label}
                    label={c.label}
                    sortable={c.sort !== null}
                    active={sort === c.sort}
                    direction={direction}
                    num={c.num}
                    onSort={() => c.sort && onSort(c.sort)}
                  />
                ))}
              </tr>
            </thead>
            <tbody>
              {list.items.map((r) => (
                <tr key={r.ip.address}>
                  <td>
                    <EntityLink type="IP" value={r.ip.address} />
                  </td>
                  <td className="num">
                    <span className={`risk-value risk-${r.riskLevel.toLowerCase()}`}>{r.riskScore}</span>
                  </td>
                  <td>{r.verdict ? <VerdictBadge verdict={r.verdict} long /> : <span className="muted">—</span>}</td>
                  <td className="num">{formatNumber(r.detections)}</td>
                  <td className="num">{formatScore(r.maxScore)}</td>
                  <td>{r.worstLevel ? <ThreatBadge level={r.worstLevel as never} /> : '—'}</td>
                  <td>{r.ip.asn ? <EntityLink type="ASN" value={String(r.ip.asn.number)} label={`AS${r.ip.asn.number} ${r.ip.asn.name ?? ''}`} /> : '—'}</td>
                  <td>{r.ip.country ? <EntityLink type="COUNTRY" value={r.ip.country.code} /> : '—'}</td>
                  <td className="small">{formatTime(r.lastDetected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
    </>
  );
}
