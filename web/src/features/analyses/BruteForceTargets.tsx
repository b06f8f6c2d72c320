import { useMemo } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { EntityLink } from '../../components/EntityLink';
import { barOption } from '../../components/chart-options';
import { DataTable } from '../../components/DataTable';
import { sliceStates } from '../../components/panel-states';
import { formatNumber, formatShortTime } from '../../lib/format';

export const BruteForceTargetsFragment = graphql(`
  fragment BruteForceTargets_query on Query {
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

/** POST bursts on login paths over time, and the hosts they hammer; `host` is the one whose attackers are shown. */
export function BruteForceTimeline({ slice }: { slice: Slice<FragmentType<typeof BruteForceTargetsFragment>> }) {
  const bf = getFragmentData(BruteForceTargetsFragment, slice.data)?.bruteForce;
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
  const state = sliceStates(slice);
  return (
    <Panel title="POST bursts over time" {...state} empty={!!bf && !bf.timeline.length}>
      {bf && bf.timeline.length > 0 && <Chart option={option} label="POSTs on authentication paths and attacking IPs per hour" />}
    </Panel>
  );
}

/** The hosts whose login pages are hammered; picking one shows its attackers. */
export function BruteForceTargets({
  slice,
  host,
  onPick,
}: {
  slice: Slice<FragmentType<typeof BruteForceTargetsFragment>>;
  host: string | null;
  onPick: (host: string | null) => void;
}) {
  const bf = getFragmentData(BruteForceTargetsFragment, slice.data)?.bruteForce;
  const state = sliceStates(slice);
  return (
    <Panel title="Targeted hosts" {...state} empty={!!bf && !bf.targets.length} emptyText="No login page was hammered in this window.">
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
                <button type="button" className="link-button" onClick={() => onPick(host === t.host.name ? null : t.host.name)}>
                  {host === t.host.name ? 'all hosts' : 'its attackers'}
                </button>
              ),
            },
          ]}
        />
      )}
    </Panel>
  );
}
