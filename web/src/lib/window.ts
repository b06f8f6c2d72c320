import { useSearchParams } from 'react-router-dom';
import type { TimeWindow, WindowPreset } from '../gql/graphql';

export const PRESETS: { value: WindowPreset; label: string }[] = [
  { value: 'LAST_1H', label: 'Last hour' },
  { value: 'LAST_24H', label: 'Last 24 hours' },
  { value: 'LAST_7D', label: 'Last 7 days' },
  { value: 'LAST_30D', label: 'Last 30 days' },
];

const isPreset = (v: string | null): v is WindowPreset => PRESETS.some((p) => p.value === v);

/** The page's time window, kept in the URL (`?window=LAST_24H`, or `?since=…&until=…`) so a shared link shows the same data. */
export function useWindow(fallback: WindowPreset = 'LAST_24H') {
  const [params, setParams] = useSearchParams();
  const since = params.get('since');
  const until = params.get('until');
  const preset = isPreset(params.get('window')) ? (params.get('window') as WindowPreset) : fallback;
  const window: TimeWindow = since && until ? { since, until } : { preset };
  const setWindow = (next: WindowPreset) =>
    setParams((p) => {
      p.delete('since');
      p.delete('until');
      if (next === fallback) p.delete('window');
      else p.set('window', next);
      p.delete('page');
      return p;
    });
  return { window, preset: since && until ? null : preset, setWindow };
}
