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

/** User agents whose TCP stack (TTL, MSS, window) contradicts the operating system they claim. */
export function TcpSpoofingPage() {
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const { data, loading, error, refetch } = useQuery(TcpSpoofingQuery, { variables: { window } });
  const rows = data?.tcpSpoofing;
  const byOs = useMemo(() => {
    const m = new Map<string, number>();
    for (const r of rows ?? []) m.set(`${r.claimedOs} → ${r.inferredOs}`, (m.get(`${r.claimedOs} → ${r.inferredOs}`) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1]);
  }, [rows]);
  const matrix = useMemo(() => {
    const ttls = [...new Set((rows ?? []).map((r) => r.ttl))].sort((a, b) => a - b).map(String);
    const mss = [...new Set((rows ?? []).map((r) => r.mss))].sort((a, b) => a - b).map(String);
    const counts = new Map<string, number>();
    for (const r of rows ?? []) counts.set(`${r.mss}|${r.ttl}`, (counts.get(`${r.mss}|${r.ttl}`) ?? 0) + 1);
    const cells = [...counts].map(([k, n]) => {
      const [m, t] = k.split('|');
      return [ttls.indexOf(t!), mss.indexOf(m!), n] as [number, number, number];
    });
    return heatmapOption(ttls, mss.map((m) => `MSS ${m}`), cells, 'spoofing IPs');
  }, [rows]);
  const state = { loading: loading && !data, error, onRetry: () => void refetch(), empty: !!rows && !rows.length, emptyText: 'No TCP/OS contradiction in this window.' };

  return (
    <>
      <PageHeader title="TCP / OS spoofing" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'TCP spoofing' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <div className="grid two">
        <Panel title={rows ? `Overview (${rows.length} IPs)` : 'Overview'} {...state}>
          <table className="table compact">
            <caption className="sr-only">Claimed versus observed operating system</caption>
            <thead>
              <tr>
                <th scope="col">Claimed OS → TCP stack seen</th>
                <th scope="col" className="num">IPs</th>
              </tr>
            </thead>
            <tbody>
              {byOs.map(([k, n]) => (
                <tr key={k}>
                  <td>{k}</td>
                  <td className="num">{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
        <Panel title="TTL × MSS" {...state}>
          {rows && rows.length > 0 && <Chart option={matrix} label="Spoofing IPs by TTL and MSS" />}
        </Panel>
      </div>
      <Panel title="Spoofing IPs" {...state}>
        {rows && (
          <table className="table compact">
            <caption className="sr-only">Spoofing IPs</caption>
            <thead>
              <tr>
                <th scope="col">IP</th>
                <th scope="col">Claims</th>
                <th scope="col">Stack seen</th>
                <th scope="col" className="num">TTL</th>
                <th scope="col" className="num">MSS</th>
                <th scope="col" className="num">Window</th>
                <th scope="col" className="num">Requests</th>
                <th scope="col">User-Agent</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.ip.id}-${r.userAgent}`}>
                  <td><EntityLink type="IP" value={r.ip.address} /></td>
                  <td>{r.claimedOs}</td>
                  <td>{r.inferredOs}</td>
                  <td className="num">{r.ttl}</td>
                  <td className="num">{r.mss}</td>
                  <td className="num">{r.windowSize}</td>
                  <td className="num">{formatNumber(r.hits)}</td>
                  <td className="mono small">{truncate(r.userAgent, 60)}</td>
                  <td className="small">{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
    </>
  );
}
