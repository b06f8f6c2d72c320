import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { forceLayout } from './force-layout';
import { linkEnds } from './geometry';

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

  // (a large graph's links are drawn by the link layer, not held by Cytoscape: the layout is given them)
  it.each([
    ['Cytoscape holds the links', false],
    ['the links are given, as the canvas gives a large graph’s', true],
  ])('lays out what an expansion adds among nodes that stay where the analyst saw them (%s)', (_, given) => {
    const c = countries(6, 150);
    const layer = () => {
      const ends = linkEnds(c);
      if (given) c.edges().remove();
      return ends;
    };
    forceLayout(c, true, undefined, layer());
    const before = new Map(c.nodes().map((n) => [n.id(), { ...n.position() }]));
    // a new country's 200 IPs, linked to the ASes already drawn and starting on a ring around the new country
    const at = c.$id('a0.0').position();
    c.add({ data: { id: 'cx', size: 40 }, position: { x: at.x + 300, y: at.y } });
    const added = new Set(['cx']);
    for (let i = 0; i < 200; i++) {
      const angle = (2 * Math.PI * i) / 200;
      c.add({ data: { id: `ix${i}`, size: 24 }, position: { x: at.x + 300 + 1000 * Math.cos(angle), y: at.y + 1000 * Math.sin(angle) } });
      added.add(`ix${i}`);
      for (const to of ['cx', `a${i % 6}.0`]) c.add({ data: { id: `ix${i}-${to}`, source: `ix${i}`, target: to } });
    }
    const ends = layer();
    expect(c.edges().length).toBe(given ? 0 : ends.length);
    forceLayout(c, false, added, ends);
    // every node drawn before is exactly where it was
    for (const [id, p] of before) expect(c.$id(id).position(), id).toEqual(p);
    // the new ones settled towards their two neighbours (the new country and an AS drawn before), each on its own spot
    const neighbours = (id: string) => ends.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []));
    const span = (id: string, p: { x: number; y: number }) =>
      neighbours(id).reduce((sum, m) => sum + Math.hypot(c.$id(m).position().x - p.x, c.$id(m).position().y - p.y), 0);
    const ips = [...added].filter((id) => id !== 'cx');
    const closer = ips.filter((id, i) => {
      const start = { x: at.x + 300 + 1000 * Math.cos((2 * Math.PI * i) / 200), y: at.y + 1000 * Math.sin((2 * Math.PI * i) / 200) };
      return span(id, c.$id(id).position()) < span(id, start);
    });
    expect(closer.length).toBeGreaterThan(0.9 * ips.length);
    expect(new Set(ips.map((id) => `${Math.round(c.$id(id).position().x)}:${Math.round(c.$id(id).position().y)}`)).size).toBe(ips.length);
  });
});
