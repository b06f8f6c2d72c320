import type { Core, NodeSingular } from 'cytoscape';
import { diameter, linkEnds, type LinkEnds } from './geometry';
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

/** A leaf has at most this many links, each to a node with more (an IP under its country, AS and subnet), so no leaf hangs off a leaf. */
const LEAF_LINKS = 3;
/** Space kept between two nodes' discs. */
const MARGIN = 10;
/** A sunflower's spacing, per node diameter: its points are a diameter apart, give or take (0.62 leaves none touching). */
const SPACING = 0.64;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Up to this many bodies, collisions are checked pair by pair (see collidePairs). */
const PAIRWISE = 600;
/** Past this many hubs and discs, the graph is not laid out by its shape. */
const MAX_BODIES = 1500;
/** Rounds of the simulation, before the collisions and with them. */
const TICKS = 100;

interface Body extends SimulationNodeDatum {
  r: number;
  node?: NodeSingular;
  /** A disc's leaves, biggest first, and the distance between its sunflower's rings. */
  leaves?: NodeSingular[];
  step?: number;
}

/**
 * The layout of a large graph by its shape: the explorer's large graphs are hubs (countries, ASes, JA4s)
 * with hundreds of leaves each (IPs), and a force simulation of every node spends seconds pushing the
 * leaves apart, then leaves them crowded (measured at 4,600 nodes in Chromium: 1.0–2.2 s of simulation
 * and 0.8 s of separation, with thousands of pairs touching). Here leaves that share the same neighbours
 * are one disc, sized to hold them; the hubs and discs — a hundred or so bodies — are laid out by a
 * force simulation whose collisions keep discs apart; then each disc's leaves are placed on a sunflower,
 * a node's width apart. Nothing overlaps by construction, disconnected parts sit side by side, and the
 * cost follows the hubs, not the leaves. Pinned nodes stay where the analyst put them. Returns false, and
 * moves nothing, when the graph is not hubs and leaves.
 */
