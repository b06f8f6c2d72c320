import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { TimeWindow, WindowPreset } from '../gql/graphql';

export const PRESETS: { value: WindowPreset; label: string }[] = [
  { value: 'LAST_1H', label: 'Last hour' },
  { value: 'LAST_24H', label: 'Last 24 hours' },
  { value: 'LAST_72H', label: 'Last 72 hours' },
  { value: 'LAST_7D', label: 'Last 7 days' },
  { value: 'LAST_30D', label: 'Last 30 days' },
];

/** Windows of pages that read only the graph layer (the explorer): up to a year, where raw rows stop at 31 days. */
export const LAYER_PRESETS: { value: WindowPreset; label: string }[] = [
  ...PRESETS,
  { value: 'LAST_90D', label: 'Last 90 days' },
  { value: 'LAST_365D', label: 'Last 365 days' },
];

/** The window for a field that reads raw rows (at most 31 days): the page's, or the last 30 days when it is longer. */
export const rawWindow = (preset: WindowPreset): WindowPreset => (PRESETS.some((p) => p.value === preset) ? preset : 'LAST_30D');

const isPreset = (v: string | null): v is WindowPreset => PRESETS.some((p) => p.value === v);

const CARRIED = 'ja4graph.window';

/**
 * The window the analyst is looking at, carried from page to page in this tab: a drill-down from
 * the dashboard's 24 hours shows the same 24 hours, not the next page's own default.
 */
export function carriedWindow(fallback: WindowPreset): WindowPreset {
  try {
    const w = sessionStorage.getItem(CARRIED);
    return isPreset(w) ? w : fallback;
  } catch {
    return fallback;
  }
}

export function carryWindow(w: WindowPreset) {
  try {
    sessionStorage.setItem(CARRIED, w);
  } catch {
    /* storage disabled: each page keeps its own default */
  }
}

/**
 * The page's time window, kept in the URL (`?window=LAST_24H`, or `?since=…&until=…`) so a shared
 * link shows the same data; without one, the window carried from the previous page, else `fallback`.
 */
export function useWindow(fallback: WindowPreset = 'LAST_24H') {
  const [params, setParams] = useSearchParams();
  const since = params.get('since');
  const until = params.get('until');
  const [initial] = useState(() => carriedWindow(fallback));
  const preset = isPreset(params.get('window')) ? (params.get('window') as WindowPreset) : initial;
  const window: TimeWindow = since && until ? { since, until } : { preset };
  useEffect(() => {
    if (!(since && until)) carryWindow(preset);
  }, [preset, since, until]);
  const setWindow = (next: WindowPreset) =>
    setParams((p) => {
      p.delete('since');
      p.delete('until');
      p.set('window', next);
      p.delete('page');
      return p;
    });
  return { window, preset: since && until ? null : preset, setWindow };
}
