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
          <table className="table compact">
            <caption className="sr-only">Incidents</caption>
            <thead>
              <tr>
                <th scope="col">Incident</th>
                <th scope="col">Worst</th>
                <th scope="col">JA4 · claimed client</th>
                <th scope="col" className="num">
                  Detections
                </th>
                <th scope="col" className="num">
                  IPs
                </th>
                <th scope="col" className="num">
                  ASNs
                </th>
                <th scope="col" className="num">
                  Countries
                </th>
                <th scope="col">Last seen</th>
              </tr>
            </thead>
            <tbody>
              {list.map((i) => (
                <tr key={i.id}>
                  <td>
                    <Link to={`/incidents/${encodeURIComponent(i.id)}`}>{i.id}</Link>
                    {i.campaign && (
                      <div className="small">
                        <EntityLink type="CAMPAIGN" value={i.campaign.campaignId} />
                      </div>
                    )}
                  </td>
                  <td>
                    <ThreatBadge level={i.worstThreat} />
                  </td>
                  <td>
                    {i.ja4 ? <EntityLink type="JA4" value={i.ja4.fingerprint} /> : '—'} · {i.claimedClient}
                  </td>
                  <td className="num">{formatNumber(i.detections)}</td>
                  <td className="num">{formatNumber(i.uniqueIps)}</td>
                  <td className="num">{i.asns}</td>
                  <td className="num">{i.countries}</td>
                  <td className="small">
                    {formatTime(i.lastSeen)}
                    {i.active && <strong className="error"> · active</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
    </>
  );
}
