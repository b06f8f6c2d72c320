import { useMemo } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Chart } from '../../components/Chart';
import { THREAT_COLORS, THREAT_ORDER } from '../../lib/entities';
import { TITLED, valueAxis } from '../../components/chart-options';

export const ThreatTimelineFragment = graphql(`
  fragment ThreatTimeline_metrics on DetectionMetrics {
    timeline {
      start
      total
      levels {
        level
        count
      }
    }
  }
`);

/** Detections per time bucket, stacked by threat level. */
export function ThreatTimeline(props: { metrics: FragmentType<typeof ThreatTimelineFragment> }) {
  const { timeline } = getFragmentData(ThreatTimelineFragment, props.metrics);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: TITLED, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'time' },
      yAxis: valueAxis('detections'),
      series: THREAT_ORDER.filter((l) => l !== 'LEGITIMATE_BROWSER').map((level) => ({
        name: level,
        type: 'bar',
        stack: 'levels',
        itemStyle: { color: THREAT_COLORS[level] },
        data: timeline.map((p) => [p.start, p.levels.find((l) => l.level === level)?.count ?? 0]),
      })),
    }),
    [timeline],
  );
  return <Chart option={option} label="Detections over time, stacked by threat level" />;
}
