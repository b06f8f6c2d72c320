import { describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { groupLayout } from './group-layout';

/**
 * The canvas at its largest, in small: countries with hundreds of IPs each, every IP also under one of its
 * country's three ASes or a cloud AS that spans every country, and apart from them a JA4 with its own IPs
 * (a second component). Every node starts on one point, as a shared link's nodes do before the layout.
 */
function countries(count: number, ipsEach: number) {
  const c = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }] });
  let seed = 11;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  // (a position object each: Cytoscape keeps the object it is given)
  const at = () => ({ x: 0, y: 0 });
  c.add({ data: { id: 'cloud', size: 40 }, position: at() });
  for (let k = 0; k < count; k++) {
    c.add({ data: { id: `c${k}`, size: 40 }, position: at() });
    for (let a = 0; a < 3; a++) c.add({ data: { id: `a${k}.${a}`, size: 34 }, position: at() });
    for (let i = 0; i < ipsEach; i++) {
      const ip = `i${k}.${i}`;
      c.add({ data: { id: ip, size: 22 + Math.floor(random() * 25) }, position: at() });
      for (const to of [`c${k}`, i % 4 === 3 ? 'cloud' : `a${k}.${i % 4}`]) c.add({ data: { id: `${ip}-${to}`, source: ip, target: to } });
    }
  }
  c.add({ data: { id: 'j', size: 40 }, position: at() });
  for (let i = 0; i < 60; i++) c.add([{ data: { id: `jip${i}`, size: 24 }, position: at() }, { data: { id: `jip${i}-j`, source: `jip${i}`, target: 'j' } }]);
  return c;
}

const distance = (c: Core, a: string, b: string) => Math.hypot(c.$id(a).position().x - c.$id(b).position().x, c.$id(a).position().y - c.$id(b).position().y);

describe('the layout of a large graph by its shape', () => {
  it("draws 2,500 nodes without two of them overlapping, every disc on its country's side, each IP beside the IPs that share its links", () => {
    const c = countries(8, 300);
    expect(groupLayout(c)).toBe(true);
    const nodes = c.nodes().toArray();
    let overlapping = 0;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const [p, q] = [nodes[i]!.position(), nodes[j]!.position()];
        if (Math.hypot(p.x - q.x, p.y - q.y) < (nodes[i]!.width() + nodes[j]!.width()) / 2) overlapping++;
      }
    expect(overlapping).toBe(0);
    const ips = c.nodes('[id ^= "i"]').map((n) => n.id());
    // each disc (the IPs of one country and one AS) is drawn on its country's side: nearer its country
    // than half the others (countries pulled together by a cloud AS that spans them all cannot all be
    // further apart than their discs are wide, so "nearer than every other" does not hold for any layout)
    const centre = (members: string[]) => ({
      x: members.reduce((sum, id) => sum + c.$id(id).position().x, 0) / members.length,
      y: members.reduce((sum, id) => sum + c.$id(id).position().y, 0) / members.length,
    });
    for (let k = 0; k < 8; k++)
      for (const as of [`a${k}.0`, `a${k}.1`, `a${k}.2`, 'cloud']) {
        const disc = centre(ips.filter((ip) => c.$id(ip).neighborhood(`#c${k}`).nonempty() && c.$id(ip).neighborhood(`[id = "${as}"]`).nonempty()));
        const to = (id: string) => Math.hypot(c.$id(id).position().x - disc.x, c.$id(id).position().y - disc.y);
        const nearer = Array.from({ length: 8 }, (_, o) => o).filter((o) => o !== k && to(`c${o}`) < to(`c${k}`));
        expect(nearer.length, `countries nearer the disc of c${k} and ${as}`).toBeLessThan(4);
      }
    // its nearest IP shares its country and its AS (the IPs of one country and AS are drawn as one disc)
    const at = new Map(ips.map((ip) => [ip, c.$id(ip).position()]));
    const links = (ip: string) =>
      c
        .$id(ip)
        .neighborhood()
        .nodes()
        .map((n) => n.id())
        .sort()
        .join();
    const together = ips.filter((ip) => {
      const [p, others] = [at.get(ip)!, ips.filter((o) => o !== ip)];
      const gap = (o: string) => Math.hypot(at.get(o)!.x - p.x, at.get(o)!.y - p.y);
      return links(others.reduce((best, o) => (gap(o) < gap(best) ? o : best))) === links(ip);
    });
    expect(together.length).toBeGreaterThan(0.98 * ips.length);
    // the JA4 and its IPs (another component) are drawn beside the countries, not among them: no node of
    // the countries' component lies within the circle that holds the JA4's IPs
    const ja4Ips = c.nodes('[id ^= "jip"]').map((n) => n.id());
    const mid = centre(ja4Ips);
    const from = (id: string) => Math.hypot(c.$id(id).position().x - mid.x, c.$id(id).position().y - mid.y);
    const reach = Math.max(...ja4Ips.map(from));
    const among = c.nodes().filter((n) => n.id() !== 'j' && !n.id().startsWith('jip') && from(n.id()) < reach);
    expect(among.map((n) => n.id())).toEqual([]);
  });

  it('leaves a pinned node where the analyst put it, and a pinned IP out of its disc', () => {
    const c = countries(3, 200);
    c.$id('c1').position({ x: 5000, y: -3000 }).lock();
    c.$id('i0.7').position({ x: -4000, y: 4000 }).lock();
    groupLayout(c);
    expect(c.$id('c1').position()).toEqual({ x: 5000, y: -3000 });
    expect(c.$id('i0.7').position()).toEqual({ x: -4000, y: 4000 });
    // the pinned country's IPs were laid out towards it
    expect(distance(c, 'i1.0', 'c1')).toBeLessThan(distance(c, 'i1.0', 'c0'));
  });

  it('leaves a graph that is not hubs and leaves to the other layout, moving nothing', () => {
    // 2,000 IPs each presenting 5 of 400 JA4s: no IP is a leaf, so its shape would be every node
    const c = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }] });
    for (let j = 0; j < 400; j++) c.add({ data: { id: `j${j}`, size: 30 }, position: { x: j, y: 0 } });
    for (let i = 0; i < 2000; i++) {
      c.add({ data: { id: `i${i}`, size: 24 }, position: { x: i, y: 1 } });
      for (let k = 0; k < 5; k++) c.add({ data: { id: `i${i}-${k}`, source: `i${i}`, target: `j${(i * 7 + k * 53) % 400}` } });
    }
    const before = c.nodes().map((n) => ({ ...n.position() }));
    expect(groupLayout(c)).toBe(false);
    expect(c.nodes().map((n) => ({ ...n.position() }))).toEqual(before);
  });
});
