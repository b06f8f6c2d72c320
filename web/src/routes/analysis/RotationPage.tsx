import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { WindowSelect } from '../../components/WindowSelect';
import { EntityLink } from '../../components/EntityLink';
import { ThreatBadge } from '../../components/ThreatBadge';
import { formatNumber, formatScore, formatShortTime, truncate } from '../../lib/format';
import { useWindow } from '../../lib/window';
import { panelStates } from '../../components/panel-states';
import { DataTable } from '../../components/DataTable';

const RotatorsQuery = graphql(`
  query Rotators($window: TimeWindow) {
    ja4Rotators(first: 30, window: $window) {
      ip {
        id
        address
      }
      host {
        id
        name
      }
      day
      distinctJa4
      hits
      ja4s {
        id
        fingerprint
      }
    }
    userAgentRotators(first: 30, window: $window) {
      ip {
        id
        address
      }
      hour
      distinctUserAgents
      requests
      samples
    }
  }
`);

const PersistenceQuery = graphql(`
  query Persistence($window: TimeWindow) {
    persistentThreats(first: 30) {
      ip {
        id
        address
      }
      days
      worstThreat
      worstScore
      topHost
      topJa4
      lastSeen
    }
    sophisticatedIps(first: 20, window: $window) {
      ip {
        id
        address
      }
      score
      techniques
    }
    huntSuggestions(window: $window) {
      kind
      title
      evidence
      entity {
        type
        key
      }
    }
  }
`);

/** Clients that change fingerprints to evade, threats that come back day after day, and where to hunt next. */
export function RotationPage() {
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const rot = useQuery(RotatorsQuery, { variables: { window } });
  const per = useQuery(PersistenceQuery, { variables: { window } });
  const r = rot.data;
  const p = per.data;
  const rotState = panelStates(rot);
  const perState = panelStates(per);
  return (
    <>
      <PageHeader title="Rotation and persistence" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'Rotation & persistence' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <div className="grid two">
        <Panel title="JA4 rotation (one IP, several fingerprints a day)" {...rotState} empty={!!r && !r.ja4Rotators.length}>
          {r && (
            <DataTable
              compact
              caption="JA4 rotators"
              rows={r.ja4Rotators}
              rowKey={(x) => `${x.ip.id}-${x.day}-${x.host.id}`}
              columns={[
                {
                  header: 'IP',
                  cell: (x) => (
                    <>
                      <EntityLink type="IP" value={x.ip.address} />
                      <div className="small muted">{x.host.name}</div>
                    </>
                  ),
                },
                { header: 'Day', className: 'small', cell: (x) => x.day.slice(0, 10) },
                { header: 'JA4s', num: true, cell: (x) => x.distinctJa4 },
                {
                  header: 'Fingerprints',
                  className: 'small',
                  cell: (x) =>
                    x.ja4s.map((j) => (
                      <div key={j.id}>
                        <EntityLink type="JA4" value={j.fingerprint} />
                      </div>
                    )),
                },
              ]}
            />
          )}
        </Panel>
        <Panel title="User-Agent rotation (one IP, many User-Agents an hour)" {...rotState} empty={!!r && !r.userAgentRotators.length}>
          {r && (
            <DataTable
              compact
              caption="User-Agent rotators"
              rows={r.userAgentRotators}
              rowKey={(x) => `${x.ip.id}-${x.hour}`}
              columns={[
                { header: 'IP', cell: (x) => <EntityLink type="IP" value={x.ip.address} /> },
                { header: 'Hour', className: 'small', cell: (x) => formatShortTime(x.hour) },
                { header: 'User agents', num: true, cell: (x) => x.distinctUserAgents },
                {
                  header: 'Samples',
                  className: 'mono small',
                  cell: (x) => x.samples.slice(0, 3).map((s) => <div key={s}>{truncate(s, 50)}</div>),
                },
              ]}
            />
          )}
        </Panel>
      </div>
      <div className="grid two">
        <Panel title="Persistent threats (flagged on several days)" {...perState} empty={!!p && !p.persistentThreats.length}>
          {p && (
            <DataTable
              compact
              caption="Persistent threats"
              rows={p.persistentThreats}
              rowKey={(x) => x.ip.id}
              columns={[
                { header: 'IP', cell: (x) => <EntityLink type="IP" value={x.ip.address} /> },
                { header: 'Days', num: true, cell: (x) => x.days },
                { header: 'Worst', cell: (x) => <ThreatBadge level={x.worstThreat} /> },
                { header: 'Score', num: true, cell: (x) => formatScore(x.worstScore) },
                { header: 'Top host', className: 'small', cell: (x) => (x.topHost ? <EntityLink type="HOST" value={x.topHost} /> : '—') },
              ]}
            />
          )}
        </Panel>
        <Panel title="Most sophisticated IPs (evasion techniques combined)" {...perState} empty={!!p && !p.sophisticatedIps.length}>
          {p && (
            <DataTable
              compact
              caption="Sophisticated IPs"
              rows={p.sophisticatedIps}
              rowKey={(x) => x.ip.id}
              columns={[
                { header: 'IP', cell: (x) => <EntityLink type="IP" value={x.ip.address} /> },
                { header: 'Score', num: true, cell: (x) => formatNumber(x.score) },
                { header: 'Techniques', className: 'small', cell: (x) => x.techniques.map((t) => t.replace(/_/g, ' ').toLowerCase()).join(', ') },
              ]}
            />
          )}
        </Panel>
      </div>
      <Panel title="Where to hunt next" {...perState} empty={!!p && !p.huntSuggestions.length}>
        {p && (
          <ul className="insights">
            {p.huntSuggestions.map((h) => (
              <li key={`${h.kind}-${h.entity.key}`}>
                <strong>{h.title}</strong> — <EntityLink type={h.entity.type} value={h.entity.key} /> <span className="small muted">{h.evidence}</span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}
