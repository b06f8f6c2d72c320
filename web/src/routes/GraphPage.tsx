import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { SearchBox } from '../features/search/SearchBox';
import { GraphCanvas, type GraphCanvasHandle } from '../features/graph-explorer/GraphCanvas';
import { GraphTable } from '../features/graph-explorer/GraphTable';
import { ExpandMenu } from '../features/graph-explorer/ExpandMenu';
import { NodeDetails } from '../features/graph-explorer/NodeDetails';
import { buildGraph, type GraphNode } from '../features/graph-explorer/model';
import { addStep, nodeId, parseNodeId, readState, undo, writeState, type ExplorerState } from '../features/graph-explorer/state';
import { useExplorerData } from '../features/graph-explorer/useExplorerData';
import { ENTITY_META, ENTITY_TYPES } from '../lib/entities';
import { download } from '../lib/download';
import type { EntityType } from '../gql/graphql';

/** The graph explorer: seed entities, expand them by link type, group, undo, share. */
export function GraphPage() {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const state = useMemo(() => readState(new URLSearchParams(query)), [query]);
  const canvas = useRef<GraphCanvasHandle>(null);
  const [copied, setCopied] = useState<string | null>(null);

  // "open in graph" links carry `seed=`: rewrite them as steps so the URL has one form
  useEffect(() => {
    if (params.has('seed')) setParams(writeState(state), { replace: true });
  }, [params, setParams, state]);

  const set = (next: ExplorerState, replace = false) => setParams(writeState(next), { replace });
  const { get, retry } = useExplorerData(state.steps, state.window);
  const graph = useMemo(() => buildGraph(state.steps, get), [state.steps, get]);
  const selectedNode = graph.nodes.find((n) => n.id === state.selected) ?? null;
  const selectedRef = selectedNode && !selectedNode.group ? parseNodeId(selectedNode.id) : null;
  const expandedTypes = selectedRef ? state.steps.filter((s) => s.kind === 'expand' && nodeId(s.node) === selectedNode!.id).map((s) => (s as { type: EntityType }).type) : [];

  const openGroup = (n: GraphNode) => n.group && set({ ...addStep(state, { kind: 'open', node: n.group.from, type: n.group.type }), selected: null });
  const exportJson = () =>
    download(
      'ja4graph-investigation.json',
      { link: window.location.href, window: state.window, steps: params.getAll('step'), nodes: graph.nodes, edges: graph.edges },
    );
  const exportPng = () => {
    const blob = canvas.current?.png();
    if (blob) download('ja4graph-investigation.png', blob);
  };
  const copyLink = async () => {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Link copied: anyone opening it sees this graph.');
    } catch {
      setCopied(`Copy this link: ${link}`);
    }
  };

  return (
    <>
      <PageHeader title="Graph explorer" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Graph explorer' }]} back={false}>
        <WindowSelect value={state.window} onChange={(w) => set({ ...state, window: w })} />
      </PageHeader>
      <div className="explorer-toolbar" role="toolbar" aria-label="Graph tools">
        <div className="explorer-search">
          <SearchBox placeholder="Add an IP, JA4, ASN, host, campaign…" onPick={(type, key) => set({ ...addStep(state, { kind: 'seed', node: { type: type as EntityType, key } }), selected: `${type}:${key}` })} />
        </div>
        <button type="button" className="button" onClick={() => set(undo(state))} disabled={!state.steps.length}>
          ↶ Undo
        </button>
        <button type="button" className="button" onClick={() => canvas.current?.fit()} disabled={state.view === 'table'}>
          Fit
        </button>
        <button type="button" className="button" aria-pressed={state.view === 'table'} onClick={() => set({ ...state, view: state.view === 'table' ? 'graph' : 'table' }, true)}>
          {state.view === 'table' ? 'Graph view' : 'Table view'}
        </button>
        <button type="button" className="button" onClick={exportPng} disabled={state.view === 'table' || !graph.nodes.length}>
          Export PNG
        </button>
        <button type="button" className="button" onClick={exportJson} disabled={!graph.nodes.length}>
          Export JSON
        </button>
        <button type="button" className="button" onClick={() => void copyLink()} disabled={!state.steps.length}>
          Copy link
        </button>
        <button type="button" className="button" onClick={() => set({ ...state, steps: [], selected: null })} disabled={!state.steps.length}>
          Clear
        </button>
        <span className="muted small" role="status">
          {graph.nodes.length} nodes · {graph.edges.length} links
          {graph.pending.length > 0 && ` · loading ${graph.pending.length} step${graph.pending.length > 1 ? 's' : ''}…`}
        </span>
      </div>
      {copied && (
        <p className="notice" role="status">
          {copied}
        </p>
      )}
      {graph.failed.length > 0 && (
        <p role="alert" className="panel-error">
          {graph.failed.length} step{graph.failed.length > 1 ? 's' : ''} could not load ({graph.failed[0]!.message}).{' '}
          <button type="button" className="link-button" onClick={retry}>
            Retry
          </button>
        </p>
      )}
      <div className="explorer">
        {state.view === 'table' ? (
          <Panel title="Graph as tables" empty={!graph.nodes.length} emptyText="The graph is empty: add an entity.">
            <GraphTable
              graph={graph}
              selected={state.selected}
              onSelect={(id) => set({ ...state, selected: id }, true)}
              onOpenGroup={(id) => {
                const n = graph.nodes.find((x) => x.id === id);
                if (n) openGroup(n);
              }}
            />
          </Panel>
        ) : (
          <div className="explorer-canvas">
            <GraphCanvas ref={canvas} graph={graph} selected={state.selected} onSelect={(id) => set({ ...state, selected: id }, true)} onOpenGroup={openGroup} />
            {!state.steps.length && (
              <div className="empty-graph">
                <p>Search an entity above to start, or use “open in graph” on any page.</p>
              </div>
            )}
          </div>
        )}
        <aside className="explorer-side" aria-label="Selection">
          <Panel title={selectedNode ? (selectedNode.group ? 'Group' : 'Selected') : 'Selection'} empty={!selectedNode} emptyText="Click a node to see it and expand it.">
            {selectedNode?.group && (
              <>
                <p>
                  {selectedNode.group.total} {ENTITY_META[selectedNode.group.type].plural} linked to <span className="mono">{selectedNode.group.from.key}</span>, grouped.
                </p>
                <button type="button" className="button primary" onClick={() => openGroup(selectedNode)}>
                  Open group ({selectedNode.group.members} heaviest)
                </button>
              </>
            )}
            {selectedRef && (
              <>
                <NodeDetails node={selectedRef} window={state.window} />
                <h3 className="small">Expand</h3>
                <ExpandMenu
                  node={selectedRef}
                  graph={graph}
                  window={state.window}
                  expanded={expandedTypes}
                  onExpand={(type) => set(addStep(state, { kind: 'expand', node: selectedRef, type }))}
                />
              </>
            )}
          </Panel>
          <Panel title="Legend">
            <div className="legend">
              {ENTITY_TYPES.filter((t) => t !== 'DETECTION').map((t) => (
                <span key={t} style={{ ['--c' as string]: ENTITY_META[t].color }}>
                  {ENTITY_META[t].label}
                </span>
              ))}
            </div>
            <p className="small muted">Border: worst threat level (red critical, orange high). Edge width: requests. ⊕: a group, double-click to open.</p>
          </Panel>
        </aside>
      </div>
    </>
  );
}

