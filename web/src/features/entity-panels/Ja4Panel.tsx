import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { EntityLink } from '../../components/EntityLink';
import { formatNumber } from '../../lib/format';

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
    <Panel
      title={list ? `JA4 fingerprints (${list.totalCount})` : 'JA4 fingerprints'}
      loading={slice.loading}
      error={slice.error}
      onRetry={slice.retry}
      empty={!!data && !list?.edges.length}
    >
      {list && (
        <table className="table compact">
          <caption className="sr-only">JA4 fingerprints of the IP</caption>
          <thead>
            <tr>
              <th scope="col">JA4</th>
              <th scope="col" className="num">
                Requests
              </th>
              <th scope="col" className="num">
                IPs sharing it
              </th>
              <th scope="col">Top subnets</th>
            </tr>
          </thead>
          <tbody>
            {list.edges.map(({ hits, node: j }) => (
              <tr key={j.id}>
                <td>
                  <EntityLink type="JA4" value={j.fingerprint} />
                  {j.knownApplications[0] && <div className="small muted">{j.knownApplications[0].application}</div>}
                </td>
                <td className="num">{formatNumber(hits)}</td>
                <td className={`num ${j.uniqueIps > 20 ? 'error' : ''}`}>{formatNumber(j.uniqueIps)}</td>
                <td className="small">
                  {j.subnets.edges.map((s) => (
                    <div key={s.node.id}>
                      <EntityLink type="SUBNET" value={s.node.cidr} /> ({s.uniqueIps})
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
