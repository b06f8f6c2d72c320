import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { WindowSelect } from '../../components/WindowSelect';
import { barOption, heatmapOption } from '../../components/chart-options';
import { useWindow } from '../../lib/window';
import { panelStates } from '../../components/panel-states';

const HOURS = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}h`);
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const TrafficHeatmapQuery = graphql(`
  query TrafficHeatmap($window: TimeWindow) {
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

const HostHeatmapQuery = graphql(`
  query HostHeatmap($window: TimeWindow) {
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

/** When the traffic comes: day of week × hour, hour of day, and the 15 busiest hosts × hour. */
export function HeatmapPage() {
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const traffic = useQuery(TrafficHeatmapQuery, { variables: { window } });
  const hosts = useQuery(HostHeatmapQuery, { variables: { window } });
  const t = traffic.data?.traffic;
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
  const h = hosts.data?.traffic.topHosts;
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
    <>
      <PageHeader title="Traffic heatmaps" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'Heatmap' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <div className="grid two">
        <Panel title="Day of week × hour (UTC)" {...panelStates(traffic)} empty={!!t && !t.byDayHour.length}>
          {week && <Chart option={week} height={300} label="Requests per day of week and hour" />}
        </Panel>
        <Panel title="Hour of day (UTC)" {...panelStates(traffic)} empty={!!t && !t.byHour.length}>
          {hourly && <Chart option={hourly} height={300} label="Requests per hour of day" />}
        </Panel>
      </div>
      <Panel title="Top hosts × hour (UTC)" {...panelStates(hosts)} empty={!!h && !h.length}>
        {matrix && <Chart option={matrix} height={460} label="Requests per host and hour" />}
      </Panel>
    </>
  );
}
