import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { EntityLink } from '../../components/EntityLink';
import { DataTable } from '../../components/DataTable';
import { sliceStates } from '../../components/panel-states';
import { formatNumber, truncate } from '../../lib/format';

export const TcpSpoofingIpsFragment = graphql(`
  fragment TcpSpoofingIps_query on Query {
    tcpSpoofing(first: 500, window: $window) {
      ip {
        id
        address
      }
      ja4 {
        id
        fingerprint
      }
      claimedOs
      inferredOs
      ttl
      mss
      windowSize
      hits
      userAgent
      reason
      asnOrg
      countryCode
    }
  }
`);

/** Each IP whose TCP stack (TTL, MSS, window) contradicts the OS its User-Agent claims. */
export function TcpSpoofingIps({ slice }: { slice: Slice<FragmentType<typeof TcpSpoofingIpsFragment>> }) {
  const rows = getFragmentData(TcpSpoofingIpsFragment, slice.data)?.tcpSpoofing;
  return (
    <Panel title="Spoofing IPs" {...sliceStates(slice)} empty={!!rows && !rows.length} emptyText="No TCP/OS contradiction in this window.">
      {rows && (
        <DataTable
          compact
          caption="Spoofing IPs"
          rows={rows}
          rowKey={(r) => `${r.ip.id}-${r.userAgent}`}
          columns={[
            { header: 'IP', cell: (r) => <EntityLink type="IP" value={r.ip.address} /> },
            { header: 'Claims', cell: (r) => r.claimedOs },
            { header: 'Stack seen', cell: (r) => r.inferredOs },
            { header: 'TTL', num: true, cell: (r) => r.ttl },
            { header: 'MSS', num: true, cell: (r) => r.mss },
            { header: 'Window', num: true, cell: (r) => r.windowSize },
            { header: 'Requests', num: true, cell: (r) => formatNumber(r.hits) },
            { header: 'User-Agent', className: 'mono small', cell: (r) => truncate(r.userAgent, 60) },
            { header: 'Why', className: 'small', cell: (r) => r.reason },
          ]}
        />
      )}
    </Panel>
  );
}
