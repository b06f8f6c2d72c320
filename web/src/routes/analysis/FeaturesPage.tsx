import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { WindowSelect } from '../../components/WindowSelect';
import { barOption, lineOption, radarOption, scatterOption } from '../../components/chart-options';
import { useWindow } from '../../lib/window';
import { panelStates } from '../../components/panel-states';

const FeatureRadarQuery = graphql(`
  query FeatureRadar($window: TimeWindow, $ip: IPAddress!, $withIp: Boolean!) {
    humans: featureProfile(asnLabels: ["isp", "mobile"], window: $window) {
      sessions
      features {
        feature
        value
        onRadar
      }
    }
    hosting: featureProfile(asnLabels: ["hosting", "datacenter"], window: $window) {
      sessions
      features {
        feature
        value
      }
    }
    ip(address: $ip, window: $window) @include(if: $withIp) {
      id
      address
      features(window: $window) {
        sessions
        features {
          feature
          value
        }
      }
    }
  }
`);

const FeatureScatterQuery = graphql(`
  query FeatureScatter($window: TimeWindow) {
    featureSessions(first: 500, window: $window) {
      ip {
        id
        address
      }
      asnLabel
      botName
      features {
        feature
        value
      }
    }
  }
`);

const ScoresQuery = graphql(`
  query ScoreCharts($window: TimeWindow) {
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

type Profile = { features: { feature: string; value: number }[] } | null | undefined;

/** The bot-detector's view: behavioural features (radar, scatter), score distributions and trends. */
export function FeaturesPage() {
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const [params, setParams] = useSearchParams();
  const ip = params.get('ip') ?? '';
  const x = params.get('x') ?? 'hit_velocity';
  const y = params.get('y') ?? 'post_ratio';
  const radar = useQuery(FeatureRadarQuery, { variables: { window, ip: ip || '0.0.0.0', withIp: !!ip } });
  const scatter = useQuery(FeatureScatterQuery, { variables: { window } });
  const scores = useQuery(ScoresQuery, { variables: { window } });

  const radarChart = useMemo(() => {
    const d = radar.data;
    if (!d) return null;
    const profiles: [string, Profile][] = [
      ['Residential / mobile networks', d.humans],
      ['Hosting / data centres', d.hosting],
      ...(d.ip?.features ? [[`IP ${d.ip.address}`, d.ip.features] as [string, Profile]] : []),
    ];
    // the axes the schema says the radar draws: rates and ratios, not counts or flags
    const names = d.humans.features.filter((f) => f.onRadar).map((f) => f.feature);
    // each axis on its own scale: features range from ratios to requests per second
    const max = names.map((n) => Math.max(1e-9, ...profiles.map(([, p]) => p?.features.find((f) => f.feature === n)?.value ?? 0)));
    return radarOption(
      names.map((n) => ({ name: n.replace(/_/g, ' '), max: 1 })),
      profiles.map(([name, p]) => ({
        name,
        values: names.map((n, i) => Math.round(((p?.features.find((f) => f.feature === n)?.value ?? 0) / max[i]!) * 1000) / 1000),
      })),
    );
  }, [radar.data]);

  const features = scatter.data?.featureSessions[0]?.features.map((f) => f.feature) ?? [];
  const scatterChart = useMemo(() => {
    const rows = scatter.data?.featureSessions;
    if (!rows) return null;
    const groups = new Map<string, [number, number, string][]>();
    for (const s of rows) {
      const name = s.botName || s.asnLabel || 'unknown';
      const v = (f: string) => s.features.find((x0) => x0.feature === f)?.value ?? 0;
      groups.set(name, [...(groups.get(name) ?? []), [v(x), v(y), s.ip.address]]);
    }
    return scatterOption(
      [...groups].map(([name, points]) => ({ name, points })),
      x,
      y,
    );
  }, [scatter.data, x, y]);

  const s = scores.data;
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

  const setParam = (k: string, v: string) => setParams((p) => (v ? p.set(k, v) : p.delete(k), p));
  return (
    <>
      <PageHeader title="ML features" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'ML features' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <div className="grid two">
        <Panel
          title="Feature radar"
          {...panelStates(radar)}
          actions={
            <form
              onSubmit={(e) => {
                e.preventDefault();
                setParam('ip', String(new FormData(e.currentTarget).get('ip') ?? '').trim());
              }}
            >
              <input name="ip" type="text" placeholder="Compare an IP" defaultValue={ip} aria-label="IP to compare" size={16} />
            </form>
          }
        >
          {radarChart && <Chart option={radarChart} height={360} label="Mean features of residential networks, hosting networks and the chosen IP" />}
        </Panel>
        <Panel
          title="Sessions scatter"
          {...panelStates(scatter)}
          empty={!!scatter.data && !scatter.data.featureSessions.length}
          actions={
            <>
              <select aria-label="X axis" value={x} onChange={(e) => setParam('x', e.target.value)}>
                {features.map((f) => (
                  <option key={f}>{f}</option>
                ))}
              </select>
              <select aria-label="Y axis" value={y} onChange={(e) => setParam('y', e.target.value)}>
                {features.map((f) => (
                  <option key={f}>{f}</option>
                ))}
              </select>
            </>
          }
        >
          {scatterChart && <Chart option={scatterChart} height={360} label={`Sessions by ${x} and ${y}`} />}
        </Panel>
        <Panel title="Anomaly score distribution" {...panelStates(scores)} empty={!!s && !s.scoreDistribution.length}>
          {distChart && <Chart option={distChart} label="Scored windows per anomaly score bucket and model" />}
        </Panel>
        <Panel title="Score trends (95th percentile)" {...panelStates(scores)} empty={!!s && !s.scoreTrends.length}>
          {trendChart && <Chart option={trendChart} label="95th percentile anomaly score per hour and model" />}
        </Panel>
      </div>
      <Panel title="Which features tell sessions apart (variance)" {...panelStates(scores)} empty={!!s && !s.featureVariance.length}>
        {varianceChart && <Chart option={varianceChart} height={320} label="Variance of each feature" />}
      </Panel>
    </>
  );
}
