import { useEffect, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { Chart } from '../components/Chart';
import { WindowSelect } from '../components/WindowSelect';
import { EntityLink } from '../components/EntityLink';
import { scatterOption } from '../components/chart-options';
import { formatNumber, formatTime } from '../lib/format';
import { useWindow } from '../lib/window';
import { firstLoad, panelStates } from '../components/panel-states';
import { DataTable } from '../components/DataTable';

const ClusteringStatusQuery = graphql(`
  query ClusteringStatusPanel($window: TimeWindow) {
    clusteringStatus(window: $window) {
      state
      k
      points
      silhouette
      computedAt
      expiresAt
      durationMs
      tried {
        k
        silhouette
      }
      explainedVariance
    }
  }
`);

const ClusterListQuery = graphql(`
  query ClusterList($window: TimeWindow) {
    clusters(window: $window) {
      id
      clusterId
      size
      profile
      centroid {
        feature
        zScore
      }
      points(first: 300) {
        x
        y
        ip {
          id
          address
        }
      }
    }
  }
`);

/** K-Means over the behavioural features (standardised, k chosen by silhouette), cached with a visible status. */
export function ClustersPage() {
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const clusters = useQuery(ClusterListQuery, { variables: { window } });
  const status = useQuery(ClusteringStatusQuery, { variables: { window }, pollInterval: clusters.loading ? 1000 : 0 });
  const st = status.data?.clusteringStatus;
  const list = clusters.data?.clusters;
  const refetchStatus = status.refetch;
  useEffect(() => {
    if (list) void refetchStatus();
  }, [list, refetchStatus]);
  const scatter = useMemo(
    () =>
      list
        ? scatterOption(
            list.map((c) => ({
              name: `${c.clusterId}: ${c.profile}`,
              points: c.points.map((p) => [Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100, p.ip.address] as [number, number, string]),
            })),
            'PC1',
            'PC2',
          )
        : null,
    [list],
  );
  return (
    <>
      <PageHeader title="Behavioural clustering" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Clustering' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <Panel title="Cache" {...panelStates(status)}>
        {st && (
          <dl className="stats">
            <div>
              <dt>State</dt>
              <dd>{st.state.toLowerCase()}</dd>
            </div>
            <div>
              <dt>Clusters (k)</dt>
              <dd>{st.k || '—'}</dd>
            </div>
            <div>
              <dt>IPs</dt>
              <dd>{formatNumber(st.points)}</dd>
            </div>
            <div>
              <dt>Silhouette</dt>
              <dd>{st.silhouette?.toFixed(3) ?? '—'}</dd>
            </div>
            <div>
              <dt>Computed</dt>
              <dd>
                {formatTime(st.computedAt)}
                {st.durationMs != null && ` in ${formatNumber(st.durationMs)} ms`}
              </dd>
            </div>
            <div>
              <dt>Expires</dt>
              <dd>{formatTime(st.expiresAt)}</dd>
            </div>
            {st.tried.length > 0 && (
              <div>
                <dt>k tried (silhouette)</dt>
                <dd className="small">{st.tried.map((t) => `${t.k}: ${t.silhouette.toFixed(2)}`).join(' · ')}</dd>
              </div>
            )}
          </dl>
        )}
      </Panel>
      {firstLoad(clusters) && (
        <p role="status" className="notice">
          Computing the clusters for this window… (the status above updates every second)
        </p>
      )}
      <Panel
        title="Clusters on the first two principal components"
        {...panelStates(clusters)}
        // the notice above says the clustering runs; the panel shows what it has meanwhile
        loading={false}
        empty={!!list && !list.length}
        emptyText="Not enough sessions to cluster in this window."
      >
        {scatter && <Chart option={scatter} height={420} label="IPs on the first two principal components, by cluster" />}
      </Panel>
      {list && list.length > 0 && (
        <Panel title="Clusters">
          <DataTable
            compact
            caption="Clusters"
            rows={list}
            rowKey={(c) => c.id}
            columns={[
              { header: 'Cluster', cell: (c) => <EntityLink type="CLUSTER" value={c.clusterId} /> },
              { header: 'IPs', num: true, cell: (c) => formatNumber(c.size) },
              { header: 'Profile', cell: (c) => c.profile },
              {
                header: 'Most distinctive features (z-score)',
                className: 'small',
                cell: (c) => (
                  <>
                    {[...c.centroid]
                      .sort((a, b) => Math.abs(b.zScore) - Math.abs(a.zScore))
                      .slice(0, 3)
                      .map((f) => `${f.feature} ${f.zScore > 0 ? '+' : ''}${f.zScore.toFixed(1)}`)
                      .join(' · ')}
                  </>
                ),
              },
            ]}
          />
        </Panel>
      )}
    </>
  );
}
