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
import { DataTable } from '../../components/DataTable';

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
                  <button type="button" className="link-button" onClick={() => setParams((p) => (p.set('hash', h.hash), p))}>
                    its IPs
                  </button>
                ),
              },
            ]}
          />
        )}
      </Panel>
      {hash && (
        <Panel title="IPs sending this layout" {...panelStates(detail)} empty={!!detail.data && !detail.data.headerFingerprint}>
          {detail.data?.headerFingerprint && (
            <>
              <p className="mono small wrap">{detail.data.headerFingerprint.headers}</p>
              <DataTable
                compact
                caption="IPs of the layout"
                rows={detail.data.headerFingerprint.ips}
                rowKey={(i) => i.ip.id}
                columns={[
                  { header: 'IP', cell: (i) => <EntityLink type="IP" value={i.ip.address} /> },
                  { header: 'Requests', num: true, cell: (i) => formatNumber(i.hits) },
                  { header: 'User-Agent', className: 'mono small', cell: (i) => truncate(i.userAgent, 80) },
                  {
                    header: 'AS · country',
                    className: 'small',
                    cell: (i) => (
                      <>
                        {i.ip.asn ? <EntityLink type="ASN" value={String(i.ip.asn.number)} label={`AS${i.ip.asn.number} ${i.ip.asn.name}`} /> : i.asnOrg} ·{' '}
                        {i.countryCode ? <EntityLink type="COUNTRY" value={i.countryCode} /> : '—'}
                      </>
                    ),
                  },
                ]}
              />
            </>
          )}
        </Panel>
      )}
    </>
  );
}
