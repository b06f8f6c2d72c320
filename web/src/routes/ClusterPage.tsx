import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { Chart } from '../components/Chart';
import { WindowSelect } from '../components/WindowSelect';
import { GraphIcon } from '../components/EntityLink';
import { LinkedIps } from '../components/LinkedEntities';
import { barOption } from '../components/chart-options';
import { graphPath } from '../lib/entities';
import { useWindow } from '../lib/window';
import { panelStates } from '../components/panel-states';

const ClusterDetailQuery = graphql(`
  query ClusterDetail($id: String!, $window: TimeWindow) {
    cluster(id: $id, window: $window) {
      id
      clusterId
      size
      profile
      centroid {
        feature
        value
        zScore
      }
      ips(first: 50) {
        totalCount
        ...LinkedIps_connection
      }
    }
  }
`);

export function ClusterPage() {
  const id = decodeURIComponent(useParams().id ?? '');
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const query = useQuery(ClusterDetailQuery, { variables: { id, window } });
  const { data } = query;
  const c = data?.cluster;
  const centroid = useMemo(
    () =>
      c
        ? barOption(
            c.centroid.map((f) => f.feature),
            [{ name: 'z-score', values: c.centroid.map((f) => Math.round(f.zScore * 100) / 100) }],
            { horizontal: true },
          )
        : null,
    [c],
  );
  const state = {
    ...panelStates(query),
    empty: !!data && !c,
    emptyText: 'No such cluster in this window (cluster ids change when the clustering is recomputed).',
  };
  return (
    <>
      <PageHeader title={<>Cluster {id}</>} crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Clustering', to: '/clusters' }, { label: id }]}>
        <WindowSelect value={preset} onChange={setWindow} />
        <Link className="button primary" to={graphPath({ type: 'CLUSTER', key: id })}>
          <GraphIcon /> Open in graph
        </Link>
      </PageHeader>
      <div className="grid two">
        <Panel title={c ? `${c.profile} · ${c.size} IPs` : 'Centroid'} {...state}>
          {centroid && <Chart option={centroid} height={360} label="Centroid features as z-scores" />}
        </Panel>
        <Panel title={c ? `Member IPs (${c.ips.totalCount})` : 'Member IPs'} {...state}>
          {c && <LinkedIps connection={c.ips} />}
        </Panel>
      </div>
    </>
  );
}
