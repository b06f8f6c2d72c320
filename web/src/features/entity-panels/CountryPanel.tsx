import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { sliceStates } from '../../components/panel-states';
import { EntityLink } from '../../components/EntityLink';
import { ValueTable } from '../../components/ValueTable';

export const CountryPanelFragment = graphql(`
  fragment CountryPanel_query on Query {
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
export function CountryPanel({ slice }: { slice: Slice<FragmentType<typeof CountryPanelFragment>> }) {
  const data = getFragmentData(CountryPanelFragment, slice.data);
  const x = data?.ip;
  return (
    <Panel title="Country" {...sliceStates(slice)} empty={!!data && !x}>
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
