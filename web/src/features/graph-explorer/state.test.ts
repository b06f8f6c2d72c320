import { describe, expect, it } from 'vitest';
import { addStep, decodeStep, encodeStep, readState, undo, writeState, type Step } from './state';

describe('explorer state in the URL', () => {
  const steps: Step[] = [
    { kind: 'seed', node: { type: 'IP', key: '203.0.113.7' } },
    { kind: 'expand', node: { type: 'IP', key: '203.0.113.7' }, type: 'JA4' },
    { kind: 'expand', node: { type: 'USER_AGENT', key: 'Mozilla/5.0 (X11; Linux) | pipe é' }, type: 'IP' },
    { kind: 'open', node: { type: 'JA4', key: 't13d1516h2_8daaf6152771_02713d6af862' }, type: 'IP' },
    { kind: 'seed', node: { type: 'SUBNET', key: '2001:db8::/64' } },
  ];

  it('round-trips every step, whatever characters the key holds', () => {
    for (const s of steps) expect(decodeStep(encodeStep(s))).toEqual(s);
    const state = { window: 'LAST_24H' as const, steps, selected: 'IP:203.0.113.7', view: 'table' as const };
    expect(readState(new URLSearchParams(writeState(state).toString()))).toEqual(state);
  });

  it('turns a page’s “open in graph” seed into a step and ignores what it cannot read', () => {
    const s = readState(new URLSearchParams('seed=JA4:t13d1011h2_61a7ad8aa9b6_3a8073edd8ef&step=zz|IP|x&step=x|NOPE|1.2.3.4|IP&w=LAST_99'));
    expect(s.steps).toEqual([{ kind: 'seed', node: { type: 'JA4', key: 't13d1011h2_61a7ad8aa9b6_3a8073edd8ef' } }]);
    expect(s.window).toBe('LAST_7D');
    expect(s.view).toBe('graph');
  });

  it('does not repeat a step, and undo drops the last one', () => {
    let s = readState(new URLSearchParams());
    s = addStep(s, steps[0]!);
    s = addStep(s, steps[1]!);
    s = addStep(s, steps[1]!);
    expect(s.steps).toEqual([steps[0], steps[1]]);
    expect(undo(s).steps).toEqual([steps[0]]);
    expect(undo(undo(undo(s))).steps).toEqual([]);
  });
});
