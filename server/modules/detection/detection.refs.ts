import type { Context } from '../../context.js';
import { byKey } from '../../schema/loaders.js';
import { windowKey, type Window } from '../../schema/window.js';
import type { Dim } from '../../graph/columns.sql.js';
import { createDetectionRepository, type DetectionRow, type DetectionTable } from './detection.repository.js';
import { builder } from '../../schema/builder.js';
import type { EntityParent } from '../../graph/entity.refs.js';

/** A detection reached by id carries no row; one reached through a list carries it already. */
export type DetectionParent = EntityParent & { row?: DetectionRow };

export const DetectionRef = builder.objectRef<EntityParent>('Detection');

/** The detection module's loaders: by id, and by entity. */
export function detectionById(ctx: Context) {
  return ctx.loaders.get<string, DetectionRow | undefined>('detection.byId', {}, async (ids) =>
    byKey(
      ids,
      await createDetectionRepository(ctx.db).byIds(ids),
      (r) => r.id,
      (rs) => rs[0],
    ),
  );
}

export async function detectionRow(ctx: Context, p: DetectionParent): Promise<DetectionRow> {
  const row = p.row ?? (await detectionById(ctx).load(p.key));
  if (!row) throw new Error(`detection ${p.key} vanished while resolving`);
  return row;
}

/**
 * A value of the detection's row. A page of 50 detections resolves ~1,500 such fields: read at once
 * when the parent carries its row (a list did), no promise per field.
 */
export function fromDetectionRow<T>(ctx: Context, p: EntityParent, pick: (r: DetectionRow) => T): T | Promise<T> {
  const { row } = p as DetectionParent;
  return row ? pick(row) : detectionRow(ctx, p).then(pick);
}

export function detectionsByEntity(ctx: Context, kind: Dim, w: Window, limit: number, table: DetectionTable) {
  return ctx.loaders.get<string, DetectionRow[]>('detection.byEntity', { kind, w: windowKey(w), limit, table }, async (keys) =>
    byKey(
      keys,
      await createDetectionRepository(ctx.db).byEntity(kind, keys, w, limit, table),
      (r) => r.key!,
      (rs) => rs,
    ),
  );
}

/** Ascending or descending: the sort direction every sortable list takes. */
export { SortDirectionEnum } from './detection.inputs.js';
