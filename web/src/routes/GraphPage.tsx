import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { SearchBox } from '../features/search/SearchBox';
import { ENTITY_META } from '../lib/entities';
import { GraphCanvas, type GraphCanvasHandle } from '../features/graph-explorer/GraphCanvas';
import { GraphTable } from '../features/graph-explorer/GraphTable';
import { CanvasFilters } from '../features/graph-explorer/CanvasFilters';
import { Legend } from '../features/graph-explorer/Legend';
import { SelectionPanel } from '../features/graph-explorer/SelectionPanel';
import { WatchInvestigationButton, WatchToggle } from '../features/alerts/WatchToggle';
import { applyBrush, applyFilter, buildGraph, findNodes, type Graph, type GraphNode } from '../features/graph-explorer/model';
import { TimeBrush, useLinkActivity } from '../features/graph-explorer/TimeBrush';
import {
  addStep,
  decodeStep,
  encodeStep,
  keepUnchanged,
  LAYOUTS,
  nodeId,
  openEntity,
  parseNodeId,
  readState,
  redo,
  undo,
  writeState,
  type ExplorerState,
  type LayoutName,
  type Step,
} from '../features/graph-explorer/state';
import { SaveBar } from '../features/saved-investigations/SaveBar';
import { NotesPanel } from '../features/saved-investigations/NotesPanel';
import { ExportMenu } from '../features/saved-investigations/ExportMenu';
import { useSavedInvestigation } from '../features/saved-investigations/useSavedInvestigation';
import { isUnsaved, type CanvasNow } from '../features/saved-investigations/canvas';
import { getFragmentData } from '../gql';
import { SavedNoteFragment } from '../features/saved-investigations/queries';
import { useExplorerData } from '../features/graph-explorer/useExplorerData';
import { download } from '../lib/download';
import { carriedWindow, carryWindow, LAYER_PRESETS } from '../lib/window';
import type { EntityType } from '../gql/graphql';

const EMPTY: Graph = { nodes: [], edges: [], pending: [], failed: [] };

/** The graph explorer: seed entities, expand, select, filter, hide, pin, brush time, undo and redo, share. */
/**
 * The height from an element's top to the bottom of the window (at least 420 px): the canvas, the time
 * brush docked under it and the side panel fit the screen, so every node is in reach of a box selection.
 */
function useViewportHeight(): [(el: HTMLDivElement | null) => void, number | null] {
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const [height, setHeight] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (!el) return;
    const fit = () => setHeight(Math.max(420, Math.floor(window.innerHeight - (el.getBoundingClientRect().top + window.scrollY) - 12)));
    fit();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(fit);
    observer?.observe(document.body);
    window.addEventListener('resize', fit);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [el]);
  return [setEl, height];
}

/** Steps that read the graph (the others only change what is drawn). */
const FETCHING = new Set<Step['kind']>(['seed', 'expand', 'all', 'bulk', 'connect']);

/** What a step does, in the analyst's words, for progress and errors. */
function describeStep(step: Step): string {
  switch (step.kind) {
    case 'bulk':
      return `Expanding ${step.nodes.length} nodes into their ${ENTITY_META[step.type].plural}`;
    case 'expand':
      return `Expanding ${step.node.key} into its ${ENTITY_META[step.type].plural}`;
    case 'all':
      return `Expanding ${step.node.key}`;
    case 'connect':
      return 'Finding how the two connect';
    default:
      return 'Loading';
  }
}

