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
import { DataTable } from '../../components/DataTable';

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
            <DataTable
              compact
              caption="Targeted hosts"
              rows={bf.targets}
              rowKey={(t) => t.host.id}
              rowProps={(t) => ({ 'aria-selected': host === t.host.name })}
              columns={[
                { header: 'Host', cell: (t) => <EntityLink type="HOST" value={t.host.name} /> },
                { header: 'POSTs', num: true, cell: (t) => formatNumber(t.posts) },
                { header: 'Failed', num: true, cell: (t) => formatNumber(t.failed) },
                { header: 'Attackers', num: true, cell: (t) => formatNumber(t.attackers) },
                {
                  header: '',
                  cell: (t) => (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setParams((p) => (host === t.host.name ? p.delete('host') : p.set('host', t.host.name), p))}
                    >
                      {host === t.host.name ? 'all hosts' : 'its attackers'}
                    </button>
                  ),
                },
              ]}
            />
          )}
        </Panel>
        <Panel title={host ? `Attackers of ${host}` : 'Attackers'} {...panelStates(attackers)} empty={!!list && !list.length}>
          {list && (
            <DataTable
              compact
              caption="Attacking IPs"
              rows={list}
              rowKey={(a) => `${a.ip.id}-${a.host.id}`}
              columns={[
                { header: 'IP', cell: (a) => <EntityLink type="IP" value={a.ip.address} /> },
                { header: 'Host', cell: (a) => <EntityLink type="HOST" value={a.host.name} /> },
                { header: 'POSTs', num: true, cell: (a) => formatNumber(a.posts) },
                { header: 'Failed', num: true, cell: (a) => formatNumber(a.failed) },
                { header: 'Paths', num: true, cell: (a) => a.distinctPaths },
                {
                  header: 'AS · country',
                  className: 'small',
                  cell: (a) => (
                    <>
                      {a.ip.asn ? <EntityLink type="ASN" value={String(a.ip.asn.number)} label={`AS${a.ip.asn.number} ${a.ip.asn.name}`} /> : a.asnOrg} ·{' '}
                      {a.countryCode ? <EntityLink type="COUNTRY" value={a.countryCode} /> : '—'}
                    </>
                  ),
                },
              ]}
            />
          )}
        </Panel>
      </div>
    </>
  );
}
