import type { ClickHouseSettings } from '@clickhouse/client';
import type { Db } from '../../db/client.js';
import { createLayerRepository } from './layer.repository.js';

/**
 * An install writes each chunk's rows as parts of their own, and a key's rows then sit in every
 * part: a read costs a granule per part (at scale 100, 22 parts made the IP investigation read 7 ×
 * its merged rows). The server's background merges join them in their time; this joins each
 * partition of the hourly tables now, one at a time, oldest first.
 */
export async function joinInstalledParts(
  db: Db,
  opts: { settings?: ClickHouseSettings; onProgress?: (p: { done: number; total: number; current: string }) => void } = {},
): Promise<{ partitions: number; parts: number }> {
  const repo = createLayerRepository(db);
  const todo = await repo.partsToJoin();
  for (const [i, p] of todo.entries()) {
    opts.onProgress?.({ done: i, total: todo.length, current: `${p.table} ${p.partition_id} (${p.parts} parts, ${Number(p.rows).toLocaleString('en')} rows)` });
    await repo.joinParts(p.table, p.partition_id, opts.settings ?? {});
  }
  opts.onProgress?.({ done: todo.length, total: todo.length, current: '' });
  return { partitions: todo.length, parts: todo.reduce((n, p) => n + Number(p.parts), 0) };
}
