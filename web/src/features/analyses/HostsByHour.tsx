import { useMemo } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { heatmapOption } from '../../components/chart-options';
import { sliceStates } from '../../components/panel-states';
import { HOURS } from './hours';

export const HostsByHourFragment = graphql(`
  fragment HostsByHour_query on Query {
    traffic(window: $window) {
      topHosts(first: 15) {
        id
        name
        hourlyActivity(window: $window) {
          hour
          hits
        }
      }
    }
  }
`);

/** The 15 busiest hosts, hour by hour. */
export function HostsByHour({ slice }: { slice: Slice<FragmentType<typeof HostsByHourFragment>> }) {
  const h = getFragmentData(HostsByHourFragment, slice.data)?.traffic.topHosts;
  const matrix = useMemo(
    () =>
      h
        ? heatmapOption(
            HOURS,
            h.map((x) => x.name),
            h.flatMap((x, y) => x.hourlyActivity.map((a) => [a.hour, y, a.hits] as [number, number, number])),
            'requests',
          )
        : null,
    [h],
  );
  return (
    <Panel title="Top hosts × hour (UTC)" {...sliceStates(slice)} empty={!!h && !h.length}>
      {matrix && <Chart option={matrix} height={460} label="Requests per host and hour" />}
    </Panel>
  );
}
