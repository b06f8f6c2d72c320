import { useMemo } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { barOption, heatmapOption } from '../../components/chart-options';
import { sliceStates } from '../../components/panel-states';
import { DAYS, HOURS } from './hours';

export const TrafficByHourFragment = graphql(`
  fragment TrafficByHour_query on Query {
    traffic(window: $window) {
      byDayHour {
        dayOfWeek
        hour
        hits
      }
      byHour {
        hour
        hits
        uniqueIps
        maxRps
      }
    }
  }
`);

/** When the traffic comes: day of week × hour, and hour of day. */
export function TrafficByHour({ slice }: { slice: Slice<FragmentType<typeof TrafficByHourFragment>> }) {
  const t = getFragmentData(TrafficByHourFragment, slice.data)?.traffic;
  const week = useMemo(
    () =>
      t
        ? heatmapOption(
            HOURS,
            DAYS,
            t.byDayHour.map((c) => [c.hour, c.dayOfWeek, c.hits]),
            'requests',
          )
        : null,
    [t],
  );
  const hourly = useMemo(
    () => (t ? barOption(HOURS, [{ name: 'Requests', values: HOURS.map((_, h) => t.byHour.find((x) => x.hour === h)?.hits ?? 0) }]) : null),
    [t],
  );
  return (
    <div className="grid two">
      <Panel title="Day of week × hour (UTC)" {...sliceStates(slice)} empty={!!t && !t.byDayHour.length}>
        {week && <Chart option={week} height={300} label="Requests per day of week and hour" />}
      </Panel>
      <Panel title="Hour of day (UTC)" {...sliceStates(slice)} empty={!!t && !t.byHour.length}>
        {hourly && <Chart option={hourly} height={300} label="Requests per hour of day" />}
      </Panel>
    </div>
  );
}
