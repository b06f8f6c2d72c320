import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { sliceStates } from '../../components/panel-states';
import { EntityLink } from '../../components/EntityLink';
import { formatNumber } from '../../lib/format';
import { DataTable } from '../../components/DataTable';

export const Ja4PanelFragment = graphql(`
  fragment Ja4Panel_query on Query {
    ip(address: $ip, window: $window) {
      id
      ja4s(first: 5) {
        totalCount
        edges {
          hits
          node {
            id
            fingerprint
            uniqueIps
            knownApplications {
              application
            }
            subnets(first: 3) {
              totalCount
              edges {
                uniqueIps
                node {
                  id
                  cidr
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** Panel 3: the IP's JA4 fingerprints, how many other IPs share each, and their top subnets. */
export function Ja4Panel({ slice }: { slice: Slice<FragmentType<typeof Ja4PanelFragment>> }) {
  const data = getFragmentData(Ja4PanelFragment, slice.data);
  const list = data?.ip?.ja4s;
  return (
    <Panel title={list ? `JA4 fingerprints (${list.totalCount})` : 'JA4 fingerprints'} {...sliceStates(slice)} empty={!!data && !list?.edges.length}>
      {list && (
        <DataTable
          compact
          caption="JA4 fingerprints of the IP"
          rows={list.edges}
          rowKey={(e) => e.node.id}
          columns={[
            {
              header: 'JA4',
              cell: ({ node: j }) => (
                <>
                  <EntityLink type="JA4" value={j.fingerprint} />
                  {j.knownApplications[0] && <div className="small muted">{j.knownApplications[0].application}</div>}
                </>
              ),
            },
            { header: 'Requests', num: true, cell: (e) => formatNumber(e.hits) },
            {
              header: 'IPs sharing it',
              num: true,
              className: (e) => (e.node.uniqueIps > 20 ? 'error' : undefined),
              cell: (e) => formatNumber(e.node.uniqueIps),
            },
            {
              header: 'Top subnets',
              className: 'small',
              cell: ({ node: j }) =>
                j.subnets.edges.map((s) => (
                  <div key={s.node.id}>
                    <EntityLink type="SUBNET" value={s.node.cidr} /> ({s.uniqueIps})
                  </div>
                )),
            },
          ]}
        />
      )}
    </Panel>
  );
}
