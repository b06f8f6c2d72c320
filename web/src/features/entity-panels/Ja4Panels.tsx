import { EntityLink } from '../../components/EntityLink';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { sliceStates } from '../../components/panel-states';
import { LinkTable } from '../../components/LinkTable';
import { verdictOf } from '../../components/VerdictBadge';
import { LinkedAsns, LinkedCountries, LinkedHosts } from '../../components/LinkedEntities';
import { formatNumber, formatPercent } from '../../lib/format';

export const Ja4LinkPanelsFragment = graphql(`
  fragment Ja4LinkPanels_query on Query {
    ja4(fingerprint: $ja4, window: $window) {
      id
      ips(first: 10) {
        totalCount
        edges {
          hits
          node {
            id
            address
            classifications(first: 1) {
              label
            }
            country {
              id
              code
            }
          }
        }
      }
      countries(first: 10) {
        totalCount
        ...LinkedCountries_connection
      }
      asns(first: 10) {
        totalCount
        ...LinkedAsns_connection
      }
      hosts(first: 10) {
        totalCount
        ...LinkedHosts_connection
      }
    }
  }
`);

/** Panels 1–4 of the JA4 investigation: the IPs, countries, ASNs and hosts behind one fingerprint. */
export function Ja4LinkPanels({ slice }: { slice: Slice<FragmentType<typeof Ja4LinkPanelsFragment>> }) {
  const j = getFragmentData(Ja4LinkPanelsFragment, slice.data)?.ja4;
  const state = { ...sliceStates(slice), empty: !!slice.data && !j };
  const title = (t: string, n?: number) => (n == null ? t : `${t} (${formatNumber(n)})`);
  return (
    <div className="grid two">
      <Panel title={title('Top IPs', j?.ips.totalCount)} {...state}>
        {j && (
          <LinkTable
            type="IP"
            caption="IP"
            rows={j.ips.edges.map((e) => ({
              key: e.node.address,
              hits: e.hits,
              verdict: verdictOf(e.node),
              extra: e.node.country?.code ? <EntityLink type="COUNTRY" value={e.node.country.code} /> : '—',
            }))}
            extraHeader="Country"
          />
        )}
      </Panel>
      <Panel title={title('Top countries', j?.countries.totalCount)} {...state}>
        {j && <LinkedCountries connection={j.countries} />}
      </Panel>
      <Panel title={title('Top ASNs', j?.asns.totalCount)} {...state}>
        {j && <LinkedAsns connection={j.asns} />}
      </Panel>
      <Panel title={title('Targeted hosts', j?.hosts.totalCount)} {...state}>
        {j && <LinkedHosts connection={j.hosts} />}
      </Panel>
    </div>
  );
}

export const Ja4ProfilePanelsFragment = graphql(`
  fragment Ja4ProfilePanels_query on Query {
    ja4(fingerprint: $ja4, window: $window) {
      id
      fingerprint
      population {
        ips
        subnets
        asns
        countries
        browserShare
        scriptShare
        lyingShare
        concentration
      }
      sections {
        protocol
        tlsVersion
        sni
        cipherCount
        extensionCount
        alpn
        a
        b
        c
      }
      knownApplications {
        application
        library
        os
        device
      }
      similar(first: 8) {
        hits
        uniqueIps
        ja4 {
          id
          fingerprint
        }
      }
    }
  }
`);

const CONCENTRATION: Record<string, string> = {
  DISTRIBUTED_BOTNET: 'One distributed botnet: many IPs, networks and countries behind one non-browser client.',
  COMMON_CLIENT: 'A common client: many ordinary users share it.',
  CONCENTRATED: 'Concentrated: a few networks use it.',
  SINGLE_SOURCE: 'A single source.',
};

/** Panel 5 and what the fingerprint is: its population (one botnet or a common client?), its sections and its look-alikes. */
export function Ja4ProfilePanels({ slice }: { slice: Slice<FragmentType<typeof Ja4ProfilePanelsFragment>> }) {
  const j = getFragmentData(Ja4ProfilePanelsFragment, slice.data)?.ja4;
  const state = { ...sliceStates(slice), empty: !!slice.data && !j };
  return (
    <div className="grid two">
      <Panel title="Population" {...state}>
        {j && (
          <>
            <p className="notice">
              <strong>{j.population.concentration.replace(/_/g, ' ').toLowerCase()}</strong> — {CONCENTRATION[j.population.concentration] ?? ''}
            </p>
            <dl className="stats">
              <div>
                <dt>IPs</dt>
                <dd>{formatNumber(j.population.ips)}</dd>
              </div>
              <div>
                <dt>Subnets</dt>
                <dd>{formatNumber(j.population.subnets)}</dd>
              </div>
              <div>
                <dt>ASNs</dt>
                <dd>{formatNumber(j.population.asns)}</dd>
              </div>
              <div>
                <dt>Countries</dt>
                <dd>{formatNumber(j.population.countries)}</dd>
              </div>
              <div>
                <dt>Browser UAs</dt>
                <dd>{formatPercent(j.population.browserShare)}</dd>
              </div>
              <div>
                <dt>Script UAs</dt>
                <dd>{formatPercent(j.population.scriptShare)}</dd>
              </div>
              <div>
                <dt>UAs contradicting the TLS client</dt>
                <dd>{formatPercent(j.population.lyingShare)}</dd>
              </div>
            </dl>
          </>
        )}
      </Panel>
      <Panel title="Fingerprint" {...state}>
        {j && (
          <>
            <dl className="stats">
              <div>
                <dt>Protocol</dt>
                <dd>{j.sections.protocol}</dd>
              </div>
              <div>
                <dt>TLS</dt>
                <dd>{j.sections.tlsVersion}</dd>
              </div>
              <div>
                <dt>SNI</dt>
                <dd>{j.sections.sni ? 'yes' : 'no'}</dd>
              </div>
              <div>
                <dt>Ciphers</dt>
                <dd>{j.sections.cipherCount}</dd>
              </div>
              <div>
                <dt>Extensions</dt>
                <dd>{j.sections.extensionCount}</dd>
              </div>
              <div>
                <dt>ALPN</dt>
                <dd>{j.sections.alpn}</dd>
              </div>
            </dl>
            <p className="small">
              Known as:{' '}
              {j.knownApplications.length
                ? j.knownApplications.map((k) => [k.application, k.library, k.os].filter(Boolean).join(' / ')).join('; ')
                : 'not in the JA4+ dictionary'}
            </p>
            {j.similar.length > 0 && (
              <>
                <p className="small muted">Fingerprints sharing sections a and c (what survives cipher-list rotation):</p>
                <LinkTable type="JA4" caption="Similar JA4" rows={j.similar.map((s) => ({ key: s.ja4.fingerprint, hits: s.hits, uniqueIps: s.uniqueIps }))} />
              </>
            )}
          </>
        )}
      </Panel>
    </div>
  );
}
