import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { EntityLink } from '../components/EntityLink';
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
