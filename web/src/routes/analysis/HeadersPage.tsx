import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { WindowSelect } from '../../components/WindowSelect';
import { EntityLink } from '../../components/EntityLink';
import { formatNumber, truncate } from '../../lib/format';
import { useWindow } from '../../lib/window';
import { panelStates } from '../../components/panel-states';

const HeaderClustersQuery = graphql(`
  query HeaderClusters($window: TimeWindow) {
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

const HeaderClusterIpsQuery = graphql(`
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

/** Clients grouped by the order of their HTTP headers: a script's layout stays the same whatever User-Agent it sends. */
export function HeadersPage() {
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const [params, setParams] = useSearchParams();
  const hash = params.get('hash');
  const list = useQuery(HeaderClustersQuery, { variables: { window } });
  const detail = useQuery(HeaderClusterIpsQuery, { variables: { hash: hash ?? '', window }, skip: !hash });
  const rows = list.data?.headerFingerprints;
  return (
    <>
      <PageHeader title="Header fingerprint clusters" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'Header clusters' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <Panel title="Header layouts" {...panelStates(list)} empty={!!rows && !rows.length}>
        {rows && (
          <table className="table compact">
            <caption className="sr-only">Header layouts</caption>
            <thead>
              <tr>
                <th scope="col">Headers (in order)</th>
                <th scope="col" className="num">
                  Requests
                </th>
                <th scope="col" className="num">
                  IPs
                </th>
                <th scope="col" className="num">
                  User agents
                </th>
                <th scope="col">Sample User-Agent</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {rows.map((h) => (
                <tr key={h.hash} aria-selected={h.hash === hash}>
                  <td className="mono small wrap">{truncate(h.headers, 120)}</td>
                  <td className="num">{formatNumber(h.hits)}</td>
                  <td className="num">{formatNumber(h.uniqueIps)}</td>
                  <td className={`num ${h.userAgents > 3 ? 'error' : ''}`}>{h.userAgents}</td>
                  <td className="mono small">{truncate(h.sampleUserAgent, 60)}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => setParams((p) => (p.set('hash', h.hash), p))}>
                      its IPs
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
      {hash && (
        <Panel title="IPs sending this layout" {...panelStates(detail)} empty={!!detail.data && !detail.data.headerFingerprint}>
          {detail.data?.headerFingerprint && (
            <>
              <p className="mono small wrap">{detail.data.headerFingerprint.headers}</p>
              <table className="table compact">
                <caption className="sr-only">IPs of the layout</caption>
                <thead>
                  <tr>
                    <th scope="col">IP</th>
                    <th scope="col" className="num">
                      Requests
                    </th>
                    <th scope="col">User-Agent</th>
                    <th scope="col">AS · country</th>
                  </tr>
                </thead>
                <tbody>
                  {detail.data.headerFingerprint.ips.map((i) => (
                    <tr key={i.ip.id}>
                      <td>
                        <EntityLink type="IP" value={i.ip.address} />
                      </td>
                      <td className="num">{formatNumber(i.hits)}</td>
                      <td className="mono small">{truncate(i.userAgent, 80)}</td>
                      <td className="small">
                        {i.ip.asn ? <EntityLink type="ASN" value={String(i.ip.asn.number)} label={`AS${i.ip.asn.number} ${i.ip.asn.name}`} /> : i.asnOrg} ·{' '}
                        {i.countryCode ? <EntityLink type="COUNTRY" value={i.countryCode} /> : '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </Panel>
      )}
    </>
  );
}
