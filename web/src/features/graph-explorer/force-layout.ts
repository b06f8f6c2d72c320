import type { Core } from 'cytoscape';
import { diameter, linkEnds, type LinkEnds } from './geometry';
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

interface Body extends SimulationNodeDatum {
  id: string;
  r: number;
}

/**
 * A Barnes-Hut force layout (d3-force) for large graphs. fCoSE's cost grows faster than the graph:
 * measured in Chromium on 2 cores, 1.7–2.3 s at 1,000 nodes and 22 s at 5,000, where this one takes
 * 0.5–0.6 s and 2.3–2.8 s. Nodes start where they stand (new ones on a ring around their parent),
 * pinned nodes stay put, and a graph that was laid out before moves less (`fresh` false: a cooler start).
 * With `only`, the nodes an expansion added move and every other node stays where it was.
 */
export function forceLayout(c: Core, fresh: boolean, only?: ReadonlySet<string>, ends: readonly LinkEnds[] = linkEnds(c)) {
  // with `only`, the nodes an expansion added: they settle among their neighbours, which stay where the
  // analyst has seen them (the simulation holds those nodes alone, so it costs what the expansion adds)
  // (every node on the canvas is shown, and asking `:visible` or a width would compute its style)
  const held = new Set(only);
  if (only) for (const { source, target } of ends) if (only.has(source) || only.has(target)) held.add(source).add(target);
  const nodes = only ? c.nodes().filter((n) => held.has(n.id())) : c.nodes();
  const bodies: Body[] = nodes.map((n) => {
    const p = n.position();
    return { id: n.id(), r: diameter(n) / 2, x: p.x, y: p.y, ...(n.locked() || (only && !only.has(n.id())) ? { fx: p.x, fy: p.y } : {}) };
  });
  const index = new Map(bodies.map((b, i) => [b.id, i]));
  const links = ends
    .map((e) => ({ source: index.get(e.source), target: index.get(e.target) }))
    .filter((l): l is { source: number; target: number } => l.source !== undefined && l.target !== undefined);
  // fewer rounds as the graph grows: each costs ~n log n, and positions that start on rings settle early
  const ticks = only ? 30 : !fresh ? 40 : bodies.length > 2500 ? 60 : 100;
  const simulation = forceSimulation(bodies)
    .stop()
    .alpha(fresh ? 1 : 0.3)
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force('link', forceLink(links).distance(40))
    .force('charge', forceManyBody().strength(-120).theta(1.2).distanceMax(1500))
    .force('collide', forceCollide<Body>((b) => b.r + 5).iterations(1))
    // disconnected parts drift apart without it (an expansion's nodes are held by their neighbours)
    .force('x', forceX(0).strength(only ? 0 : 0.02))
    .force('y', forceY(0).strength(only ? 0 : 0.02));
  simulation.tick(ticks);
  c.batch(() => nodes.forEach((n, i) => void (bodies[i]!.fx === undefined && n.position({ x: bodies[i]!.x!, y: bodies[i]!.y! }))));
}
