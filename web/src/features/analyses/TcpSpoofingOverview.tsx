import { useMemo } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { heatmapOption } from '../../components/chart-options';
import { DataTable } from '../../components/DataTable';
import { sliceStates } from '../../components/panel-states';
import { formatNumber } from '../../lib/format';

export const TcpSpoofingOverviewFragment = graphql(`
  fragment TcpSpoofingOverview_query on Query {
    tcpSpoofingSummary(window: $window) {
      spoofingIps
      spoofedRequests
      byClaimedOs {
        os
        ips
        hits
      }
      byInferredOs {
        os
        ips
        hits
      }
      ttlMss {
        ttl
        mss
        ips
      }
    }
  }
`);

function OsTable({ caption, rows }: { caption: string; rows: { os: string; ips: number; hits: number }[] }) {
  return (
    <DataTable
      compact
      showCaption
      caption={caption}
      rows={rows}
      rowKey={(o) => o.os}
      columns={[
        { header: 'OS', cell: (o) => o.os },
        { header: 'IPs', num: true, cell: (o) => formatNumber(o.ips) },
        { header: 'Requests', num: true, cell: (o) => formatNumber(o.hits) },
      ]}
    />
  );
}

/** How many IPs claim one OS while their TCP stack shows another: by OS, and by TTL × MSS. */
export function TcpSpoofingOverview({ slice }: { slice: Slice<FragmentType<typeof TcpSpoofingOverviewFragment>> }) {
  const sum = getFragmentData(TcpSpoofingOverviewFragment, slice.data)?.tcpSpoofingSummary;
  const matrix = useMemo(() => {
    if (!sum) return null;
    const ttls = [...new Set(sum.ttlMss.map((c) => c.ttl))].sort((a, b) => a - b);
    const mss = [...new Set(sum.ttlMss.map((c) => c.mss))].sort((a, b) => a - b);
    return heatmapOption(
      ttls.map((t) => `TTL ${t}`),
      mss.map((m) => `MSS ${m}`),
      sum.ttlMss.map((c) => [ttls.indexOf(c.ttl), mss.indexOf(c.mss), c.ips]),
      'spoofing IPs',
    );
  }, [sum]);
  const state = { ...sliceStates(slice), empty: sum?.spoofingIps === 0, emptyText: 'No TCP/OS contradiction in this window.' };
  return (
    <div className="grid two">
      <Panel title={sum ? `Overview: ${formatNumber(sum.spoofingIps)} IPs, ${formatNumber(sum.spoofedRequests)} requests` : 'Overview'} {...state}>
        {sum && (
          <div className="grid two">
            <OsTable caption="Claimed OS (User-Agent)" rows={sum.byClaimedOs} />
            <OsTable caption="TCP stack seen" rows={sum.byInferredOs} />
          </div>
        )}
      </Panel>
      <Panel title="TTL × MSS" {...state}>
        {matrix && <Chart option={matrix} label="Spoofing IPs by TTL and MSS" />}
      </Panel>
    </div>
  );
}
