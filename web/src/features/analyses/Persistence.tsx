import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { EntityLink } from '../../components/EntityLink';
import { ThreatBadge } from '../../components/ThreatBadge';
import { DataTable } from '../../components/DataTable';
import { sliceStates } from '../../components/panel-states';
import { formatNumber, formatScore } from '../../lib/format';

export const PersistenceFragment = graphql(`
  fragment Persistence_query on Query {
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

/** Threats that come back day after day, the IPs combining most evasions, and where to hunt next. */
export function Persistence({ slice }: { slice: Slice<FragmentType<typeof PersistenceFragment>> }) {
  const p = getFragmentData(PersistenceFragment, slice.data);
  const state = sliceStates(slice);
  return (
    <>
      <div className="grid two">
        <Panel title="Persistent threats (flagged on several days)" {...state} empty={!!p && !p.persistentThreats.length}>
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
        <Panel title="Most sophisticated IPs (evasion techniques combined)" {...state} empty={!!p && !p.sophisticatedIps.length}>
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
      <Panel title="Where to hunt next" {...state} empty={!!p && !p.huntSuggestions.length}>
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
