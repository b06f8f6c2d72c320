import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { WindowSelect } from '../../components/WindowSelect';
import { EntityLink } from '../../components/EntityLink';
import { donutOption, heatmapOption } from '../../components/chart-options';
import { entityLabel } from '../../lib/entities';
import { formatNumber, formatPercent, truncate } from '../../lib/format';
import { useWindow } from '../../lib/window';
import { panelStates } from '../../components/panel-states';
import { DataTable } from '../../components/DataTable';

const TlsSpoofingQuery = graphql(`
  query TlsSpoofingList($window: TimeWindow) {
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

const Ja4UaMatrixQuery = graphql(`
  query Ja4UaMatrix($window: TimeWindow) {
    ja4UserAgentMatrix(first: 200, window: $window) {
      ja4 {
        id
        fingerprint
      }
      browserFamily
      category
      hits
      ipCount
    }
    userAgentCategories(window: $window) {
      category
      hits
      ipCount
      userAgents
    }
  }
`);

const Ja4AsnQuery = graphql(`
  query Ja4AsnCorrelation($window: TimeWindow) {
    ja4AsnCorrelation(first: 30, window: $window) {
      ja4 {
        id
        fingerprint
      }
      topAsn {
        id
        number
        name
      }
      topAsnShare
      asnCount
      uniqueIps
      flaggedShare
      knownApplications
    }
    legitimateJa4s(window: $window) {
      ja4 {
        id
        fingerprint
      }
      uniqueIps
      asnCount
      hits
      knownApplications
    }
  }
`);

/** TLS fingerprints against what the User-Agent claims: spoofing, the JA4 × client matrix, AS concentration, the legitimate baseline. */
export function FingerprintsPage() {
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const spoof = useQuery(TlsSpoofingQuery, { variables: { window } });
  const matrix = useQuery(Ja4UaMatrixQuery, { variables: { window } });
  const asn = useQuery(Ja4AsnQuery, { variables: { window } });
  const m = matrix.data;
  const heat = useMemo(() => {
    if (!m) return null;
    const ja4s = [...new Set(m.ja4UserAgentMatrix.map((c) => c.ja4.fingerprint))].slice(0, 20);
    const clients = [...new Set(m.ja4UserAgentMatrix.map((c) => c.browserFamily || c.category.toLowerCase()))];
    const cells = m.ja4UserAgentMatrix
      .filter((c) => ja4s.includes(c.ja4.fingerprint))
      .map((c) => [clients.indexOf(c.browserFamily || c.category.toLowerCase()), ja4s.indexOf(c.ja4.fingerprint), c.hits] as [number, number, number]);
    return heatmapOption(
      clients,
      ja4s.map((j) => entityLabel({ type: 'JA4', key: j })),
      cells,
      'requests',
    );
  }, [m]);
  const donut = useMemo(() => (m ? donutOption(m.userAgentCategories.map((c) => ({ name: c.category.toLowerCase(), value: c.hits }))) : null), [m]);

  return (
    <>
      <PageHeader title="TLS fingerprints" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'TLS fingerprints' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <Panel
        title="Fingerprint spoofing: a browser User-Agent on a non-browser TLS client"
        {...panelStates(spoof)}
        empty={!!spoof.data && !spoof.data.tlsSpoofing.length}
      >
        {spoof.data && (
          <DataTable
            compact
            caption="TLS fingerprint spoofing"
            rows={spoof.data.tlsSpoofing}
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
      <div className="grid two">
        <Panel title="JA4 × claimed client" {...panelStates(matrix)} empty={!!m && !m.ja4UserAgentMatrix.length}>
          {heat && <Chart option={heat} height={420} label="Requests per JA4 and claimed client" />}
        </Panel>
        <Panel title="User-Agent categories" {...panelStates(matrix)} empty={!!m && !m.userAgentCategories.length}>
          {donut && <Chart option={donut} height={320} label="Requests by User-Agent category" />}
        </Panel>
      </div>
      <div className="grid two">
        <Panel title="JA4 – ASN concentration" {...panelStates(asn)} empty={!!asn.data && !asn.data.ja4AsnCorrelation.length}>
          {asn.data && (
            <DataTable
              compact
              caption="JA4 and AS correlation"
              rows={asn.data.ja4AsnCorrelation}
              rowKey={(c) => c.ja4.id}
              columns={[
                {
                  header: 'JA4',
                  cell: (c) => (
                    <>
                      <EntityLink type="JA4" value={c.ja4.fingerprint} />
                      {c.knownApplications[0] && <div className="small muted">{c.knownApplications[0]}</div>}
                    </>
                  ),
                },
                { header: 'Top AS', cell: (c) => <EntityLink type="ASN" value={String(c.topAsn.number)} label={`AS${c.topAsn.number} ${c.topAsn.name}`} /> },
                { header: 'Its share', num: true, cell: (c) => formatPercent(c.topAsnShare) },
                { header: 'ASNs', num: true, cell: (c) => c.asnCount },
                { header: 'Flagged', num: true, cell: (c) => formatPercent(c.flaggedShare) },
              ]}
            />
          )}
        </Panel>
        <Panel title="Legitimate JA4s (the baseline)" {...panelStates(asn)} empty={!!asn.data && !asn.data.legitimateJa4s.length}>
          {asn.data && (
            <DataTable
              compact
              caption="Legitimate JA4 fingerprints"
              rows={asn.data.legitimateJa4s}
              rowKey={(c) => c.ja4.id}
              columns={[
                { header: 'JA4', cell: (c) => <EntityLink type="JA4" value={c.ja4.fingerprint} /> },
                { header: 'Known as', className: 'small', cell: (c) => c.knownApplications.join(', ') || '—' },
                { header: 'IPs', num: true, cell: (c) => formatNumber(c.uniqueIps) },
                { header: 'ASNs', num: true, cell: (c) => c.asnCount },
              ]}
            />
          )}
        </Panel>
      </div>
    </>
  );
}
