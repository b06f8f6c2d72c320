import { Panel } from '../../components/Panel';
import { ENTITY_META, ENTITY_TYPES, type EntityRef } from '../../lib/entities';
import { ExpandMenu } from './ExpandMenu';
import { NodeDetails } from './NodeDetails';
import { openedGroups, type Graph, type GraphNode } from './model';
import { groupId, parseNodeId, type ExplorerState, type Step } from './state';

interface Props {
  state: ExplorerState;
  graph: Graph;
  selected: GraphNode[];
  act: (step: Step, selected?: string[]) => void;
  onOpenGroup: (n: GraphNode) => void;
  onSelect: (ids: string[]) => void;
}

/** What the analyst can do with the selection: read it, expand it (one node or many at once), hide, collapse, pin. */
export function SelectionPanel({ state, graph, selected, act, onOpenGroup, onSelect }: Props) {
  const ids = selected.map((n) => n.id);
  const common = (
    <>
      <button type="button" className="button" onClick={() => act({ kind: 'hide', ids }, [])}>
        Hide{selected.length > 1 ? ` ${selected.length}` : ''}
      </button>
      {selected.some((n) => !n.pinned) ? (
        <button type="button" className="button" onClick={() => act({ kind: 'pin', ids, on: true })}>
          Pin
        </button>
      ) : (
        <button type="button" className="button" onClick={() => act({ kind: 'pin', ids, on: false })}>
          Unpin
        </button>
      )}
    </>
  );

  if (selected.length > 1) {
    const entities = selected.filter((n) => !n.group);
    const pair = entities.length === 2 && selected.length === 2 ? (entities.map((n) => parseNodeId(n.id)!) as [EntityRef, EntityRef]) : null;
    const answer =
      pair &&
      graph.connection &&
      [...graph.connection.ends].sort().join() ===
        entities
          .map((n) => n.id)
          .sort()
          .join()
        ? graph.connection
        : null;
    return (
      <Panel title={`${selected.length} selected`}>
        {pair && (
          <div className="selection-actions">
            <button type="button" className="button primary" onClick={() => act({ kind: 'connect', nodes: pair })}>
              How are these connected?
            </button>
            {answer && (
              <p role="status" className="small">
                {answer.common} common neighbour{answer.common === 1 ? '' : 's'} · {answer.paths} path{answer.paths === 1 ? '' : 's'} of up to 3 links, drawn in
                amber
              </p>
            )}
          </div>
        )}
        <p className="small muted">Expand all {entities.length} at once, by link type (in parts that fit the cost budget, with progress):</p>
        <ul className="expand-menu" aria-label="Expand the selection by link type">
          {ENTITY_TYPES.filter((t) => t !== 'DETECTION').map((t) => (
            <li key={t}>
              <button
                type="button"
                className="button"
                disabled={!entities.length}
                onClick={() => act({ kind: 'bulk', type: t, nodes: entities.map((n) => parseNodeId(n.id)!) })}
              >
                <span>
                  <span className="type-tag" style={{ background: ENTITY_META[t].color }}>
                    {ENTITY_META[t].label}
                  </span>
                  Expand their {ENTITY_META[t].plural}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <div className="selection-actions">
          {common}
          <button type="button" className="button" onClick={() => onSelect([])}>
            Deselect
          </button>
        </div>
      </Panel>
    );
  }

  const node = selected[0];
  if (!node) return <Panel title="Selection" empty emptyText="Click a node to see it and expand it; shift-click or shift-drag to select several." />;

  if (node.group)
    return (
      <Panel title="Group">
        <p>
          {node.group.total} {ENTITY_META[node.group.type].plural} linked to <span className="mono">{node.group.from.key}</span>, grouped.
        </p>
        <div className="selection-actions">
          <button type="button" className="button primary" onClick={() => onOpenGroup(node)}>
            Open group ({node.group.members} heaviest)
          </button>
          {common}
        </div>
      </Panel>
    );

  const ref = parseNodeId(node.id)!;
  const opened = openedGroups(state.steps);
  const regroupable = ENTITY_TYPES.filter((t) => opened.has(groupId(ref, t)));
  return (
    <Panel title="Selected">
      <NodeDetails node={ref} window={state.window} />
      <div className="selection-actions">
        {common}
        {node.expanded.length > 0 && (
          <button type="button" className="button" onClick={() => act({ kind: 'collapse', node: ref })}>
            Collapse
          </button>
        )}
        {regroupable.map((t) => (
          <button key={t} type="button" className="button" onClick={() => act({ kind: 'regroup', node: ref, type: t })}>
            Regroup its {ENTITY_META[t].plural}
          </button>
        ))}
      </div>
      <h3 className="small">Expand</h3>
      <ExpandMenu
        node={ref}
        graph={graph}
        window={state.window}
        expanded={node.expanded}
        onExpand={(type, first) => act({ kind: 'expand', node: ref, type, ...(first ? { first } : {}) })}
      />
    </Panel>
  );
}
