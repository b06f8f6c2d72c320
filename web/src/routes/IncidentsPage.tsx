import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { EntityLink } from '../components/EntityLink';
import { ThreatBadge } from '../components/ThreatBadge';
import { ClassificationForm } from '../features/classification/ClassificationForm';
import { formatNumber, formatScore, formatTime } from '../lib/format';
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

const IncidentDetailQuery = graphql(`
  query IncidentDetail($id: String!, $window: TimeWindow) {
    incident(id: $id, window: $window) {
      id
      claimedClient
      detections
      uniqueIps
      asns
      countries
      worstThreat
      maxScore
      active
      firstSeen
      lastSeen
      reason
      ja4 {
        id
        fingerprint
      }
      hosts {
        id
        name
      }
      members(first: 100) {
        detections
        maxScore
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
      }
    }
  }
`);

export function IncidentPage() {
  const id = decodeURIComponent(useParams().id ?? '');
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const query = useQuery(IncidentDetailQuery, { variables: { id, window } });
  const { data } = query;
  const i = data?.incident;
  const state = { ...panelStates(query), empty: !!data && !i, emptyText: 'No such incident in this window.' };
  return (
    <>
      <PageHeader title={<>Incident {id}</>} crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Incidents', to: '/incidents' }, { label: id }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <Panel title="Summary" {...state}>
        {i && (
          <>
            <p>{i.reason}</p>
            <dl className="stats">
              <div>
                <dt>Worst</dt>
                <dd>
                  <ThreatBadge level={i.worstThreat} />
                </dd>
              </div>
              <div>
                <dt>JA4</dt>
                <dd>{i.ja4 ? <EntityLink type="JA4" value={i.ja4.fingerprint} /> : '—'}</dd>
              </div>
              <div>
                <dt>Claimed client</dt>
                <dd>{i.claimedClient}</dd>
              </div>
              <div>
                <dt>Detections</dt>
                <dd>{formatNumber(i.detections)}</dd>
              </div>
              <div>
                <dt>IPs</dt>
                <dd>{formatNumber(i.uniqueIps)}</dd>
              </div>
              <div>
                <dt>ASNs</dt>
                <dd>{i.asns}</dd>
              </div>
              <div>
                <dt>Countries</dt>
                <dd>{i.countries}</dd>
              </div>
              <div>
                <dt>Max score</dt>
                <dd>{formatScore(i.maxScore)}</dd>
              </div>
              <div>
                <dt>From</dt>
                <dd>{formatTime(i.firstSeen)}</dd>
              </div>
              <div>
                <dt>To</dt>
                <dd>{formatTime(i.lastSeen)}</dd>
              </div>
            </dl>
            <p className="small">
              Targets:{' '}
              {i.hosts.map((h) => (
                <span key={h.id}>
                  <EntityLink type="HOST" value={h.name} />{' '}
                </span>
              ))}
            </p>
          </>
        )}
      </Panel>
      <div className="grid two">
        <Panel title={i ? `Members (${i.members.length})` : 'Members'} {...state}>
          {i && (
            <table className="table compact">
              <caption className="sr-only">Member IPs</caption>
              <thead>
                <tr>
                  <th scope="col">IP</th>
                  <th scope="col" className="num">
                    Detections
                  </th>
                  <th scope="col" className="num">
                    Max score
                  </th>
                  <th scope="col">AS · country</th>
                </tr>
              </thead>
              <tbody>
                {i.members.map((m) => (
                  <tr key={m.ip.id}>
                    <td>
                      <EntityLink type="IP" value={m.ip.address} />
                    </td>
                    <td className="num">{m.detections}</td>
                    <td className="num">{formatScore(m.maxScore)}</td>
                    <td className="small">
                      {m.ip.asn ? <EntityLink type="ASN" value={String(m.ip.asn.number)} label={`AS${m.ip.asn.number} ${m.ip.asn.name}`} /> : '—'} ·{' '}
                      {m.ip.country ? <EntityLink type="COUNTRY" value={m.ip.country.code} /> : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Panel>
        <Panel title="Classify the whole incident">
          <ClassificationForm incident={id} />
        </Panel>
      </div>
    </>
  );
}
