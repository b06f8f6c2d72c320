import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { EntityLink } from '../components/EntityLink';
import { ThreatBadge } from '../components/ThreatBadge';
import { formatNumber, formatTime } from '../lib/format';
import { useWindow } from '../lib/window';
import { panelStates } from '../components/panel-states';
import { DataTable } from '../components/DataTable';

const IncidentListQuery = graphql(`
  query IncidentList($window: TimeWindow, $activeOnly: Boolean) {
    incidents(first: 100, activeOnly: $activeOnly, window: $window) {
      id
      claimedClient
      detections
      uniqueIps
      asns
      countries
      worstThreat
      maxScore
      active
      lastSeen
      reason
      ja4 {
        id
        fingerprint
      }
      campaign {
        id
        campaignId
      }
    }
  }
`);

/** Detections grouped by shared fingerprint and claimed client: coordinated activity to review and classify as a whole. */
export function IncidentsPage() {
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const [params, setParams] = useSearchParams();
  const activeOnly = params.get('active') === '1';
  const query = useQuery(IncidentListQuery, { variables: { window, activeOnly } });
  const { data } = query;
  const list = data?.incidents;
  return (
    <>
      <PageHeader title="Incidents" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Incidents' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
        <label className="toggle">
          <input type="checkbox" checked={activeOnly} onChange={(e) => setParams((p) => (e.target.checked ? p.set('active', '1') : p.delete('active'), p))} />{' '}
          Active in the last 24 h only
        </label>
      </PageHeader>
      <Panel title={list ? `${list.length} incidents` : 'Incidents'} {...panelStates(query)} empty={!!list && !list.length}>
        {list && (
          <DataTable
            compact
            caption="Incidents"
            rows={list}
            rowKey={(i) => i.id}
            columns={[
              {
                header: 'Incident',
                cell: (i) => (
                  <>
                    <Link to={`/incidents/${encodeURIComponent(i.id)}`}>{i.id}</Link>
                    {i.campaign && (
                      <div className="small">
                        <EntityLink type="CAMPAIGN" value={i.campaign.campaignId} />
                      </div>
                    )}
                  </>
                ),
              },
              { header: 'Worst', cell: (i) => <ThreatBadge level={i.worstThreat} /> },
              {
                header: 'JA4 · claimed client',
                cell: (i) => (
                  <>
                    {i.ja4 ? <EntityLink type="JA4" value={i.ja4.fingerprint} /> : '—'} · {i.claimedClient}
                  </>
                ),
              },
              { header: 'Detections', num: true, cell: (i) => formatNumber(i.detections) },
              { header: 'IPs', num: true, cell: (i) => formatNumber(i.uniqueIps) },
              { header: 'ASNs', num: true, cell: (i) => i.asns },
              { header: 'Countries', num: true, cell: (i) => i.countries },
              {
                header: 'Last seen',
                className: 'small',
                cell: (i) => (
                  <>
                    {formatTime(i.lastSeen)}
                    {i.active && <strong className="error"> · active</strong>}
                  </>
                ),
              },
            ]}
          />
        )}
      </Panel>
    </>
  );
}