export function GraphPage() {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  // a click changes only the selection: the steps, and the graph built from them, stay the same objects
  const last = useRef<ExplorerState | null>(null);
  const state = useMemo(() => (last.current = keepUnchanged(last.current, readState(new URLSearchParams(query)))), [query]);
  const canvas = useRef<GraphCanvasHandle>(null);
  const [copied, setCopied] = useState<string | null>(null);

  // "open in graph" links carry `seed=`: rewrite them as steps so the URL has one form, in the window
  // the analyst was looking at on the page they came from
  useEffect(() => {
    if (params.has('seed')) setParams(writeState({ ...state, window: params.has('w') ? state.window : carriedWindow(state.window) }), { replace: true });
  }, [params, setParams, state]);
  useEffect(() => {
    if (!params.has('seed')) carryWindow(state.window);
  }, [params, state.window]);

  const set = (next: ExplorerState, replace = false) => setParams(writeState(next), { replace });
  const { get, retry, prefetch, seedLinks } = useExplorerData(state.steps, state.window);
  const [fitted, height] = useViewportHeight();
  // a step that reads the graph is fetched first and added (to the URL, to the undo history) only once
  // it answers: one that fails leaves the history as it was and says why
  const [working, setWorking] = useState<{ what: string; done: number; of: number } | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const act = (step: Step, selected = state.selected) => {
    const add = () => set({ ...addStep(state, step), selected });
    if (!FETCHING.has(step.kind)) return add();
    const what = describeStep(step);
    setRefused(null);
    setWorking({ what, done: 0, of: 1 });
    prefetch(step, (done, of) => setWorking({ what, done, of }))
      .then(add)
      .catch((e: Error) => setRefused(`${what} failed: ${e.message}`))
      .finally(() => setWorking(null));
  };
  const graph = useMemo(() => buildGraph(state.steps, get, seedLinks), [state.steps, get, seedLinks]);
  const shown = useMemo(() => applyFilter(graph, state.filter), [graph, state.filter]);
  const found = useMemo(() => findNodes(shown, state.filter.find).map((n) => n.id), [shown, state.filter.find]);
  const [timeOpen, setTimeOpen] = useState(Boolean(state.brush));
  const timing = useLinkActivity(timeOpen && state.view === 'graph' ? shown : EMPTY, state.window);
  const range = useMemo(() => (state.brush ? (state.brush.map(Date.parse) as [number, number]) : null), [state.brush]);
  const drawn = useMemo(() => (timing.activity ? applyBrush(shown, timing.activity, range) : shown), [shown, timing.activity, range]);
  const selectedNodes = state.selected.map((id) => graph.nodes.find((n) => n.id === id)).filter((n): n is GraphNode => Boolean(n));

  const investigation = useSavedInvestigation(state.inv);
  const saved = investigation.saved;
  const notes = useMemo(() => (saved ? saved.notes.map((n) => getFragmentData(SavedNoteFragment, n)) : []), [saved]);
  const noted = useMemo(() => new Set(notes.flatMap((n) => (n.entity ? [nodeId({ type: n.entity.type, key: n.entity.key })] : []))), [notes]);
  const savedPositions = useMemo(() => (saved ? new Map(saved.canvas.positions.map((p) => [p.node, { x: p.x, y: p.y }])) : undefined), [saved]);
  const stepTexts = useMemo(() => state.steps.map(encodeStep), [state.steps]);
  // nodes the analyst dragged since the investigation was saved or opened: their positions are a change to save
  const [moved, setMoved] = useState<string | null>(null);
  useEffect(() => setMoved(null), [saved]);
  const unsaved =
    isUnsaved(saved ? { steps: saved.canvas.steps, window: saved.canvas.window, layout: saved.canvas.layout } : null, {
      steps: stepTexts,
      window: state.window,
      layout: state.layout,
    }) ||
    (saved !== null && moved !== null);
  // `/graph?inv=<id>` (the list, a shared link): draw the saved canvas
  useEffect(() => {
    if (saved && state.inv === saved.key && !params.has('step')) {
      const steps = saved.canvas.steps.map(decodeStep).filter((x): x is Step => x !== null);
      setParams(
        writeState({
          ...state,
          steps,
          redo: [],
          window: saved.canvas.window,
          layout: (LAYOUTS.some((l) => l.value === saved.canvas.layout) ? saved.canvas.layout : 'force') as LayoutName,
        }),
        { replace: true },
      );
    }
  }, [saved, state, params, setParams]);
  useEffect(() => {
    if (!saved || !unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [saved, unsaved]);
  const canvasNow = (): CanvasNow => ({
    steps: stepTexts,
    window: state.window,
    layout: state.layout,
    nodes: graph.nodes.map((n) => ({ id: n.id, type: n.type, key: n.key, group: Boolean(n.group), pinned: n.pinned, members: n.group?.refs })),
    hidden: state.steps.flatMap((x) => (x.kind === 'hide' ? x.ids : [])),
    positions: canvas.current?.positions() ?? [],
  });
  const selectedEntity = selectedNodes.length === 1 && !selectedNodes[0]!.group ? parseNodeId(selectedNodes[0]!.id) : null;

  const openGroup = (n: GraphNode) => n.group && act({ kind: 'open', node: n.group.from, type: n.group.type }, []);
  const seedFromSearch = (type: EntityType, key: string) => {
    const node = { type, key };
    set({ ...openEntity(node).reduce(addStep, state), selected: [nodeId(node)] });
  };
  const exportJson = () =>
    download('ja4graph-investigation.json', {
      link: window.location.href,
      window: state.window,
      steps: params.getAll('step'),
      nodes: graph.nodes,
      edges: graph.edges,
    });
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
        <WindowSelect value={state.window} presets={LAYER_PRESETS} onChange={(w) => set({ ...state, window: w })} />
        {selectedEntity && <WatchToggle entity={selectedEntity} fetchOwn />}
        {saved && <WatchInvestigationButton id={saved.key} name={saved.name} />}
      </PageHeader>
      <SaveBar
        name={saved?.name ?? null}
        visibility={saved?.visibility ?? null}
        canEdit={saved?.canEdit ?? false}
        unsaved={unsaved}
        busy={investigation.busy}
        empty={!graph.nodes.length}
        error={
          investigation.saveError?.message ??
          (state.inv && investigation.error ? `This investigation could not be opened: ${investigation.error.message}` : null)
        }
        onSave={() => void investigation.save(canvasNow())?.catch(() => {})}
        onSaveAs={(as) =>
          void investigation
            .saveAs(canvasNow(), as)
            .then((id) => id && set({ ...state, inv: id }))
            .catch(() => {})
        }
        onRename={(name) => void investigation.change({ name })?.catch(() => {})}
        onShare={(visibility) => void investigation.change({ visibility })?.catch(() => {})}
        onDelete={() =>
          void investigation
            .remove()
            ?.then(() => set({ ...state, inv: null }))
            .catch(() => {})
        }
      />
      <div className="explorer-toolbar" role="toolbar" aria-label="Graph tools">
        <div className="explorer-search">
          <SearchBox placeholder="Add an IP, JA4, ASN, host, campaign…" onPick={(type, key) => seedFromSearch(type as EntityType, key)} />
        </div>
        <button type="button" className="button" onClick={() => set(undo(state))} disabled={!state.steps.length} title="Undo the last step">
          ↶ Undo
        </button>
        <button type="button" className="button" onClick={() => set(redo(state))} disabled={!state.redo.length} title="Redo the step undone last">
          ↷ Redo
        </button>
        <button type="button" className="button" onClick={() => act({ kind: 'clear' }, [])} disabled={!graph.nodes.length}>
          Clear
        </button>
        <label>
          Layout{' '}
          <select value={state.layout} onChange={(e) => set({ ...state, layout: e.target.value as LayoutName }, true)}>
            {LAYOUTS.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => canvas.current?.fit()} disabled={state.view === 'table'}>
          Fit
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={state.view === 'table'}
          onClick={() => set({ ...state, view: state.view === 'table' ? 'graph' : 'table' }, true)}
        >
          {state.view === 'table' ? 'Graph view' : 'Table view'}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={timeOpen}
          onClick={() => setTimeOpen(!timeOpen)}
          disabled={state.view === 'table' || !graph.edges.length}
        >
          Time brush
        </button>
        <ExportMenu
          disabled={!graph.nodes.length}
          onExport={(format, idsPolicy) => investigation.exportAs(format, canvasNow(), unsaved, saved?.name ?? 'ja4graph investigation', idsPolicy)}
          onPng={exportPng}
          onJson={exportJson}
        />
        <button type="button" className="button" onClick={() => void copyLink()} disabled={!state.steps.length}>
          Copy link
        </button>
        <span className="muted small" role="status">
          {graph.nodes.length} nodes · {graph.edges.length} links
          {shown.nodes.length < graph.nodes.length && ` · ${shown.nodes.length} shown`}
          {graph.pending.length > 0 && ` · loading ${graph.pending.length} step${graph.pending.length > 1 ? 's' : ''}…`}
          {working && ` · ${working.what}${working.of > 1 ? ` (part ${Math.min(working.done + 1, working.of)} of ${working.of})` : ''}…`}
        </span>
      </div>
      <CanvasFilters
        filter={state.filter}
        found={found.length}
        onChange={(filter) => {
          set({ ...state, filter }, true);
          if (filter.find !== state.filter.find) canvas.current?.focus(findNodes(shown, filter.find).map((n) => n.id));
        }}
      />
      {copied && (
        <p className="notice" role="status">
          {copied}
        </p>
      )}
      {refused && (
        <p role="alert" className="panel-error">
          {refused}{' '}
          <button type="button" className="link-button" onClick={() => setRefused(null)}>
            Dismiss
          </button>
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
      <div className="explorer" ref={fitted} style={height ? { height } : undefined}>
        {state.view === 'table' ? (
          <Panel title="Graph as tables" empty={!shown.nodes.length} emptyText="The graph is empty: add an entity.">
            <GraphTable
              graph={shown}
              selected={state.selected[0] ?? null}
              onSelect={(id) => set({ ...state, selected: [id] }, true)}
              onOpenGroup={(id) => {
                const n = graph.nodes.find((x) => x.id === id);
                if (n) openGroup(n);
              }}
            />
          </Panel>
        ) : (
          <div className="explorer-main">
            <div className="explorer-canvas">
              <GraphCanvas
                ref={canvas}
                graph={drawn}
                selected={state.selected}
                found={found}
                layout={state.layout}
                positions={savedPositions}
                noted={noted}
                onSelect={(ids) => set({ ...state, selected: ids }, true)}
                onOpenGroup={openGroup}
                onMoved={setMoved}
              />
              {!graph.nodes.length && !graph.pending.length && (
                <div className="empty-graph">
                  <p>Search an entity above to start, or use “open in graph” on any page.</p>
                </div>
              )}
            </div>
            {timeOpen && graph.edges.length > 0 && (
              <section className="explorer-time" aria-label="Time brush">
                <TimeBrush
                  {...timing}
                  range={range}
                  onRange={(r) => set({ ...state, brush: r ? [new Date(r[0]).toISOString(), new Date(r[1]).toISOString()] : null }, true)}
                />
              </section>
            )}
          </div>
        )}
        <aside className="explorer-side" aria-label="Selection">
          <SelectionPanel
            state={state}
            graph={graph}
            selected={selectedNodes}
            act={act}
            onOpenGroup={openGroup}
            onSelect={(ids) => set({ ...state, selected: ids }, true)}
          />
          <NotesPanel
            notes={notes}
            entity={selectedEntity}
            saved={Boolean(saved)}
            canNote={saved?.canNote ?? false}
            onAdd={investigation.addNote}
            onDelete={(id) => void investigation.deleteNote(id)?.catch(() => {})}
          />
          <Panel title="Legend">
            <Legend />
          </Panel>
        </aside>
      </div>
    </>
  );
}
