import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, one per (name, parameters): every lookup of the same kind made
 * while a list resolves lands in one batch, so one ClickHouse query serves the whole list.
 */
export class Loaders {
  private byKey = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, params: unknown, batch: (keys: readonly K[]) => Promise<V[]>, cacheKey?: (k: K) => string): DataLoader<K, V> {
    const id = `${name}|${JSON.stringify(params)}`;
    let loader = this.byKey.get(id);
    if (!loader) {
      loader = new DataLoader<K, V, string>(batch, {
        cacheKeyFn: cacheKey ?? ((k) => (typeof k === 'string' ? k : JSON.stringify(k))),
        maxBatchSize: 1000,
      }) as DataLoader<unknown, unknown>;
      this.byKey.set(id, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Returns one result per key, in key order, from rows that name their key. */
export function byKey<R, V>(keys: readonly string[], rows: R[], keyOf: (r: R) => string, build: (rows: R[]) => V): V[] {
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return keys.map((k) => build(groups.get(k) ?? []));
}

/**
 * A per-request loader of rows by key: every key asked while a list resolves goes into one `fetch`,
 * whose rows are grouped back by `keyOf` and shaped by `build` (the repository need not keep key order).
 */
export function keyedLoader<R, V>(
  loaders: Loaders,
  name: string,
  params: unknown,
  fetch: (keys: readonly string[]) => Promise<R[]>,
  keyOf: (r: R) => string,
  build: (rows: R[]) => V,
): DataLoader<string, V> {
  return loaders.get<string, V>(name, params, async (keys) => byKey(keys, await fetch(keys), keyOf, build));
}
