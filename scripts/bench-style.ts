// npm run bench:style — what Cytoscape's style costs an element, headless (no browser): the explorer's
// node rule applied to every node, the same with its label's look as the core's defaults (a large
// graph's core: asDefaults), a node with no properties, and a link. The best of three rounds after one
// to warm up. Why the link layer and the defaults exist: README, "Links drawn by a layer of their own".
import cytoscape, { type Core } from 'cytoscape';
import { asDefaults, LABEL_LOOK, NODE_FROM_DATA } from '../web/src/features/graph-explorer/node-look.js';

const LINK = { width: 'data(width)', 'line-color': '#94a3b8', 'curve-style': 'haystack', opacity: 'data(opacity)' };
const [NODES, LINKS] = [6300, 10400];

function round(node: Record<string, unknown>, defaults: Record<string, string | number>) {
  const c: Core = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: node },
      { selector: 'edge', style: LINK },
    ] as never,
  });
  asDefaults(c, defaults);
  c.add(
    Array.from({ length: NODES }, (_, i) => ({
      data: {
        id: `n${i}`,
        label: `10.0.${i >> 8}.${i & 255}`,
        color: '#2563eb',
        shape: 'ellipse',
        size: 22 + (i % 30),
        border: '#ffffff',
        borderWidth: 1,
        opacity: 1,
      },
    })),
  );
  c.add(
    Array.from({ length: LINKS }, (_, i) => ({
      data: { id: `l${i}`, source: `n${i % NODES}`, target: `n${(i * 7 + 1) % NODES}`, width: 1 + (i % 9), opacity: 0.7 },
    })),
  );
  let t = performance.now();
  c.nodes().forEach((n) => void n.style('width'));
  const perNode = ((performance.now() - t) * 1000) / NODES;
  t = performance.now();
  c.edges().forEach((e) => void e.style('width'));
  const perLink = ((performance.now() - t) * 1000) / LINKS;
  c.destroy();
  return { perNode, perLink };
}

const best = (node: Record<string, unknown>, defaults: Record<string, string | number> = {}) => {
  round(node, defaults);
  const runs = [0, 1, 2].map(() => round(node, defaults));
  return { perNode: Math.min(...runs.map((r) => r.perNode)), perLink: Math.min(...runs.map((r) => r.perLink)) };
};

const rule = best({ ...NODE_FROM_DATA, ...LABEL_LOOK });
const withDefaults = best(NODE_FROM_DATA, LABEL_LOOK);
const none = best({});
console.log(`${NODES} nodes, ${LINKS} links, headless: the style of one element (best of 3)`);
console.log(
  `  a node, the explorer's rule (${Object.keys(NODE_FROM_DATA).length + Object.keys(LABEL_LOOK).length} properties)   ${rule.perNode.toFixed(0)} µs`,
);
console.log(`  a node, its label's look as the core's defaults   ${withDefaults.perNode.toFixed(0)} µs`);
console.log(`  a node with no properties                         ${none.perNode.toFixed(0)} µs`);
console.log(`  a link                                            ${rule.perLink.toFixed(0)} µs`);
