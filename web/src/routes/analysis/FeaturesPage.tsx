import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { WindowSelect } from '../../components/WindowSelect';
import { useWindow } from '../../lib/window';
import { usePageQuery } from '../../lib/page-query';
import { FeatureRadar } from '../../features/analyses/FeatureRadar';
import { SessionScatter, SessionScatterFragment } from '../../features/analyses/SessionScatter';
import { ScoreCharts, ScoreChartsFragment } from '../../features/analyses/ScoreCharts';

const FeaturesPageQuery = graphql(`
  query FeaturesPage($window: TimeWindow) {
    ...SessionScatter_query
    ...ScoreCharts_query
  }
`);

/** The bot-detector's view: behavioural features (radar, scatter), score distributions and trends. */
export function FeaturesPage() {
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const [params, setParams] = useSearchParams();
  const setParam = (k: string, v: string) => setParams((p) => (v ? p.set(k, v) : p.delete(k), p));
  const page = usePageQuery(FeaturesPageQuery, { window });
  return (
    <>
      <PageHeader title="ML features" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'ML features' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <div className="grid two">
        <FeatureRadar window={window} ip={params.get('ip') ?? ''} onCompare={(ip) => setParam('ip', ip)} />
        <SessionScatter
          slice={page.slice(SessionScatterFragment)}
          x={params.get('x') ?? 'hit_velocity'}
          y={params.get('y') ?? 'post_ratio'}
          onAxis={(axis, f) => setParam(axis, f)}
        />
      </div>
      <ScoreCharts slice={page.slice(ScoreChartsFragment)} />
    </>
  );
}
