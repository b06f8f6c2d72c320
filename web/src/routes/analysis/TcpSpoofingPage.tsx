import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { WindowSelect } from '../../components/WindowSelect';
import { EntityLink } from '../../components/EntityLink';
import { heatmapOption } from '../../components/chart-options';
import { formatNumber, truncate } from '../../lib/format';
import { useWindow } from '../../lib/window';
import { panelStates } from '../../components/panel-states';
import { DataTable } from '../../components/DataTable';

const TcpSpoofingQuery = graphql(`
  query TcpSpoofingList($window: TimeWindow) {
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

const TcpSpoofingSummaryQuery = graphql(`
  query TcpSpoofingSummaryPanel($window: TimeWindow) {
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

/** User agents whose TCP stack (TTL, MSS, window) contradicts the operating system they claim. */
export function TcpSpoofingPage() {
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const query = useQuery(TcpSpoofingQuery, { variables: { window } });
  const { data } = query;
  const rows = data?.tcpSpoofing;
  const summary = useQuery(TcpSpoofingSummaryQuery, { variables: { window } });
  const sum = summary.data?.tcpSpoofingSummary;
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
  const sumState = {
    ...panelStates(summary),
    empty: sum?.spoofingIps === 0,
    emptyText: 'No TCP/OS contradiction in this window.',
  };
  const state = {
    ...panelStates(query),
    empty: !!rows && !rows.length,
    emptyText: 'No TCP/OS contradiction in this window.',
  };

  return (
    <>
      <PageHeader title="TCP / OS spoofing" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'TCP spoofing' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <div className="grid two">
        <Panel title={sum ? `Overview: ${formatNumber(sum.spoofingIps)} IPs, ${formatNumber(sum.spoofedRequests)} requests` : 'Overview'} {...sumState}>
          {sum && (
            <div className="grid two">
              <OsTable caption="Claimed OS (User-Agent)" rows={sum.byClaimedOs} />
              <OsTable caption="TCP stack seen" rows={sum.byInferredOs} />
            </div>
          )}
        </Panel>
        <Panel title="TTL × MSS" {...sumState}>
          {matrix && <Chart option={matrix} label="Spoofing IPs by TTL and MSS" />}
        </Panel>
      </div>
      <Panel title="Spoofing IPs" {...state}>
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
    </>
  );
}
