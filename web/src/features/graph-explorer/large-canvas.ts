import type { Collection, Core, NodeSingular } from 'cytoscape';
import { diameter } from './geometry';

/**
 * On a large graph a selected or pressed node looks as it did: the selection is drawn as rings on a
 * canvas of its own (drawSelectionRings), and a press shows nothing.
 */
export const LARGE_STYLE_OVERRIDES = [
  { selector: 'node:selected', style: { 'overlay-opacity': 0 } },
  { selector: 'node:active', style: { 'overlay-opacity': 0 } },
];

type Layers = { invalidateElements(eles: Collection): void };
/** Batches this big (a graph's update) invalidate as they come; their looks are taken when the browser is idle. */
const BATCH = 500;

// (Safari has no idle callbacks)
const idleCallbacks = typeof window.requestIdleCallback === 'function';
const whenIdle = (f: () => void) => (idleCallbacks ? window.requestIdleCallback(f, { timeout: 1000 }) : window.setTimeout(f, 300));
const cancelIdle = (id: number) => (idleCallbacks ? window.cancelIdleCallback(id) : window.clearTimeout(id));

/** What a node's drawing depends on, besides its style sheet and the zoom: its data, classes, pin and place (a large graph's core holds no links). */
function look(n: NodeSingular) {
  const p = n.position();
  return `${JSON.stringify(n.data())}|${n.classes().join(' ')}|${n.locked()}|${p.x},${p.y}`;
}

type Ele = { grabbed(): boolean; isParent(): boolean; _private: { rscratch: { inDragLayer?: boolean } } };
type Drawn = Ele[] & { drag?: Ele[]; nondrag?: Ele[] };
type Renderer = { data?: { lyrTxrCache?: Layers }; cachedZSortedEles?: Drawn | null; updateCachedGrabbedEles(): void };

/**
 * A press is not a drag. The renderer takes a pressed node out of the cached layer's drawing order
 * when the button goes down, so every frame drawn while an analyst holds the button (a click lasts
 * 50–150 ms: several frames) finds that order changed and throws the whole layer away. The pressed
 * node now keeps its place until it moves: the drag itself still puts it, and its neighbours, in the
 * drag layer.
 */
function keepPressedInPlace(renderer: Renderer) {
  renderer.updateCachedGrabbedEles = function (this: Renderer) {
    const eles = this.cachedZSortedEles;
    if (!eles) return;
    const drag: Ele[] = [];
    const nondrag: Ele[] = [];
    const grabbed: Ele[] = [];
    for (const e of eles) {
      const dragged = e._private.rscratch.inDragLayer === true;
      if (dragged && e.grabbed() && !e.isParent()) grabbed.push(e);
      else (dragged ? drag : nondrag).push(e);
    }
    // (the grabbed nodes last, over their neighbourhood, as the renderer draws them)
    eles.drag = drag.concat(grabbed);
    eles.nondrag = nondrag;
  };
}

/**
 * The CPU renderer draws a large graph from one cached layer of every element, and any style event
 * on any element throws that layer away: for 250 ms after, every element is drawn one by one (160 ms
 * a frame at 4,600 nodes and 6,200 links). A click fires three such events on the pressed node (it is
 * activated, grabbed, then selected) and none of them changes how it is drawn here. The layer is now
 * thrown away only for elements whose drawing changed: the look (data, classes, position) of each
 * element in a small batch is compared with the one it was last drawn with. A click then costs a frame
 * of the cached layer (measured: 168 → 26 ms from the press to the second frame after the selection).
 * A press held over frames keeps its node in the layer too (keepPressedInPlace).
 */
export function keepLayersOnRestyle(c: Core) {
  const renderer = (c as unknown as { renderer(): Renderer }).renderer();
  const layers = renderer.data?.lyrTxrCache;
  if (!layers) return;
  keepPressedInPlace(renderer);
  const invalidate = layers.invalidateElements.bind(layers);
  // (not in the elements' scratch: setting it restyles the element, which throws the layer away)
  const looks = new Map<string, string>();
  let idle = 0;
  const takeLooks = () => {
    idle = 0;
    if (c.destroyed()) return;
    c.nodes().forEach((n) => void looks.set(n.id(), look(n)));
    // from here on a click redraws no element (what a test waits for before it checks that)
    c.container()?.setAttribute('data-looks', String(looks.size));
  };
  layers.invalidateElements = (eles) => {
    if (eles.length > BATCH) {
      // every look taken before is stale: a change back to one of them must not be taken for no change
      looks.clear();
      c.container()?.removeAttribute('data-looks');
      invalidate(eles);
      // (when the browser is idle: 10,000 elements take 0.1 s, which the first frame must not wait for)
      if (!idle) idle = whenIdle(takeLooks);
      return;
    }
    const changed = eles.filter((e) => {
      const now = look(e as NodeSingular);
      if (looks.get(e.id()) === now) return false;
      looks.set(e.id(), now);
      return true;
    });
    if (changed.nonempty()) invalidate(changed);
  };
  c.one('destroy', () => cancelIdle(idle));
}

/** The selected nodes' rings, on a canvas laid over the graph's. */
export function drawSelectionRings(c: Core, canvas: HTMLCanvasElement) {
  const [w, h, ratio] = [c.width(), c.height(), window.devicePixelRatio || 1];
  if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
    canvas.width = Math.round(w * ratio);
    canvas.height = Math.round(h * ratio);
  }
  const g = canvas.getContext('2d');
  if (!g) return;
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  g.clearRect(0, 0, w, h);
  g.fillStyle = 'rgba(37, 99, 235, 0.25)';
  g.strokeStyle = '#2563eb';
  g.lineWidth = 2;
  const zoom = c.zoom();
  c.$('node:selected').forEach((n) => {
    const p = n.renderedPosition();
    g.beginPath();
    g.arc(p.x, p.y, Math.max(4, (diameter(n) / 2 + 6) * zoom), 0, 2 * Math.PI);
    g.fill();
    g.stroke();
  });
}
