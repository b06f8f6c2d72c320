import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { TimeWindow } from '../../gql/graphql';
import { Panel } from '../../components/Panel';
import { EntityLink, NetworkOf } from '../../components/EntityLink';
import { DataTable } from '../../components/DataTable';
import { panelStates } from '../../components/panel-states';
import { formatNumber } from '../../lib/format';

// its own query: picking a host refetches the attackers, not the page
const BruteForceAttackersQuery = graphql(`
  query BruteForceAttackers($window: TimeWindow, $host: String) {
    bruteForce(window: $window) {
      attackers(first: 50, host: $host) {
        ip {
          id
          address
          asn {
            id
            number
            name
          }
        }
        host {
          id
          name
        }
        ja4 {
          id
          fingerprint
        }
        posts
        failed
        distinctPaths
        asnOrg
        countryCode
        lastSeen
      }
    }
  }
`);

/** The IPs posting to login paths, of every host or of one. */
export function BruteForceAttackers({ window, host }: { window: TimeWindow; host: string | null }) {
  const query = useQuery(BruteForceAttackersQuery, { variables: { window, host } });
  const list = query.data?.bruteForce.attackers;
  return (
    <Panel title={host ? `Attackers of ${host}` : 'Attackers'} {...panelStates(query)} empty={!!list && !list.length}>
      {list && (
        <DataTable
          compact
          caption="Attacking IPs"
          rows={list}
          rowKey={(a) => `${a.ip.id}-${a.host.id}`}
          columns={[
            { header: 'IP', cell: (a) => <EntityLink type="IP" value={a.ip.address} /> },
            { header: 'Host', cell: (a) => <EntityLink type="HOST" value={a.host.name} /> },
            { header: 'POSTs', num: true, cell: (a) => formatNumber(a.posts) },
            { header: 'Failed', num: true, cell: (a) => formatNumber(a.failed) },
            { header: 'Paths', num: true, cell: (a) => a.distinctPaths },
            {
              header: 'AS · country',
              className: 'small',
              cell: (a) => <NetworkOf asn={a.ip.asn} asName={a.asnOrg} country={a.countryCode} />,
            },
          ]}
        />
      )}
    </Panel>
  );
}
