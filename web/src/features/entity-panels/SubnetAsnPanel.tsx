import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { sliceStates } from '../../components/panel-states';
import { EntityLink } from '../../components/EntityLink';
import { LinkedIps } from '../../components/LinkedEntities';
import { formatNumber } from '../../lib/format';

export const SubnetAsnPanelFragment = graphql(`
  fragment SubnetAsnPanel_query on Query {
    ip(address: $ip, window: $window) {
      id
      subnet {
        id
        cidr
        ips(first: 20) {
          totalCount
          ...LinkedIps_connection
        }
      }
      asn {
        id
        number
        name
        label
        uniqueIps
      }
    }
  }
`);

/** Panel 1: the IP's /24 (or /64) and its neighbours there, its AS and how many IPs the AS has. */
export function SubnetAsnPanel({ slice }: { slice: Slice<FragmentType<typeof SubnetAsnPanelFragment>> }) {
  const data = getFragmentData(SubnetAsnPanelFragment, slice.data);
  const x = data?.ip;
  return (
    <Panel title="Subnet and ASN" {...sliceStates(slice)} empty={!!data && !x}>
      {x && (
        <>
          <dl className="stats">
            <div>
              <dt>Subnet</dt>
              <dd>
                <EntityLink type="SUBNET" value={x.subnet.cidr} />
              </dd>
            </div>
            <div>
              <dt>Active IPs in it</dt>
              <dd className={x.subnet.ips.totalCount >= 10 ? 'error' : undefined}>{formatNumber(x.subnet.ips.totalCount)}</dd>
            </div>
            {x.asn && (
              <>
                <div>
                  <dt>AS</dt>
                  <dd>
                    <EntityLink type="ASN" value={String(x.asn.number)} label={`AS${x.asn.number} ${x.asn.name}`} />
                  </dd>
                </div>
                <div>
                  <dt>Kind</dt>
                  <dd>{x.asn.label}</dd>
                </div>
                <div>
                  <dt>IPs in the AS</dt>
                  <dd>{formatNumber(x.asn.uniqueIps)}</dd>
                </div>
              </>
            )}
          </dl>
          <LinkedIps connection={x.subnet.ips} />
        </>
      )}
    </Panel>
  );
}
