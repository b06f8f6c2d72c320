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
            <table className="table compact">
              <caption className="sr-only">JA4 rotators</caption>
              <thead>
                <tr>
                  <th scope="col">IP</th>
                  <th scope="col">Day</th>
                  <th scope="col" className="num">
                    JA4s
                  </th>
                  <th scope="col">Fingerprints</th>
                </tr>
              </thead>
              <tbody>
                {r.ja4Rotators.map((x) => (
                  <tr key={`${x.ip.id}-${x.day}-${x.host.id}`}>
                    <td>
                      <EntityLink type="IP" value={x.ip.address} />
                      <div className="small muted">{x.host.name}</div>
                    </td>
                    <td className="small">{x.day.slice(0, 10)}</td>
                    <td className="num">{x.distinctJa4}</td>
                    <td className="small">
                      {x.ja4s.map((j) => (
                        <div key={j.id}>
                          <EntityLink type="JA4" value={j.fingerprint} />
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Panel>
        <Panel title="User-Agent rotation (one IP, many User-Agents an hour)" {...rotState} empty={!!r && !r.userAgentRotators.length}>
          {r && (
            <table className="table compact">
              <caption className="sr-only">User-Agent rotators</caption>
              <thead>
                <tr>
                  <th scope="col">IP</th>
                  <th scope="col">Hour</th>
                  <th scope="col" className="num">
                    User agents
                  </th>
                  <th scope="col">Samples</th>
                </tr>
              </thead>
              <tbody>
                {r.userAgentRotators.map((x) => (
                  <tr key={`${x.ip.id}-${x.hour}`}>
                    <td>
                      <EntityLink type="IP" value={x.ip.address} />
                    </td>
                    <td className="small">{formatShortTime(x.hour)}</td>
                    <td className="num">{x.distinctUserAgents}</td>
                    <td className="mono small">
                      {x.samples.slice(0, 3).map((s) => (
                        <div key={s}>{truncate(s, 50)}</div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Panel>
      </div>
      <div className="grid two">
        <Panel title="Persistent threats (flagged on several days)" {...perState} empty={!!p && !p.persistentThreats.length}>
          {p && (
            <table className="table compact">
              <caption className="sr-only">Persistent threats</caption>
              <thead>
                <tr>
                  <th scope="col">IP</th>
                  <th scope="col" className="num">
                    Days
                  </th>
                  <th scope="col">Worst</th>
                  <th scope="col" className="num">
                    Score
                  </th>
                  <th scope="col">Top host</th>
                </tr>
              </thead>
              <tbody>
                {p.persistentThreats.map((x) => (
                  <tr key={x.ip.id}>
                    <td>
                      <EntityLink type="IP" value={x.ip.address} />
                    </td>
                    <td className="num">{x.days}</td>
                    <td>
                      <ThreatBadge level={x.worstThreat} />
                    </td>
                    <td className="num">{formatScore(x.worstScore)}</td>
                    <td className="small">{x.topHost ? <EntityLink type="HOST" value={x.topHost} /> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Panel>
        <Panel title="Most sophisticated IPs (evasion techniques combined)" {...perState} empty={!!p && !p.sophisticatedIps.length}>
          {p && (
            <table className="table compact">
              <caption className="sr-only">Sophisticated IPs</caption>
              <thead>
                <tr>
                  <th scope="col">IP</th>
                  <th scope="col" className="num">
                    Score
                  </th>
                  <th scope="col">Techniques</th>
                </tr>
              </thead>
              <tbody>
                {p.sophisticatedIps.map((x) => (
                  <tr key={x.ip.id}>
                    <td>
                      <EntityLink type="IP" value={x.ip.address} />
                    </td>
                    <td className="num">{formatNumber(x.score)}</td>
                    <td className="small">{x.techniques.map((t) => t.replace(/_/g, ' ').toLowerCase()).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
