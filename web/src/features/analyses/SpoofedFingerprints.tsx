import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { EntityLink } from '../../components/EntityLink';
import { DataTable } from '../../components/DataTable';
import { sliceStates } from '../../components/panel-states';
import { formatNumber, truncate } from '../../lib/format';

export const SpoofedFingerprintsFragment = graphql(`
  fragment SpoofedFingerprints_query on Query {
    tlsSpoofing(first: 50, window: $window) {
      ja4 {
        id
        fingerprint
      }
      claimedBrowser
      ipCount
      userAgents
      hits
      sampleUserAgent
      reason
    }
  }
`);

/** A browser's User-Agent sent from a TLS client that is no browser. */
export function SpoofedFingerprints({ slice }: { slice: Slice<FragmentType<typeof SpoofedFingerprintsFragment>> }) {
  const rows = getFragmentData(SpoofedFingerprintsFragment, slice.data)?.tlsSpoofing;
  return (
    <Panel title="Fingerprint spoofing: a browser User-Agent on a non-browser TLS client" {...sliceStates(slice)} empty={!!rows && !rows.length}>
      {rows && (
        <DataTable
          compact
          caption="TLS fingerprint spoofing"
          rows={rows}
          rowKey={(s) => `${s.ja4.id}-${s.claimedBrowser}`}
          columns={[
            { header: 'JA4', cell: (s) => <EntityLink type="JA4" value={s.ja4.fingerprint} /> },
            { header: 'Claims', cell: (s) => s.claimedBrowser },
            { header: 'IPs', num: true, cell: (s) => formatNumber(s.ipCount) },
            { header: 'Requests', num: true, cell: (s) => formatNumber(s.hits) },
            { header: 'Why', className: 'small', cell: (s) => s.reason },
            { header: 'Sample User-Agent', className: 'mono small', cell: (s) => truncate(s.sampleUserAgent, 70) },
          ]}
        />
      )}
    </Panel>
  );
}
