import type { PanelProps } from './Panel';

/** What a panel needs of a query result (Apollo's, or one of a hook built on it). */
export interface PanelQuery {
  loading: boolean;
  data?: unknown;
  error?: { message: string } | null;
  refetch: () => Promise<unknown>;
}

/** Loading until the first answer only: a refetch or a poll keeps the last answer on screen. */
export const firstLoad = (q: Pick<PanelQuery, 'loading' | 'data'>): boolean => q.loading && !q.data;

/** A query's states as a panel shows them: loading until its first answer, its error, and a retry. */
export function panelStates(q: PanelQuery): Pick<PanelProps, 'loading' | 'error' | 'onRetry'> {
  return { loading: firstLoad(q), error: q.error ?? null, onRetry: () => void q.refetch() };
}

/** A panel's part of its page's one query (see lib/page-query) as the panel shows it. */
export function sliceStates(s: { loading: boolean; error?: { message: string } | null; retry: () => void }): Pick<PanelProps, 'loading' | 'error' | 'onRetry'> {
  return { loading: s.loading, error: s.error ?? null, onRetry: s.retry };
}
