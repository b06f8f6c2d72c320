import { useMemo } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { barOption, lineOption } from '../../components/chart-options';
import { sliceStates } from '../../components/panel-states';

export const ScoreChartsFragment = graphql(`
  fragment ScoreCharts_query on Query {
    scoreDistribution(bucketWidth: 0.05, window: $window) {
      model
      from
      count
    }
    scoreTrends(window: $window) {
      model
      start
      p95
      average
    }
    featureVariance(window: $window) {
      feature
      value
    }
  }
`);

/** The models' anomaly scores: their distribution, their hourly 95th percentile, and which features vary most. */
export function ScoreCharts({ slice }: { slice: Slice<FragmentType<typeof ScoreChartsFragment>> }) {
  const s = getFragmentData(ScoreChartsFragment, slice.data);
  const models = useMemo(() => [...new Set(s?.scoreDistribution.map((b) => b.model) ?? [])], [s]);
  const distChart = useMemo(() => {
    if (!s) return null;
    const buckets = [...new Set(s.scoreDistribution.map((b) => b.from))].sort((a, b) => a - b);
    return barOption(
      buckets.map((b) => b.toFixed(2)),
      models.map((m) => ({ name: m, values: buckets.map((b) => s.scoreDistribution.find((x0) => x0.model === m && x0.from === b)?.count ?? 0) })),
      { yName: 'windows' },
    );
  }, [s, models]);
  const trendChart = useMemo(
    () =>
      s
        ? lineOption(
            models.map((m) => ({ name: `${m} p95`, points: s.scoreTrends.filter((t) => t.model === m).map((t) => [t.start, t.p95] as [string, number]) })),
            'score',
          )
        : null,
    [s, models],
  );
  const varianceChart = useMemo(
    () =>
      s
        ? barOption(
            s.featureVariance.map((f) => f.feature),
            [{ name: 'Variance', values: s.featureVariance.map((f) => f.value) }],
            { horizontal: true },
          )
        : null,
    [s],
  );
  const state = sliceStates(slice);
  return (
    <>
      <div className="grid two">
        <Panel title="Anomaly score distribution" {...state} empty={!!s && !s.scoreDistribution.length}>
          {distChart && <Chart option={distChart} label="Scored windows per anomaly score bucket and model" />}
        </Panel>
        <Panel title="Score trends (95th percentile)" {...state} empty={!!s && !s.scoreTrends.length}>
          {trendChart && <Chart option={trendChart} label="95th percentile anomaly score per hour and model" />}
        </Panel>
      </div>
      <Panel title="Which features tell sessions apart (variance)" {...state} empty={!!s && !s.featureVariance.length}>
        {varianceChart && <Chart option={varianceChart} height={320} label="Variance of each feature" />}
      </Panel>
    </>
  );
}
