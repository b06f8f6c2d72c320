import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { EntityLink, GraphIcon } from '../components/EntityLink';
import { LinkedAsns, LinkedCountries, LinkedHosts, LinkedIps, LinkedJa4s } from '../components/LinkedEntities';
import { EntityTimelinePanel } from '../features/entity-panels/EntityTimelinePanel';
import { ClassificationForm } from '../features/classification/ClassificationForm';
import { ClassificationHistory } from '../features/classification/ClassificationHistory';
import { graphPath } from '../lib/entities';
import { formatNumber, formatScore, formatTime } from '../lib/format';
import { useWindow } from '../lib/window';
import { panelStates } from '../components/panel-states';

const CampaignListQuery = graphql(`
  query CampaignList($window: TimeWindow) {
    campaigns(first: 100, window: $window) {
      totalCount
      edges {
        node {
          id
          campaignId
          detectionCount
          uniqueIps
          maxScore
          averageScore
          firstSeen
          lastSeen
          countries(first: 1) {
            totalCount
          }
          asns(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

/** The campaigns the detector attributed detections to. */
export function CampaignsPage() {
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const query = useQuery(CampaignListQuery, { variables: { window } });
  const { data } = query;
  const list = data?.campaigns;
  return (
    <>
      <PageHeader title="Campaigns" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Campaigns' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <Panel title={list ? `${list.totalCount} campaigns` : 'Campaigns'} {...panelStates(query)} empty={!!list && !list.totalCount}>
        {list && (
          <table className="table compact">
            <caption className="sr-only">Campaigns</caption>
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                <th scope="col" className="num">
                  Detections
                </th>
                <th scope="col" className="num">
                  IPs
                </th>
                <th scope="col" className="num">
                  Countries
                </th>
                <th scope="col" className="num">
                  ASNs
                </th>
                <th scope="col" className="num">
                  Max score
                </th>
                <th scope="col">Active</th>
              </tr>
            </thead>
            <tbody>
              {list.edges.map(({ node: c }) => (
                <tr key={c.id}>
                  <td>
                    <EntityLink type="CAMPAIGN" value={c.campaignId} />
                  </td>
                  <td className="num">{formatNumber(c.detectionCount)}</td>
                  <td className="num">{formatNumber(c.uniqueIps)}</td>
                  <td className="num">{c.countries.totalCount}</td>
                  <td className="num">{c.asns.totalCount}</td>
                  <td className="num">{formatScore(c.maxScore)}</td>
                  <td className="small">
                    {formatTime(c.firstSeen)} → {formatTime(c.lastSeen)}
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
