import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { WindowSelect } from '../../components/WindowSelect';
import { useWindow } from '../../lib/window';
import { usePageQuery } from '../../lib/page-query';
import { TrafficByHour, TrafficByHourFragment } from '../../features/analyses/TrafficByHour';
import { HostsByHour, HostsByHourFragment } from '../../features/analyses/HostsByHour';

const HeatmapPageQuery = graphql(`
  query HeatmapPage($window: TimeWindow) {
    ...TrafficByHour_query
    ...HostsByHour_query
  }
`);

/** When the traffic comes: day of week × hour, hour of day, and the 15 busiest hosts × hour. */
export function HeatmapPage() {
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const page = usePageQuery(HeatmapPageQuery, { window });
  return (
    <>
      <PageHeader title="Traffic heatmaps" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'Heatmap' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <TrafficByHour slice={page.slice(TrafficByHourFragment)} />
      <HostsByHour slice={page.slice(HostsByHourFragment)} />
    </>
  );
}
