import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { EntityType, TimeWindow } from '../../gql/graphql';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { TITLED, valueAxis } from '../../components/chart-options';

const EntityTimelineQuery = graphql(`
  query EntityTimeline($type: EntityType!, $value: String!, $window: TimeWindow) {
    entity(type: $type, value: $value, window: $window) {
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

/** Requests over time (and distinct IPs, for entities other than an IP). */
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
  const { data, loading, error, refetch } = useQuery(EntityTimelineQuery, { variables: { type, value, window } });
  const points = data?.entity?.timeline;
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
    <Panel title={title} loading={loading && !data} error={error} onRetry={() => void refetch()} empty={!!data && (!data.entity || data.entity.hits === 0)}>
      {points && points.length > 0 && <Chart option={option} height={220} label={`${title}: requests per time bucket`} />}
    </Panel>
  );
}
