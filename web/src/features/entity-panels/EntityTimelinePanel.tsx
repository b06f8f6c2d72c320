import { useMemo } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { usePageQuery, type Slice } from '../../lib/page-query';
import type { EntityType, TimeWindow } from '../../gql/graphql';
import { Panel } from '../../components/Panel';
import { sliceStates } from '../../components/panel-states';
import { Chart } from '../../components/Chart';
import { TITLED, valueAxis } from '../../components/chart-options';

export const EntityTimelineFragment = graphql(`
  fragment EntityTimelinePanel_query on Query {
    activity: entity(type: $type, value: $value, window: $window) {
      key
      hits
      timeline {
        start
        hits
        uniqueIps
      }
    }
  }
`);

const EntityTimelineQuery = graphql(`
  query EntityTimeline($type: EntityType!, $value: String!, $window: TimeWindow) {
    ...EntityTimelinePanel_query
  }
`);

/** The panel on its own, for pages that ask for it alone. */
export function EntityTimelinePanel({
  type,
  value,
  window,
  title = 'Activity over time',
}: {
  type: EntityType;
  value: string;
  window: TimeWindow;
  title?: string;
}) {
  const page = usePageQuery(EntityTimelineQuery, { type, value, window });
  return <EntityTimelineView type={type} title={title} slice={page.slice(EntityTimelineFragment)} />;
}

/** Requests over time (and distinct IPs, for entities other than an IP). */
export function EntityTimelineView({
  type,
  title = 'Activity over time',
  slice,
}: {
  type: EntityType;
  title?: string;
  slice: Slice<FragmentType<typeof EntityTimelineFragment>>;
}) {
  const data = getFragmentData(EntityTimelineFragment, slice.data);
  const points = data?.activity?.timeline;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: TITLED, right: type === 'IP' ? 24 : TITLED, top: 16, bottom: 48 },
      xAxis: { type: 'time' },
      yAxis: [valueAxis('requests'), ...(type === 'IP' ? [] : [valueAxis('IPs')])],
      series: [
        { name: 'Requests', type: 'bar', itemStyle: { color: '#2563eb' }, data: (points ?? []).map((p) => [p.start, p.hits]) },
        ...(type === 'IP'
          ? []
          : [
              {
                name: 'Distinct IPs',
                type: 'line',
                yAxisIndex: 1,
                showSymbol: false,
                itemStyle: { color: '#dc2626' },
                data: (points ?? []).map((p) => [p.start, p.uniqueIps]),
              },
            ]),
      ],
    }),
    [points, type],
  );
  return (
    <Panel title={title} {...sliceStates(slice)} empty={!!data && (!data.activity || data.activity.hits === 0)}>
      {points && points.length > 0 && <Chart option={option} height={220} label={`${title}: requests per time bucket`} />}
    </Panel>
  );
}
