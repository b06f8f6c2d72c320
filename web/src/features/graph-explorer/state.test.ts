import { describe, expect, it } from 'vitest';
import { addStep, decodeStep, encodeStep, keepUnchanged, liveSteps, NO_FILTER, readState, redo, undo, writeState, type Step } from './state';

describe('explorer state in the URL', () => {
  const steps: Step[] = [
    { kind: 'seed', node: { type: 'IP', key: '203.0.113.7' } },
    { kind: 'expand', node: { type: 'IP', key: '203.0.113.7' }, type: 'JA4' },
    { kind: 'expand', node: { type: 'USER_AGENT', key: 'Mozilla/5.0 (X11; Linux) | pipe é' }, type: 'IP' },
    { kind: 'expand', node: { type: 'COUNTRY', key: 'US' }, type: 'IP', first: 500 },
    { kind: 'open', node: { type: 'JA4', key: 't13d1516h2_8daaf6152771_02713d6af862' }, type: 'IP' },
    { kind: 'seed', node: { type: 'SUBNET', key: '2001:db8::/64' } },
    { kind: 'all', node: { type: 'ASN', key: '16276' } },
    {
      kind: 'bulk',
      type: 'ASN',
      nodes: [
        { type: 'IP', key: '203.0.113.7' },
        { type: 'USER_AGENT', key: 'a,b|c:d' },
      ],
    },
    { kind: 'regroup', node: { type: 'JA4', key: 't13d1516h2_8daaf6152771_02713d6af862' }, type: 'IP' },
    { kind: 'hide', ids: ['IP:203.0.113.7', 'group:JA4:t13d>IP'] },
    { kind: 'collapse', node: { type: 'HOST', key: 'www.example.com' } },
    { kind: 'pin', ids: ['ASN:16276'], on: true },
    { kind: 'pin', ids: ['ASN:16276'], on: false },
    {
      kind: 'connect',
      nodes: [
        { type: 'IP', key: '203.0.113.7' },
        { type: 'JA4', key: 't13d1516h2_8daaf6152771_02713d6af862' },
      ],
    },
    { kind: 'clear' },
  ];

  it('round-trips every step, whatever characters the key holds', () => {
    for (const s of steps) expect(decodeStep(encodeStep(s))).toEqual(s);
    const state = {
      window: 'LAST_24H' as const,
      steps,
      redo: [steps[0]!],
      selected: ['IP:203.0.113.7', 'ASN:16276'],
      view: 'table' as const,
      layout: 'concentric' as const,
      filter: { hiddenTypes: ['HOST' as const], levels: ['CRITICAL' as const, 'NONE' as const], minWeight: 50, verdict: 'MALICIOUS' as const, find: 'ovh' },
      brush: ['2026-11-28T00:00:00.000Z', '2026-11-29T06:00:00.000Z'] as [string, string],
      inv: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    };
    expect(readState(new URLSearchParams(writeState(state).toString()))).toEqual(state);
  });

  it('opens a page’s “open in graph” seed with its first-level links, selected, and ignores what it cannot read', () => {
    const node = { type: 'JA4' as const, key: 't13d1011h2_61a7ad8aa9b6_3a8073edd8ef' };
    const s = readState(
      new URLSearchParams(
        `seed=JA4:${node.key}&step=zz|IP|x&step=x|NOPE|1.2.3.4|IP&step=b|IP|&step=x|COUNTRY|US|IP|501&step=x|COUNTRY|US|IP|0&step=x|COUNTRY|US|IP|1e2&w=LAST_99&fl=__proto__&layout=nope`,
      ),
    );
    expect(s.steps).toEqual([
      { kind: 'seed', node },
      { kind: 'all', node },
    ]);
    expect(s.selected).toEqual([`JA4:${node.key}`]);
    expect(s.window).toBe('LAST_7D');
    expect(s.view).toBe('graph');
    expect(s.layout).toBe('force');
    expect(s.filter).toEqual(NO_FILTER);
  });

  it('does not fetch the same thing twice since the last Clear; undo and redo reach every step, Clear included', () => {
    let s = readState(new URLSearchParams());
    s = addStep(s, steps[0]!);
    s = addStep(s, steps[1]!);
    s = addStep(s, steps[1]!);
    expect(s.steps).toEqual([steps[0], steps[1]]);
    s = addStep(s, { kind: 'clear' });
    expect(liveSteps(s.steps)).toEqual([]);
    // after a Clear the same seed is a new step
    s = addStep(s, steps[0]!);
    expect(liveSteps(s.steps)).toEqual([steps[0]]);
    const undone = undo(undo(s));
    expect(liveSteps(undone.steps)).toEqual([steps[0], steps[1]]);
    expect(undone.redo).toEqual([steps[0], { kind: 'clear' }]);
    expect(redo(redo(undone))).toEqual(s);
    expect(undo(undo(undo(undo(undo(s))))).steps).toEqual([]);
    // a new step forgets what was undone
    expect(addStep(undone, steps[4]!).redo).toEqual([]);
  });

  it('keeps the steps and the filter the same objects when a click changes only the selection, and replaces what changed', () => {
    const url = (selected: string[], find = '') =>
      readState(new URLSearchParams(writeState({ ...readState(new URLSearchParams()), steps, selected, filter: { ...NO_FILTER, find } }).toString()));
    const first = keepUnchanged(null, url(['IP:203.0.113.7']));
    const clicked = keepUnchanged(first, url(['ASN:16276']));
    expect(clicked.steps).toBe(first.steps);
    expect(clicked.filter).toBe(first.filter);
    expect(clicked.selected).toEqual(['ASN:16276']);
    const found = keepUnchanged(clicked, url(['ASN:16276'], 'ovh'));
    expect(found.filter).not.toBe(clicked.filter);
    expect(found.filter.find).toBe('ovh');
    expect(found.steps).toBe(first.steps);
  });
});
