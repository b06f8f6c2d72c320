import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { layoutWithLinks } from './layouts';

describe('a layout that follows links, on a large graph whose links the link layer holds', () => {
  it('draws the hierarchy from the seed down, by links Cytoscape does not hold', () => {
    // a seed, 40 neighbours, and 4 of theirs each, all on one point, as a shared link's nodes start
    const c = cytoscape({ headless: true });
    const ends: { source: string; target: string }[] = [];
    c.add({ data: { id: 'seed', hop: 0 }, position: { x: 0, y: 0 } });
    for (let i = 0; i < 40; i++) {
      c.add({ data: { id: `n${i}`, hop: 1 }, position: { x: 0, y: 0 } });
      ends.push({ source: 'seed', target: `n${i}` });
      for (let j = 0; j < 4; j++) {
        c.add({ data: { id: `n${i}.${j}`, hop: 2 }, position: { x: 0, y: 0 } });
        ends.push({ source: `n${i}`, target: `n${i}.${j}` });
      }
    }
    c.$id('n0.0').lock();
    layoutWithLinks(c, 'hierarchy', true, ends);
    expect(c.edges().length).toBe(0);
    const y = (hop: number) => c.nodes(`[hop = ${hop}]`).map((n) => n.position().y);
    // one row per hop, the seed's on top
    expect(new Set(y(0)).size).toBe(1);
    expect(Math.max(...y(0))).toBeLessThan(Math.min(...y(1)));
    const below = c
      .nodes('[hop = 2]')
      .toArray()
      .filter((n) => !n.locked())
      .map((n) => n.position().y);
    expect(Math.max(...y(1))).toBeLessThan(Math.min(...below));
    // every neighbour on its own spot
    const spots = c.nodes('[hop = 1]').map((n) => `${Math.round(n.position().x)}`);
    expect(new Set(spots).size).toBe(40);
    // a pinned node stays where the analyst put it
    expect(c.$id('n0.0').position()).toEqual({ x: 0, y: 0 });
  });
});
