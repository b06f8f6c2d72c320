import { useQuery } from '@apollo/client/react';
import type { EntityType, WindowPreset } from '../../gql/graphql';
import { ENTITY_META, type EntityRef } from '../../lib/entities';
import { formatNumber } from '../../lib/format';
import type { Graph } from './model';
import { ExplorerMenuQuery } from './queries';
import { nodeId } from './state';
import { QueryStates } from '../../components/Panel';
import { panelStates } from '../../components/panel-states';

/** Each type the entity links to, with how many such neighbours exist and how many are not drawn yet. */
export function ExpandMenu({
  node,
  graph,
  window,
  expanded,
  onExpand,
}: {
  node: EntityRef;
  graph: Graph;
  window: WindowPreset;
  expanded: EntityType[];
  onExpand: (type: EntityType) => void;
}) {
  const query = useQuery(ExplorerMenuQuery, { variables: { type: node.type, value: node.key, window: { preset: window } } });
  const id = nodeId(node);
  const shownOf = (type: EntityType) =>
    graph.edges
      .filter((e) => e.source === id || e.target === id)
      .map((e) => graph.nodes.find((n) => n.id === (e.source === id ? e.target : e.source)))
      .reduce((n, other) => n + (other?.type === type ? (other.group ? other.group.members : 1) : 0), 0);

  const groups = query.data?.entity?.neighbors ?? [];
  return (
    <QueryStates
      {...panelStates(query)}
      errorText="Could not list its links"
      loadingText="Counting its links…"
      empty={!groups.length}
      emptyText="No links in this window."
    >
      <ul className="expand-menu" aria-label="Expand by link type">
        {groups.map((g) => {
          const hidden = Math.max(0, g.totalCount - shownOf(g.type));
          const done = expanded.includes(g.type);
          return (
            <li key={g.type}>
              <button type="button" className="button" disabled={g.totalCount === 0 || done} onClick={() => onExpand(g.type)}>
                <span>
                  <span className="type-tag" style={{ background: ENTITY_META[g.type].color }}>
                    {ENTITY_META[g.type].label}
                  </span>
                  {done ? 'expanded' : `Expand ${ENTITY_META[g.type].plural}`}
                </span>
                <span className="num" aria-label={`${hidden} hidden of ${g.totalCount}`}>
                  {formatNumber(hidden)} hidden / {formatNumber(g.totalCount)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </QueryStates>
  );
}
