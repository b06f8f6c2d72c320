import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { ExplorerExpandQuery as ExpandData, ExplorerSeedQuery as SeedData, WindowPreset } from '../../gql/graphql';
import { ExplorerExpandQuery, ExplorerSeedQuery } from './queries';
import { stepId, type Step } from './state';

/** Neighbours fetched per expansion: enough to group, open and read; the totals say how many more exist. */
export const EXPAND_FIRST = 100;

export type StepResult =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'seed'; entity: SeedData['entity'] }
  | { status: 'expand'; groups: NonNullable<ExpandData['entity']>['neighbors'] };

/**
 * Fetches what each step needs, each once per window (Apollo's cache keeps them): adding a step
 * fetches only that step, and replaying a shared link fetches every step at once, in parallel.
 */
export function useExplorerData(steps: Step[], window: WindowPreset) {
  const client = useApolloClient();
  const [results, setResults] = useState(() => new Map<string, StepResult>());
  const requested = useRef(new Set<string>());
  const [attempt, setAttempt] = useState(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    const set = (key: string, r: StepResult) => mounted.current && setResults((m) => new Map(m).set(key, r));
    for (const step of steps) {
      if (step.kind === 'open') continue;
      const key = `${window}|${stepId(step)}`;
      if (requested.current.has(key)) continue;
      requested.current.add(key);
      set(key, { status: 'loading' });
      const vars = { type: step.node.type, value: step.node.key, window: { preset: window } };
      const run =
        step.kind === 'seed'
          ? client.query({ query: ExplorerSeedQuery, variables: vars }).then((r) => ({ status: 'seed' as const, entity: r.data?.entity ?? null }))
          : client
              .query({ query: ExplorerExpandQuery, variables: { ...vars, types: [step.type], first: EXPAND_FIRST } })
              .then((r) => ({ status: 'expand' as const, groups: r.data?.entity?.neighbors ?? [] }));
      run
        .then((r) => set(key, r))
        .catch((e: Error) => {
          requested.current.delete(key);
          set(key, { status: 'error', message: e.message });
        });
    }
  }, [steps, window, client, attempt]);

  const get = useCallback((step: Step) => results.get(`${window}|${stepId(step)}`), [results, window]);
  /** Asks again for the steps that failed. */
  const retry = () => setAttempt((n) => n + 1);
  return { get, retry };
}
