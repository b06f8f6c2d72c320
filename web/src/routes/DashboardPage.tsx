import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { KpiCard } from '../components/KpiCard';
import { WindowSelect } from '../components/WindowSelect';
import { EntityLink } from '../components/EntityLink';
import { ThreatBadge } from '../components/ThreatBadge';
import { ThreatBars } from '../features/dashboard/ThreatBars';
import { ThreatTimeline } from '../features/dashboard/ThreatTimeline';
import { LiveAlerts } from '../features/dashboard/LiveAlerts';
import { useWindow } from '../lib/window';
import { formatNumber, formatScore, formatTime } from '../lib/format';
import { panelStates } from '../components/panel-states';
import { DataTable } from '../components/DataTable';

const REFRESH_MS = 30_000;

const DashboardMetricsQuery = graphql(`
  query DashboardMetrics($window: TimeWindow) {
    metrics(window: $window) {
      totalDetections
      uniqueIps
      until
      byLevel {
        level
        count
      }
      ...ThreatBars_metrics
      ...ThreatTimeline_metrics
    }
  }
`);

const DashboardAlertsQuery = graphql(`
  query DashboardAlerts($window: TimeWindow) {
    detections(first: 8, window: $window, filter: { threatLevels: [CRITICAL, HIGH] }, orderBy: { field: DETECTED_AT, direction: DESC }) {
      totalCount
      ...LiveAlerts_detections
    }
  }
`);

const DashboardTopIpsQuery = graphql(`
  query DashboardTopIps($window: TimeWindow) {
    metrics(window: $window) {
      topIps(first: 10) {
        ip {
          id
          address
          asn {
            id
            number
            name
          }
        }
        detections
        worstScore
        threatLevel
        asnOrg
        countryCode
      }
    }
  }
`);

export function DashboardPage() {
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const [live, setLive] = useState(true);
  const poll = { variables: { window }, pollInterval: live ? REFRESH_MS : 0, notifyOnNetworkStatusChange: false };
  const metrics = useQuery(DashboardMetricsQuery, poll);
  const alerts = useQuery(DashboardAlertsQuery, poll);
  const top = useQuery(DashboardTopIpsQuery, poll);
  const m = metrics.data?.metrics;
  const level = (l: string) => m?.byLevel.find((x) => x.level === l)?.count ?? 0;

  return (
    <>
      <PageHeader title="Dashboard" back={false}>
        <WindowSelect value={preset} onChange={setWindow} />
        <label className="toggle">
          <input type="checkbox" checked={live} onChange={(e) => setLive(e.target.checked)} /> Auto-refresh every 30 s
        </label>
        {m && <span className="muted small">Updated {formatTime(m.until)}</span>}
      </PageHeader>

      <Panel title="Key figures" {...panelStates(metrics)}>
        {m && (
          <div className="kpis">
            <KpiCard label="Detections" value={m.totalDetections} to="/detections" />
            <KpiCard label="Threats (critical + high)" value={level('CRITICAL') + level('HIGH')} tone="danger" to="/detections?threat_level=CRITICAL,HIGH" />
            <KpiCard label="Known bots" value={level('KNOWN_BOT')} to="/detections?threat_level=KNOWN_BOT" />
            <KpiCard label="Unique IPs" value={m.uniqueIps} to="/detections?group=ip" />
          </div>
        )}
      </Panel>

      <div className="grid two">
        <Panel title="Threat levels" {...panelStates(metrics)} empty={m?.totalDetections === 0}>
          {m && <ThreatBars metrics={m} />}
        </Panel>
        <Panel title="Quick access">
          <ul className="quick-links">
            <li>
              <Link to="/detections">All detections</Link>
            </li>
            <li>
              <Link to="/detections?threat_level=CRITICAL">Critical threats</Link>
            </li>
            <li>
              <Link to="/detections?model_name=COMPLET">Model “Complet”</Link>
            </li>
            <li>
              <Link to="/graph">Graph explorer</Link>
            </li>
            <li>
              <Link to="/incidents">Incidents to review</Link>
            </li>
            <li>
              <Link to="/analysis/botnets">Botnets and JA4 spread</Link>
            </li>
          </ul>
        </Panel>
      </div>

      <Panel title="Detections over time" {...panelStates(metrics)} empty={m?.totalDetections === 0}>
        {m && <ThreatTimeline metrics={m} />}
      </Panel>

      <div className="grid two">
        <Panel
          title={`Live alerts${alerts.data ? ` (${formatNumber(alerts.data.detections.totalCount)} critical or high)` : ''}`}
          {...panelStates(alerts)}
          empty={alerts.data?.detections.totalCount === 0}
          emptyText="No critical or high detection in this window."
        >
          {alerts.data && <LiveAlerts detections={alerts.data.detections} />}
        </Panel>
        <Panel title="Most detected IPs" {...panelStates(top)} empty={top.data?.metrics.topIps.length === 0}>
          {top.data && (
            <DataTable
              compact
              rows={top.data.metrics.topIps}
              rowKey={(t) => t.ip.id}
              columns={[
                { header: 'IP', cell: (t) => <EntityLink type="IP" value={t.ip.address} /> },
                { header: 'Worst level', cell: (t) => <ThreatBadge level={t.threatLevel} /> },
                { header: 'Detections', num: true, cell: (t) => formatNumber(t.detections) },
                { header: 'Worst score', num: true, cell: (t) => formatScore(t.worstScore) },
                {
                  header: 'AS / country',
                  cell: (t) => (
                    <>
                      {t.ip.asn ? <EntityLink type="ASN" value={String(t.ip.asn.number)} label={`AS${t.ip.asn.number} ${t.ip.asn.name}`} /> : t.asnOrg} ·{' '}
                      {t.countryCode ? <EntityLink type="COUNTRY" value={t.countryCode} /> : '—'}
                    </>
                  ),
                },
              ]}
            />
          )}
        </Panel>
      </div>
    </>
  );
}
