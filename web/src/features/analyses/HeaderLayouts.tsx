import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { DataTable } from '../../components/DataTable';
import { sliceStates } from '../../components/panel-states';
import { formatNumber, truncate } from '../../lib/format';

export const HeaderLayoutsFragment = graphql(`
  fragment HeaderLayouts_query on Query {
    headerFingerprints(first: 50, window: $window) {
      hash
      headers
      headerCount
      hits
      uniqueIps
      userAgents
      sampleUserAgent
      sampleJa4
    }
  }
`);

/** Clients grouped by the order of their HTTP headers; `hash` is the layout whose IPs are shown. */
export function HeaderLayouts({
  slice,
  hash,
  onPick,
}: {
  slice: Slice<FragmentType<typeof HeaderLayoutsFragment>>;
  hash: string | null;
  onPick: (hash: string) => void;
}) {
  const rows = getFragmentData(HeaderLayoutsFragment, slice.data)?.headerFingerprints;
  return (
    <Panel title="Header layouts" {...sliceStates(slice)} empty={!!rows && !rows.length}>
      {rows && (
        <DataTable
          compact
          caption="Header layouts"
          rows={rows}
          rowKey={(h) => h.hash}
          rowProps={(h) => ({ 'aria-selected': h.hash === hash })}
          columns={[
            { header: 'Headers (in order)', className: 'mono small wrap', cell: (h) => truncate(h.headers, 120) },
            { header: 'Requests', num: true, cell: (h) => formatNumber(h.hits) },
            { header: 'IPs', num: true, cell: (h) => formatNumber(h.uniqueIps) },
            { header: 'User agents', num: true, className: (h) => (h.userAgents > 3 ? 'error' : undefined), cell: (h) => h.userAgents },
            { header: 'Sample User-Agent', className: 'mono small', cell: (h) => truncate(h.sampleUserAgent, 60) },
            {
              header: 'Its IPs',
              hideHeader: true,
              cell: (h) => (
                <button type="button" className="link-button" onClick={() => onPick(h.hash)}>
                  its IPs
                </button>
              ),
            },
          ]}
        />
      )}
    </Panel>
  );
}
