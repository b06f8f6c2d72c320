import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { forceLayout } from './force-layout';

/** Countries, each with its ASes, subnets and IPs (every IP linked to all three): the explorer's largest graphs' shape. */
function countries(count: number, ipsEach: number) {
  const c = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }] });
  let seed = 7;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  for (let k = 0; k < count; k++) {
    // every country drawn from one point, as a shared link's nodes start before the layout
    c.add({ data: { id: `c${k}`, size: 40 }, position: { x: 0, y: 0 } });
    for (let a = 0; a < 3; a++) c.add({ data: { id: `a${k}.${a}`, size: 30 }, position: { x: 0, y: 0 } });
    for (let s = 0; s < ipsEach / 4; s++) c.add({ data: { id: `s${k}.${s}`, size: 24 }, position: { x: 0, y: 0 } });
    for (let i = 0; i < ipsEach; i++) {
      const ip = `i${k}.${i}`;
      c.add({ data: { id: ip, size: 22 + random() * 20 }, position: { x: random() * 10, y: random() * 10 } });
      for (const to of [`c${k}`, `a${k}.${i % 3}`, `s${k}.${Math.floor(i / 4)}`]) c.add({ data: { id: `${ip}-${to}`, source: ip, target: to } });
    }
  }
  return c;
}

describe('the force layout of a large graph', () => {
  it('spreads 1,000 nodes stacked on one point into nodes that barely touch, keeping each country together', () => {
    const c = countries(8, 100);
    forceLayout(c, true);
    const nodes = c.nodes().toArray();
    let overlapping = 0;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const [p, q] = [nodes[i]!.position(), nodes[j]!.position()];
        if (Math.hypot(p.x - q.x, p.y - q.y) < (nodes[i]!.width() + nodes[j]!.width()) / 2 - 4) overlapping++;
      }
    // the canvas separates what is left of a touch; a stacked layout would leave thousands of pairs
    expect(overlapping).toBeLessThan(nodes.length * 0.02);
    // an IP sits nearer its own country than the other countries
    const near = c.nodes('[id ^= "i"]').filter((ip) => {
      const own = ip.id().slice(1).split('.')[0]!;
      const d = (k: number) => Math.hypot(ip.position().x - c.$id(`c${k}`).position().x, ip.position().y - c.$id(`c${k}`).position().y);
      return Array.from({ length: 8 }, (_, k) => k).every((k) => String(k) === own || d(Number(own)) < d(k));
    });
    expect(near.length).toBeGreaterThan(0.95 * 800);
  });

  it('leaves a pinned node where the analyst put it', () => {
    const c = countries(2, 400);
    c.$id('c0').position({ x: 1234, y: -567 }).lock();
    forceLayout(c, true);
    expect(c.$id('c0').position()).toEqual({ x: 1234, y: -567 });
    expect(c.$id('c1').position()).not.toEqual({ x: 0, y: 0 });
  });
});
