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
          <table className="table compact">
            <caption className="sr-only">TLS fingerprint spoofing</caption>
            <thead>
              <tr>
                <th scope="col">JA4</th>
                <th scope="col">Claims</th>
                <th scope="col" className="num">
                  IPs
                </th>
                <th scope="col" className="num">
                  Requests
                </th>
                <th scope="col">Why</th>
                <th scope="col">Sample User-Agent</th>
              </tr>
            </thead>
            <tbody>
              {spoof.data.tlsSpoofing.map((s) => (
                <tr key={`${s.ja4.id}-${s.claimedBrowser}`}>
                  <td>
                    <EntityLink type="JA4" value={s.ja4.fingerprint} />
                  </td>
                  <td>{s.claimedBrowser}</td>
                  <td className="num">{formatNumber(s.ipCount)}</td>
                  <td className="num">{formatNumber(s.hits)}</td>
                  <td className="small">{s.reason}</td>
                  <td className="mono small">{truncate(s.sampleUserAgent, 70)}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
            <table className="table compact">
              <caption className="sr-only">JA4 and AS correlation</caption>
              <thead>
                <tr>
                  <th scope="col">JA4</th>
                  <th scope="col">Top AS</th>
                  <th scope="col" className="num">
                    Its share
                  </th>
                  <th scope="col" className="num">
                    ASNs
                  </th>
                  <th scope="col" className="num">
                    Flagged
                  </th>
                </tr>
              </thead>
              <tbody>
                {asn.data.ja4AsnCorrelation.map((c) => (
                  <tr key={c.ja4.id}>
                    <td>
                      <EntityLink type="JA4" value={c.ja4.fingerprint} />
                      {c.knownApplications[0] && <div className="small muted">{c.knownApplications[0]}</div>}
                    </td>
                    <td>
                      <EntityLink type="ASN" value={String(c.topAsn.number)} label={`AS${c.topAsn.number} ${c.topAsn.name}`} />
                    </td>
                    <td className="num">{formatPercent(c.topAsnShare)}</td>
                    <td className="num">{c.asnCount}</td>
                    <td className="num">{formatPercent(c.flaggedShare)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Panel>
        <Panel title="Legitimate JA4s (the baseline)" {...panelStates(asn)} empty={!!asn.data && !asn.data.legitimateJa4s.length}>
          {asn.data && (
            <table className="table compact">
              <caption className="sr-only">Legitimate JA4 fingerprints</caption>
              <thead>
                <tr>
                  <th scope="col">JA4</th>
                  <th scope="col">Known as</th>
                  <th scope="col" className="num">
                    IPs
                  </th>
                  <th scope="col" className="num">
                    ASNs
                  </th>
                </tr>
              </thead>
              <tbody>
                {asn.data.legitimateJa4s.map((c) => (
                  <tr key={c.ja4.id}>
                    <td>
                      <EntityLink type="JA4" value={c.ja4.fingerprint} />
                    </td>
                    <td className="small">{c.knownApplications.join(', ') || '—'}</td>
                    <td className="num">{formatNumber(c.uniqueIps)}</td>
                    <td className="num">{c.asnCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Panel>
      </div>
    </>
  );
}
