import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { TimeWindow } from '../../gql/graphql';
import { Panel } from '../../components/Panel';
import { EntityLink, NetworkOf } from '../../components/EntityLink';
import { DataTable } from '../../components/DataTable';
import { panelStates } from '../../components/panel-states';
import { formatNumber, truncate } from '../../lib/format';

// its own query: picking a layout fetches its IPs, not the page again
const HeaderLayoutIpsQuery = graphql(`
  query HeaderClusterIps($hash: String!, $window: TimeWindow) {
    headerFingerprint(hash: $hash, window: $window) {
      hash
      headers
      ips(first: 50) {
        ip {
          id
          address
          asn {
            id
            number
            name
          }
        }
        hits
        userAgent
        asnOrg
        countryCode
      }
    }
  }
`);

/** The IPs that sent one header layout. */
export function HeaderLayoutIps({ window, hash }: { window: TimeWindow; hash: string }) {
  const query = useQuery(HeaderLayoutIpsQuery, { variables: { hash, window } });
  return (
    <Panel title="IPs sending this layout" {...panelStates(query)} empty={!!query.data && !query.data.headerFingerprint}>
      {query.data?.headerFingerprint && (
        <>
          <p className="mono small wrap">{query.data.headerFingerprint.headers}</p>
          <DataTable
            compact
            caption="IPs of the layout"
            rows={query.data.headerFingerprint.ips}
            rowKey={(i) => i.ip.id}
            columns={[
              { header: 'IP', cell: (i) => <EntityLink type="IP" value={i.ip.address} /> },
              { header: 'Requests', num: true, cell: (i) => formatNumber(i.hits) },
              { header: 'User-Agent', className: 'mono small', cell: (i) => truncate(i.userAgent, 80) },
              {
                header: 'AS · country',
                className: 'small',
                cell: (i) => <NetworkOf asn={i.ip.asn} asName={i.asnOrg} country={i.countryCode} />,
              },
            ]}
          />
        </>
      )}
    </Panel>
  );
}
