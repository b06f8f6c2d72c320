import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { canWrite } from '../../auth.js';
import { appError, badInput, uuidOf } from '../../schema/errors.js';
import { chTime } from '../../db/versioned.js';
import { auditedWrite, refuseWrite, writeStamp, type WriteAttempt } from '../audit/audit.refs.js';
import { seenLoader } from '../../graph/entity.loaders.js';
import { parseKey, type EntityKind } from '../../graph/entity.kinds.js';
import type { Dim } from '../../graph/columns.sql.js';
import { investigationsById } from '../saved-investigation/saved-investigation.refs.js';
import { createWatchRepository, type WatchRow } from './watch.repository.js';
import { rulesOf, WATCHABLE, type RuleInput } from './watch.rules.js';

export const NAME_MAX = 200;
/** A watch never muted: its `muted_until` is the epoch. */
export const NEVER = '1970-01-01 00:00:00.000';

export interface WatchInput {
  name?: string | null;
  entity?: { type: EntityKind; value: string } | null;
  investigation?: string | null;
  rules: RuleInput[];
  visibility?: 'private' | 'team' | null;
}

export interface WatchChanges {
  name?: string | null;
  rules?: RuleInput[] | null;
  visibility?: 'private' | 'team' | null;
  /** A date to mute it until; the epoch (or a past date) unmutes. */
  mutedUntil?: Date | null;
  version?: number | null;
}

const isAdmin = (ctx: Context) => ctx.viewer.role === 'admin';
export const canSee = (ctx: Context, w: Pick<WatchRow, 'owner' | 'visibility' | 'deleted'>) =>
  !w.deleted && (w.owner === ctx.viewer.user || w.visibility === 'team' || isAdmin(ctx));
export const canChange = (ctx: Context, w: WatchRow) => canWrite(ctx.viewer) && !w.deleted && (w.owner === ctx.viewer.user || isAdmin(ctx));

const nameOf = (name: string | null | undefined, fallback: string) => {
  const v = (name ?? '').trim() || fallback;
  if (v.length > NAME_MAX) throw badInput(`\`name\` is at most ${NAME_MAX} characters`);
  return v;
};

/** What the watch is on, checked: an entity the graph has seen, or an investigation the caller may open. */
async function targetOf(ctx: Context, input: WatchInput): Promise<{ type: Dim | 'INVESTIGATION'; value: string; label: string }> {
  if (!!input.entity === !!input.investigation) throw badInput('A watch is on one entity or on one saved investigation: give `entity` or `investigation`');
  if (input.entity) {
    const type = input.entity.type;
    if (!WATCHABLE.includes(type)) throw badInput(`A ${type} cannot be watched; watch one of ${WATCHABLE.join(', ')}`);
    const value = parseKey(type, input.entity.value);
    if (!(await seenLoader(ctx, type).load(value)))
      throw appError('NOT_FOUND', `${type} ${value.slice(0, 200)} was never seen in the data, so it cannot be watched.`);
    return { type, value, label: `${type} ${value}` };
  }
  const id = uuidOf(String(input.investigation).trim(), 'an investigation id');
  const inv = (await investigationsById(ctx.db, [id])).get(id);
  if (!inv || !(inv.owner === ctx.viewer.user || inv.visibility === 'team' || isAdmin(ctx)))
    throw appError('NOT_FOUND', `No investigation ${id} that you may open.`);
  return { type: 'INVESTIGATION', value: id, label: `investigation “${inv.name}”` };
}

export async function openWatch(ctx: Context, id: string): Promise<WatchRow> {
  const row = (await createWatchRepository(ctx.db).byIds([uuidOf(id, 'a watch id')]))[0];
  if (!row || !canSee(ctx, row)) throw appError('NOT_FOUND', `No watch ${id} that you may see.`);
  return row;
}

/** Stores `row` as the one successor of version `base`; a race lost to another write is a CONFLICT. */
async function store(ctx: Context, row: WatchRow, base: number, action: string, details: string): Promise<WatchRow> {
  const repo = createWatchRepository(ctx.db);
  const writeId = randomUUID();
  await repo.insert(row, writeStamp(ctx, action, details), { base, writeId });
  if (base && (await repo.successor(row.id, base)) !== writeId) {
    throw appError('CONFLICT', `Watch ${row.id} changed while you changed it; reload it and apply your change again.`);
  }
  return row;
}

export function createWatch(ctx: Context, input: WatchInput): Promise<WatchRow> {
  const attempt: WriteAttempt = { action: 'create_watch', targetType: 'watch', target: '' };
  return auditedWrite(ctx, attempt, async () => {
    const target = await targetOf(ctx, input);
    const rules = rulesOf(target.type, input.rules);
    const now = new Date();
    const at = chTime(now);
    const row: WatchRow = {
      id: randomUUID(),
      version: now.getTime(),
      name: nameOf(input.name, target.label),
      target_type: target.type,
      target: target.value,
      rules: JSON.stringify(rules),
      owner: ctx.viewer.user,
      visibility: input.visibility ?? 'private',
      muted_until: NEVER,
      created_at: at,
      updated_at: at,
      deleted: 0,
    };
    return store(ctx, row, 0, attempt.action, `on=${target.type}:${target.value.slice(0, 300)} rules=${rules.length}`);
  });
}

/** A change to a watch: its owner or an admin, on its newest version (or the version named: CONFLICT if it moved). */
export function changeWatch(
  ctx: Context,
  id: string,
  action: string,
  apply: (w: WatchRow) => { changes: Partial<WatchRow>; details: string },
  version?: number | null,
) {
  const attempt: WriteAttempt = { action, targetType: 'watch', target: id };
  return auditedWrite(ctx, attempt, async () => {
    const current = await openWatch(ctx, id);
    if (!canChange(ctx, current))
      return refuseWrite(ctx, attempt, `${ctx.viewer.user} may not ${action.replace(/_/g, ' ')} ${id}: it belongs to ${current.owner}.`);
    if (version != null && version !== current.version) {
      throw appError('CONFLICT', `Watch ${id} changed since you opened it (version ${current.version}, you had ${version}).`, { version: current.version });
    }
    const now = new Date();
    const { changes, details } = apply(current);
    const row = { ...current, ...changes, version: Math.max(now.getTime(), current.version + 1), updated_at: chTime(now) };
    return store(ctx, row, current.version, action, details);
  });
}

export const updateWatch = (ctx: Context, id: string, c: WatchChanges) =>
  changeWatch(
    ctx,
    id,
    'update_watch',
    (w) => {
      const changes: Partial<WatchRow> = {};
      if (c.name != null) changes.name = nameOf(c.name, w.name);
      if (c.rules) changes.rules = JSON.stringify(rulesOf(w.target_type as Dim | 'INVESTIGATION', c.rules));
      if (c.visibility) changes.visibility = c.visibility;
      if (c.mutedUntil !== undefined) {
        if (c.mutedUntil && Number.isNaN(c.mutedUntil.getTime())) throw badInput('`mutedUntil` is not a date');
        changes.muted_until = c.mutedUntil ? chTime(c.mutedUntil) : NEVER;
      }
      const changed = Object.keys(c).filter((k) => k !== 'version' && c[k as keyof WatchChanges] !== undefined && c[k as keyof WatchChanges] !== null);
      return { changes, details: `changed=${changed.join(',')}${changes.muted_until ? ` muted_until=${changes.muted_until}` : ''}` };
    },
    c.version,
  );

export const deleteWatch = (ctx: Context, id: string) => changeWatch(ctx, id, 'delete_watch', (w) => ({ changes: { deleted: 1 }, details: `name=${w.name}` }));
