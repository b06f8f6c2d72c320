import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { TimeWindow } from '../../gql/graphql';
import { Panel } from '../../components/Panel';
import { EntityLink } from '../../components/EntityLink';
import { ValueTable } from '../../components/ValueTable';

const IpCountryQuery = graphql(`
  query IpCountry($ip: IPAddress!, $window: TimeWindow) {
    ip(address: $ip, window: $window) {
      id
      country {
        id
        code
        name
      }
      asn {
        id
        number
        name
        countries(first: 10) {
          totalCount
          edges {
            hits
            uniqueIps
            node {
              id
              code
              name
            }
          }
        }
      }
    }
  }
`);

/** Panel 2: the IP's country, and where the rest of its AS's traffic comes from. */
export function CountryPanel({ ip, window }: { ip: string; window: TimeWindow }) {
  const { data, loading, error, refetch } = useQuery(IpCountryQuery, { variables: { ip, window } });
  const x = data?.ip;
  return (
    <Panel title="Country" loading={loading && !data} error={error} onRetry={() => void refetch()} empty={!!data && !x}>
      {x && (
        <>
          <p>
            {x.country ? (
              <>
                Located in <EntityLink type="COUNTRY" value={x.country.code} label={`${x.country.name} (${x.country.code})`} />.
              </>
            ) : (
              'Country unknown.'
            )}
          </p>
          {x.asn && (
            <>
              <p className="muted small">
                Countries of AS{x.asn.number} {x.asn.name} ({x.asn.countries.totalCount}):
              </p>
              <ValueTable
                caption="Countries of the AS"
                valueHeader="Country"
                rows={x.asn.countries.edges.map((e) => ({
                  value: e.node.code,
                  count: e.hits,
                  uniqueIps: e.uniqueIps,
                  cell: <EntityLink type="COUNTRY" value={e.node.code} label={`${e.node.name} (${e.node.code})`} />,
                }))}
              />
            </>
          )}
        </>
      )}
    </Panel>
  );
}
