import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { TimeWindow } from '../../gql/graphql';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { radarOption } from '../../components/chart-options';
import { panelStates } from '../../components/panel-states';

// its own query: comparing an IP refetches the radar, not the page
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

type Profile = { features: { feature: string; value: number }[] } | null | undefined;

/** Mean behavioural features of residential and of hosting networks, and of one IP to compare. */
export function FeatureRadar({ window, ip, onCompare }: { window: TimeWindow; ip: string; onCompare: (ip: string) => void }) {
  const radar = useQuery(FeatureRadarQuery, { variables: { window, ip: ip || '0.0.0.0', withIp: !!ip } });
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
  return (
    <Panel
      title="Feature radar"
      {...panelStates(radar)}
      actions={
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onCompare(String(new FormData(e.currentTarget).get('ip') ?? '').trim());
          }}
        >
          <input name="ip" type="text" placeholder="Compare an IP" defaultValue={ip} aria-label="IP to compare" size={16} />
        </form>
      }
    >
      {radarChart && <Chart option={radarChart} height={360} label="Mean features of residential networks, hosting networks and the chosen IP" />}
    </Panel>
  );
}
