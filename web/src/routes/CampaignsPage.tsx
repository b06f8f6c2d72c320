import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { EntityLink } from '../components/EntityLink';
import { formatNumber, formatScore, formatTime } from '../lib/format';
import { useWindow } from '../lib/window';
import { panelStates } from '../components/panel-states';
import { DataTable } from '../components/DataTable';

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
          <DataTable
            compact
            caption="Campaigns"
            rows={list.edges}
            rowKey={({ node: c }) => c.id}
            columns={[
              { header: 'Campaign', cell: ({ node: c }) => <EntityLink type="CAMPAIGN" value={c.campaignId} /> },
              { header: 'Detections', num: true, cell: ({ node: c }) => formatNumber(c.detectionCount) },
              { header: 'IPs', num: true, cell: ({ node: c }) => formatNumber(c.uniqueIps) },
              { header: 'Countries', num: true, cell: ({ node: c }) => c.countries.totalCount },
              { header: 'ASNs', num: true, cell: ({ node: c }) => c.asns.totalCount },
              { header: 'Max score', num: true, cell: ({ node: c }) => formatScore(c.maxScore) },
              {
                header: 'Active',
                className: 'small',
                cell: ({ node: c }) => (
                  <>
                    {formatTime(c.firstSeen)} → {formatTime(c.lastSeen)}
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
