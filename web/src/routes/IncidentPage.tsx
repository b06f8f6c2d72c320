import { useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { EntityLink, NetworkOf } from '../components/EntityLink';
import { ThreatBadge } from '../components/ThreatBadge';
import { ClassificationForm } from '../features/classification/ClassificationForm';
import { formatNumber, formatScore, formatTime } from '../lib/format';
import { useWindow } from '../lib/window';
import { panelStates } from '../components/panel-states';
import { DataTable } from '../components/DataTable';

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
            <DataTable
              compact
              caption="Member IPs"
              rows={i.members}
              rowKey={(m) => m.ip.id}
              columns={[
                { header: 'IP', cell: (m) => <EntityLink type="IP" value={m.ip.address} /> },
                { header: 'Detections', num: true, cell: (m) => m.detections },
                { header: 'Max score', num: true, cell: (m) => formatScore(m.maxScore) },
                {
                  header: 'AS · country',
                  className: 'small',
                  cell: (m) => <NetworkOf asn={m.ip.asn} country={m.ip.country?.code} />,
                },
              ]}
            />
          )}
        </Panel>
        <Panel title="Classify the whole incident">
          <ClassificationForm incident={id} />
        </Panel>
      </div>
    </>
  );
}
