import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { GraphIcon } from '../components/EntityLink';
import { LinkedAsns, LinkedCountries, LinkedHosts, LinkedIps, LinkedJa4s } from '../components/LinkedEntities';
import { EntityTimelinePanel } from '../features/entity-panels/EntityTimelinePanel';
import { ClassificationForm } from '../features/classification/ClassificationForm';
import { ClassificationHistory } from '../features/classification/ClassificationHistory';
import { graphPath } from '../lib/entities';
import { formatNumber, formatScore, formatTime } from '../lib/format';
import { useWindow } from '../lib/window';
import { panelStates } from '../components/panel-states';

const CampaignDetailQuery = graphql(`
  query CampaignDetail($id: String!, $window: TimeWindow) {
    campaign(id: $id, window: $window) {
      id
      campaignId
      detectionCount
      uniqueIps
      maxScore
      firstSeen
      lastSeen
      ips(first: 20) {
        totalCount
        ...LinkedIps_connection
      }
      ja4s(first: 10) {
        totalCount
        ...LinkedJa4s_connection
      }
      asns(first: 10) {
        totalCount
        ...LinkedAsns_connection
      }
      countries(first: 15) {
        totalCount
        ...LinkedCountries_connection
      }
      hosts(first: 10) {
        totalCount
        ...LinkedHosts_connection
      }
    }
  }
`);

export function CampaignPage() {
  const id = decodeURIComponent(useParams().id ?? '');
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const query = useQuery(CampaignDetailQuery, { variables: { id, window } });
  const { data } = query;
  const c = data?.campaign;
  const state = {
    ...panelStates(query),
    empty: !!data && !c,
    emptyText: 'No activity of this campaign in this window.',
  };
  return (
    <>
      <PageHeader title={<>Campaign {id}</>} crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Campaigns', to: '/campaigns' }, { label: id }]}>
        <WindowSelect value={preset} onChange={setWindow} />
        <Link className="button primary" to={graphPath({ type: 'CAMPAIGN', key: id })}>
          <GraphIcon /> Open in graph
        </Link>
      </PageHeader>
      <Panel title="Key figures" {...state}>
        {c && (
          <dl className="stats">
            <div>
              <dt>Detections</dt>
              <dd>{formatNumber(c.detectionCount)}</dd>
            </div>
            <div>
              <dt>IPs</dt>
              <dd>{formatNumber(c.uniqueIps)}</dd>
            </div>
            <div>
              <dt>Countries</dt>
              <dd>{c.countries.totalCount}</dd>
            </div>
            <div>
              <dt>ASNs</dt>
              <dd>{c.asns.totalCount}</dd>
            </div>
            <div>
              <dt>Max score</dt>
              <dd>{formatScore(c.maxScore)}</dd>
            </div>
            <div>
              <dt>First seen</dt>
              <dd>{formatTime(c.firstSeen)}</dd>
            </div>
            <div>
              <dt>Last seen</dt>
              <dd>{formatTime(c.lastSeen)}</dd>
            </div>
          </dl>
        )}
      </Panel>
      <EntityTimelinePanel type="CAMPAIGN" value={id} window={window} />
      <div className="grid two">
        <Panel title={`IPs${c ? ` (${c.ips.totalCount})` : ''}`} {...state}>
          {c && <LinkedIps connection={c.ips} />}
        </Panel>
        <Panel title={`JA4 fingerprints${c ? ` (${c.ja4s.totalCount})` : ''}`} {...state}>
          {c && <LinkedJa4s connection={c.ja4s} />}
        </Panel>
        <Panel title={`Countries${c ? ` (${c.countries.totalCount})` : ''}`} {...state}>
          {c && <LinkedCountries connection={c.countries} />}
        </Panel>
        <Panel title={`ASNs${c ? ` (${c.asns.totalCount})` : ''}`} {...state}>
          {c && <LinkedAsns connection={c.asns} />}
        </Panel>
        <Panel title={`Hosts${c ? ` (${c.hosts.totalCount})` : ''}`} {...state}>
          {c && <LinkedHosts connection={c.hosts} />}
        </Panel>
      </div>
      <div className="grid two">
        <Panel title="Classify the campaign">
          <ClassificationForm type="CAMPAIGN" value={id} />
        </Panel>
        <ClassificationHistory type="CAMPAIGN" value={id} />
      </div>
    </>
  );
}
