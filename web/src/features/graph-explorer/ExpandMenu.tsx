import { useQuery } from '@apollo/client/react';
import type { EntityType, WindowPreset } from '../../gql/graphql';
import { ENTITY_META, type EntityRef } from '../../lib/entities';
import { formatNumber } from '../../lib/format';
import type { Graph } from './model';
import { ExplorerMenuQuery } from './queries';
import { MAX_EXPAND_FIRST, nodeId } from './state';
import { EXPAND_FIRST } from './useExplorerData';
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
  /** `first`: more than an expansion's default, asked for a type already expanded whose neighbours are not all drawn. */
  onExpand: (type: EntityType, first?: number) => void;
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
          const shown = shownOf(g.type);
          const hidden = Math.max(0, g.totalCount - shown);
          const done = expanded.includes(g.type);
          // an expansion brings the heaviest EXPAND_FIRST: of a busy node's thousands, the analyst may ask for more
          const more = done && g.totalCount > EXPAND_FIRST && shown < Math.min(g.totalCount, MAX_EXPAND_FIRST);
          return (
            <li key={g.type}>
              <button
                type="button"
                className="button"
                disabled={g.totalCount === 0 || (done && !more)}
                onClick={() => onExpand(g.type, more ? MAX_EXPAND_FIRST : undefined)}
              >
                <span>
                  <span className="type-tag" style={{ background: ENTITY_META[g.type].color }}>
                    {ENTITY_META[g.type].label}
                  </span>
                  {more ? `Show up to ${MAX_EXPAND_FIRST} ${ENTITY_META[g.type].plural}` : done ? 'expanded' : `Expand ${ENTITY_META[g.type].plural}`}
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
