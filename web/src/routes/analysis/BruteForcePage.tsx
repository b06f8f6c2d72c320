import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { WindowSelect } from '../../components/WindowSelect';
import { EntityLink } from '../../components/EntityLink';
import { barOption } from '../../components/chart-options';
import { formatNumber, formatShortTime } from '../../lib/format';
import { useWindow } from '../../lib/window';
import { panelStates } from '../../components/panel-states';

const BruteForceTargetsQuery = graphql(`
  query BruteForceTargets($window: TimeWindow) {
    bruteForce(window: $window) {
      targets {
        host {
          id
          name
        }
        posts
        failed
        attackers
        firstSeen
        lastSeen
      }
      timeline {
        start
        posts
        attackers
      }
    }
  }
`);

const BruteForceAttackersQuery = graphql(`
  query BruteForceAttackers($window: TimeWindow, $host: String) {
    bruteForce(window: $window) {
      attackers(first: 50, host: $host) {
        ip {
          id
          address
          asn {
            id
            number
            name
          }
        }
        host {
          id
          name
        }
        ja4 {
          id
          fingerprint
        }
        posts
        failed
        distinctPaths
        asnOrg
        countryCode
        lastSeen
      }
    }
  }
`);

/** Credential stuffing and brute force: which login pages are hammered, by whom, when. */
export function BruteForcePage() {
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const [params, setParams] = useSearchParams();
  const host = params.get('host');
  const targets = useQuery(BruteForceTargetsQuery, { variables: { window } });
  const attackers = useQuery(BruteForceAttackersQuery, { variables: { window, host } });
  const bf = targets.data?.bruteForce;
  const option = useMemo(
    () =>
      bf
        ? barOption(
            bf.timeline.map((p) => formatShortTime(p.start)),
            [
              { name: 'POSTs on login paths', values: bf.timeline.map((p) => p.posts), color: '#dc2626' },
              { name: 'Attacking IPs', values: bf.timeline.map((p) => p.attackers), color: '#2563eb' },
            ],
          )
        : {},
    [bf],
  );
  const list = attackers.data?.bruteForce.attackers;

  return (
    <>
      <PageHeader title="Brute force and credential stuffing" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'Brute force' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <Panel title="POST bursts over time" {...panelStates(targets)} empty={!!bf && !bf.timeline.length}>
        {bf && bf.timeline.length > 0 && <Chart option={option} label="POSTs on authentication paths and attacking IPs per hour" />}
      </Panel>
      <div className="grid two">
        <Panel title="Targeted hosts" {...panelStates(targets)} empty={!!bf && !bf.targets.length} emptyText="No login page was hammered in this window.">
          {bf && (
            <table className="table compact">
              <caption className="sr-only">Targeted hosts</caption>
              <thead>
                <tr>
                  <th scope="col">Host</th>
                  <th scope="col" className="num">
                    POSTs
                  </th>
                  <th scope="col" className="num">
                    Failed
                  </th>
                  <th scope="col" className="num">
                    Attackers
                  </th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {bf.targets.map((t) => (
                  <tr key={t.host.id} aria-selected={host === t.host.name}>
                    <td>
                      <EntityLink type="HOST" value={t.host.name} />
                    </td>
                    <td className="num">{formatNumber(t.posts)}</td>
                    <td className="num">{formatNumber(t.failed)}</td>
                    <td className="num">{formatNumber(t.attackers)}</td>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setParams((p) => (host === t.host.name ? p.delete('host') : p.set('host', t.host.name), p))}
                      >
                        {host === t.host.name ? 'all hosts' : 'its attackers'}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Panel>
        <Panel title={host ? `Attackers of ${host}` : 'Attackers'} {...panelStates(attackers)} empty={!!list && !list.length}>
          {list && (
            <table className="table compact">
              <caption className="sr-only">Attacking IPs</caption>
              <thead>
                <tr>
                  <th scope="col">IP</th>
                  <th scope="col">Host</th>
                  <th scope="col" className="num">
                    POSTs
                  </th>
                  <th scope="col" className="num">
                    Failed
                  </th>
                  <th scope="col" className="num">
                    Paths
                  </th>
                  <th scope="col">AS · country</th>
                </tr>
              </thead>
              <tbody>
                {list.map((a) => (
                  <tr key={`${a.ip.id}-${a.host.id}`}>
                    <td>
                      <EntityLink type="IP" value={a.ip.address} />
                    </td>
                    <td>
                      <EntityLink type="HOST" value={a.host.name} />
                    </td>
                    <td className="num">{formatNumber(a.posts)}</td>
                    <td className="num">{formatNumber(a.failed)}</td>
                    <td className="num">{a.distinctPaths}</td>
                    <td className="small">
                      {a.ip.asn ? <EntityLink type="ASN" value={String(a.ip.asn.number)} label={`AS${a.ip.asn.number} ${a.ip.asn.name}`} /> : a.asnOrg} ·{' '}
                      {a.countryCode ? <EntityLink type="COUNTRY" value={a.countryCode} /> : '—'}
                    </td>
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
