import { describe, expect, it } from 'vitest';
import { canvasInput, entitiesOf, isUnsaved, type CanvasNow } from './canvas';

const now = (n: number): CanvasNow => ({
  steps: ['s|JA4|t13d1011h2_61a7ad8aa9b6_3a8073edd8ef', 'a|JA4|t13d1011h2_61a7ad8aa9b6_3a8073edd8ef'],
  window: 'LAST_7D',
  layout: 'force',
  nodes: Array.from({ length: n }, (_, i) => ({
    id: `IP:10.0.${Math.floor(i / 250)}.${i % 250}`,
    type: 'IP' as const,
    key: `10.0.${Math.floor(i / 250)}.${i % 250}`,
    group: false,
    pinned: i < 3,
  })),
  hidden: [],
  positions: Array.from({ length: n }, (_, i) => ({ node: `IP:10.0.${Math.floor(i / 250)}.${i % 250}`, x: i * 1.5, y: -i })),
});

describe('what a saved investigation keeps of the canvas', () => {
  it('sees unsaved changes in the steps, the window and the layout, and none when they match', () => {
    const saved = { steps: now(1).steps, window: 'LAST_7D' as const, layout: 'force' };
    expect(isUnsaved(saved, now(1))).toBe(false);
    expect(isUnsaved(saved, { ...now(1), steps: [...now(1).steps, 'h|IP:10.0.0.1'] })).toBe(true);
    expect(isUnsaved(saved, { ...now(1), window: 'LAST_24H' })).toBe(true);
    expect(isUnsaved(saved, { ...now(1), layout: 'concentric' })).toBe(true);
    expect(isUnsaved(null, now(1))).toBe(true);
  });

  it('saves the entities inside groups too, each once, and keeps positions within the request budget: all, then pinned only', () => {
    const small = now(20);
    const members = [
      { type: 'ASN' as const, key: '3215' },
      { type: 'IP' as const, key: '10.0.0.1' },
    ];
    const saved = entitiesOf({ ...small, nodes: [...small.nodes, { id: 'group:x>ASN', type: 'ASN', key: 'x', group: true, pinned: false, members }] });
    expect(saved).toHaveLength(21);
    expect(saved).toContainEqual({ type: 'ASN', value: '3215' });
    expect(saved.filter((e) => e.value === 'x')).toEqual([]);
    expect(canvasInput(small).positions).toHaveLength(20);
    const large = canvasInput(now(1000));
    expect(large.positions!.map((p) => p.node)).toEqual(['IP:10.0.0.0', 'IP:10.0.0.1', 'IP:10.0.0.2']);
    expect(large.pinned).toHaveLength(3);
    expect(JSON.stringify({ ...large, entities: entitiesOf(now(1000)) }).length).toBeLessThan(64 * 1024);
  });
});
