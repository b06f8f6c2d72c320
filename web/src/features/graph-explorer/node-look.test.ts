import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { asDefaults } from './node-look';

describe("a large graph's shared node look, as its core's defaults", () => {
  it('draws every label as the node rule would, without applying the shared properties node by node', () => {
    const shared = {
      'font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      color: '#1d2330',
      'text-background-opacity': 0.8,
    } as const;
    const build = (defaults: boolean) => {
      const c = cytoscape({
        headless: true,
        styleEnabled: true,
        style: [{ selector: 'node', style: { label: 'data(label)', width: 'data(size)', ...(defaults ? {} : shared) } }],
      });
      if (defaults) asDefaults(c, shared);
      c.add(Array.from({ length: 50 }, (_, i) => ({ data: { id: `ip${i}`, label: `10.0.0.${i}`, size: 22 + i } })));
      return c;
    };
    const [rule, core] = [build(false), build(true)];
    for (const name of [...Object.keys(shared), 'label', 'width'])
      expect(
        core.nodes().map((n) => n.style(name)),
        name,
      ).toEqual(rule.nodes().map((n) => n.style(name)));
    // (what a node applies, and hashes, is what its data sets)
    const applied = (c: cytoscape.Core) => Object.keys((c.nodes()[0] as unknown as { _private: { style: object } })._private.style).length;
    expect(applied(core)).toBe(applied(rule) - Object.keys(shared).length);
  });
});