export function groupLayout(c: Core, ends: readonly LinkEnds[] = linkEnds(c)): boolean {
  // every element on the canvas is shown (a hidden node leaves the graph), and asking would compute its style
  const nodes = c.nodes();
  const neighbours = new Map<string, string[]>(nodes.map((n) => [n.id(), []]));
  for (const { source: s, target: t } of ends) {
    if (s === t || !neighbours.has(s) || !neighbours.has(t)) continue;
    neighbours.get(s)!.push(t);
    neighbours.get(t)!.push(s);
  }
  const degree = (id: string) => neighbours.get(id)!.length;
  const discs = new Map<string, NodeSingular[]>();
  const bodies: Body[] = [];
  const index = new Map<string, number>();
  for (const n of nodes.toArray()) {
    const ns = [...new Set(neighbours.get(n.id()))];
    if (!n.locked() && ns.length > 0 && ns.length <= LEAF_LINKS && ns.every((m) => degree(m) > LEAF_LINKS)) {
      const key = ns.sort().join('\n');
      const disc = discs.get(key);
      if (disc) disc.push(n);
      else discs.set(key, [n]);
      continue;
    }
    const p = n.position();
    index.set(n.id(), bodies.length);
    bodies.push({ node: n, r: diameter(n) / 2 + MARGIN / 2, ...(n.locked() ? { fx: p.x, fy: p.y } : {}) });
  }
  // a graph that is not hubs and leaves (a mesh of IPs and fingerprints) would be a simulation of nearly
  // every node, 200 rounds of it: the caller lays it out otherwise
  if (bodies.length + discs.size > MAX_BODIES) return false;
  const links: { source: number; target: number }[] = [];
  for (const [id, ns] of neighbours)
    for (const m of ns) if (id < m && index.has(id) && index.has(m)) links.push({ source: index.get(id)!, target: index.get(m)! });
  const hubsOf: number[][] = [];
  for (const [key, leaves] of discs) {
    leaves.sort((a, b) => diameter(b) - diameter(a));
    const widest = diameter(leaves[0]!) + MARGIN;
    const step = widest * SPACING;
    const at = bodies.push({ r: step * Math.sqrt(leaves.length) + widest / 2, leaves, step }) - 1;
    hubsOf[at] = key.split('\n').map((hub) => index.get(hub)!);
    for (const hub of hubsOf[at]!) links.push({ source: at, target: hub });
  }
  // the hubs start on a sunflower, each disc among its hubs: a start from a spread, not a point, and with
  // each disc already on the right side of the others
  bodies.forEach((b, i) => {
    if (b.leaves || b.fx !== undefined) return;
    b.x = 60 * Math.sqrt(i) * Math.cos(i * GOLDEN_ANGLE);
    b.y = 60 * Math.sqrt(i) * Math.sin(i * GOLDEN_ANGLE);
  });
  bodies.forEach((b, i) => {
    if (!b.leaves) return;
    const hubs = hubsOf[i]!.map((h) => bodies[h]!);
    b.x = hubs.reduce((sum, h) => sum + (h.fx ?? h.x!), 0) / hubs.length + Math.cos(i);
    b.y = hubs.reduce((sum, h) => sum + (h.fy ?? h.y!), 0) / hubs.length + Math.sin(i);
  });
  // first the bodies find their places passing through each other (colliding discs of hundreds of pixels
  // block each other's way and leave a disc on the far side of its hub), then they are pushed apart
  const simulation = forceSimulation(bodies)
    .stop()
    .alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
    .force(
      'link',
      forceLink<Body, { source: number; target: number }>(links)
        .distance((l) => (l.source as unknown as Body).r + (l.target as unknown as Body).r + 20)
        .strength(1),
    )
    .force(
      'charge',
      forceManyBody<Body>()
        .strength((b) => -Math.max(60, b.r * 2))
        .theta(0.9),
    )
    .force('x', forceX(0).strength(0.03))
    .force('y', forceY(0).strength(0.03));
  simulation.tick(TICKS);
  simulation
    .alpha(0.5)
    .force('collide', bodies.length <= PAIRWISE ? collidePairs((b) => b.r + 4, 3) : forceCollide<Body>((b) => b.r + 4).iterations(3))
    .tick(TICKS);
  c.batch(() => {
    for (const b of bodies) {
      if (b.node) {
        if (b.fx === undefined) b.node.position({ x: b.x!, y: b.y! });
        continue;
      }
      b.leaves!.forEach((n, k) => {
        const radius = b.step! * Math.sqrt(k + 0.5);
        n.position({ x: b.x! + radius * Math.cos(k * GOLDEN_ANGLE), y: b.y! + radius * Math.sin(k * GOLDEN_ANGLE) });
      });
    }
  });
  return true;
}

/**
 * d3's collision force, pair by pair instead of through a quadtree. The quadtree prunes by the largest
 * radius, and a disc of 500 leaves is hundreds of pixels wide: it visited every pair anyway, three times
 * slower (measured: 150 ticks of 115 bodies, 150 ms against 15 ms more than no collisions at all).
 * The same update as d3's: each overlapping pair is pushed apart, the smaller body the more.
 */
function collidePairs(radius: (b: Body) => number, iterations: number) {
  let bodies: Body[] = [];
  let radii = new Float64Array();
  const force = () => {
    for (let k = 0; k < iterations; k++)
      for (let i = 0; i < bodies.length; i++) {
        const a = bodies[i]!;
        const [xi, yi, ri] = [a.x! + a.vx!, a.y! + a.vy!, radii[i]!];
        for (let j = i + 1; j < bodies.length; j++) {
          const b = bodies[j]!;
          const rj = radii[j]!;
          const r = ri + rj;
          let x = xi - b.x! - b.vx!;
          const y = yi - b.y! - b.vy!;
          let l = x * x + y * y;
          if (l >= r * r) continue;
          // two bodies on one point: apart along a direction of their own
          if (l === 0) [x, l] = [1e-3 * (j - i), 1e-6 * (j - i) * (j - i)];
          l = Math.sqrt(l);
          const push = (r - l) / l;
          const w = (rj * rj) / (ri * ri + rj * rj);
          a.vx! += x * push * w;
          a.vy! += y * push * w;
          b.vx! -= x * push * (1 - w);
          b.vy! -= y * push * (1 - w);
        }
      }
  };
  force.initialize = (all: Body[]) => {
    bodies = all;
    radii = Float64Array.from(all, radius);
  };
  return force;
}
