import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { emptyStyleCachesDirectly } from './large-canvas';

describe("a large graph's style caches, emptied without collections", () => {
  it('still tells a link it is hidden when one of its nodes is, and shown again after', () => {
    const c = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        { data: { id: 'country' } },
        ...Array.from({ length: 30 }, (_, i) => ({ data: { id: `ip${i}` } })),
        ...Array.from({ length: 30 }, (_, i) => ({ data: { id: `l${i}`, source: 'country', target: `ip${i}` } })),
      ],
    });
    emptyStyleCachesDirectly(c);
    // (each link's visibility is cached in its style cache, and depends on both its nodes)
    const hidden = () =>
      c
        .edges()
        .filter((l) => !l.visible())
        .map((l) => l.id());
    expect(hidden()).toEqual([]);
    c.getElementById('country').style('display', 'none');
    expect(hidden()).toHaveLength(30);
    c.getElementById('country').style('display', 'element');
    expect(hidden()).toEqual([]);
    c.getElementById('ip7').style('display', 'none');
    expect(hidden()).toEqual(['l7']);
  });
});
