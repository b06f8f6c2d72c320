import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { TimeWindow } from '../../gql/graphql';
import { Panel } from '../../components/Panel';
import { EntityLink } from '../../components/EntityLink';
import { LinkedIps } from '../../components/LinkedEntities';
import { formatNumber } from '../../lib/format';

const IpSubnetAsnQuery = graphql(`
  query IpSubnetAsn($ip: IPAddress!, $window: TimeWindow) {
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
export function SubnetAsnPanel({ ip, window }: { ip: string; window: TimeWindow }) {
  const { data, loading, error, refetch } = useQuery(IpSubnetAsnQuery, { variables: { ip, window } });
  const x = data?.ip;
  return (
    <Panel title="Subnet and ASN" loading={loading && !data} error={error} onRetry={() => void refetch()} empty={!!data && !x}>
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
