import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { canWrite } from '../../auth.js';
import { appError, badInput } from '../../schema/errors.js';
import { presetWindow, type Preset } from '../../schema/window.js';
import { auditedWrite, refuseWrite, writeStamp, type WriteAttempt } from '../audit/audit.refs.js';
import { seenLoader } from '../../graph/entity.loaders.js';
import { KINDS_IN_LAYER, parseKey, type EntityKind } from '../../graph/entity.kinds.js';
import { canEdit, canRead, isAdmin, parseCanvas, type Canvas } from './saved-investigation.refs.js';
import { investigationLoader } from './saved-investigation.loaders.js';
import { chTime, createSavedInvestigationRepository, rowOfNote, type InvestigationRow, type StoredNote } from './saved-investigation.repository.js';

export const LIMITS = { name: 200, description: 4000, entities: 2000, notes: 500, noteText: 10_000, steps: 1000, step: 4000, positions: 2000 } as const;

export interface EntityKey {
  type: EntityKind;
  value: string;
}

export interface CanvasInput {
  steps: string[];
  window?: Preset | null;
  layout?: string | null;
  positions?: { node: string; x: number; y: number }[] | null;
  pinned?: string[] | null;
  hidden?: string[] | null;
}

export interface NoteInput {
  entity?: { type: EntityKind; value: string } | null;
  text: string;
}

export interface InvestigationInput {
  name: string;
  description?: string | null;
  visibility?: 'private' | 'team' | null;
  entities?: { type: EntityKind; value: string }[] | null;
  canvas?: CanvasInput | null;
  notes?: NoteInput[] | null;
}

export type InvestigationChanges = { [K in keyof Omit<InvestigationInput, 'notes'>]?: InvestigationInput[K] | null } & { version?: number | null };

export const entityKey = (e: EntityKey) => `${e.type}:${e.value}`;

const text = (value: string | null | undefined, field: string, max: number, required = false) => {
  const v = (value ?? '').trim();
  if (required && !v) throw badInput(`\`${field}\` must not be empty`);
  if (v.length > max) throw badInput(`\`${field}\` is at most ${max} characters`);
  return v;
};

function canvasOf(input: CanvasInput | null | undefined, now: Date, previous?: Canvas): Canvas {
  const preset = input?.window ?? previous?.window ?? 'LAST_7D';
  const w = presetWindow(preset, now);
  const ids = (xs: string[] | null | undefined, field: string) => {
    if ((xs?.length ?? 0) > LIMITS.positions || xs?.some((x) => x.length > 2100)) throw badInput(`\`canvas.${field}\`: at most ${LIMITS.positions} node ids`);
    return xs ?? [];
  };
  if (!input)
    return (
      previous ?? {
        steps: [],
        window: preset,
        layout: 'force',
        positions: [],
        pinned: [],
        hidden: [],
        since: w.since.toISOString(),
        until: w.until.toISOString(),
      }
    );
  if (input.steps.length > LIMITS.steps || input.steps.some((s) => s.length > LIMITS.step)) throw badInput(`\`canvas.steps\`: at most ${LIMITS.steps} steps`);
  const positions = input.positions ?? [];
  if (positions.length > LIMITS.positions || positions.some((p) => !Number.isFinite(p.x) || !Number.isFinite(p.y) || p.node.length > 2100)) {
    throw badInput(`\`canvas.positions\`: at most ${LIMITS.positions} finite positions`);
  }
  if ((input.layout ?? '').length > 32) throw badInput('`canvas.layout` is a layout name');
  return {
    steps: input.steps,
    window: preset,
    layout: input.layout ?? 'force',
    positions: positions.map((p) => ({ node: p.node, x: Math.round(p.x), y: Math.round(p.y) })),
    pinned: ids(input.pinned, 'pinned'),
    hidden: ids(input.hidden, 'hidden'),
    since: w.since.toISOString(),
    until: w.until.toISOString(),
  };
}

/** Canonical, de-duplicated entity keys; every one the graph has seen (else NOT_FOUND, naming it). */
async function entitiesOf(ctx: Context, input: { type: EntityKind; value: string }[]): Promise<EntityKey[]> {
  if (input.length > LIMITS.entities) throw badInput(`At most ${LIMITS.entities} entities per investigation; ${input.length} were given.`);
  const keys = new Map<string, EntityKey>();
  for (const e of input) {
    const k = { type: e.type, value: parseKey(e.type, e.value) };
    keys.set(entityKey(k), k);
  }
  const list = [...keys.values()];
  // an entity of a kind the layer holds must have been seen to be saved
  const seen = await Promise.all(list.map((k) => (KINDS_IN_LAYER.includes(k.type) ? seenLoader(ctx, k.type).load(k.value) : true)));
  const unknown = list.filter((_, i) => !seen[i]);
  if (unknown.length) {
    throw appError(
      'NOT_FOUND',
      `Never seen in the data, so not saved: ${unknown.slice(0, 5).map(entityKey).join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}.`,
    );
  }
  return list;
}

function noteOf(ctx: Context, n: NoteInput, at: string, now: Date, id: string = randomUUID()): StoredNote {
  const entity = n.entity ? { type: n.entity.type, value: parseKey(n.entity.type, n.entity.value) } : null;
  return {
    id,
    entity_type: entity?.type ?? '',
    entity_value: entity?.value ?? '',
    text: text(n.text, 'text', LIMITS.noteText, true),
    author: ctx.viewer.user,
    editor: ctx.viewer.user,
    created_at: at,
    updated_at: at,
    revision: now.getTime(),
  };
}

/** Notes about entities put those entities in the investigation. */
const withNoted = (entities: EntityKey[], notes: StoredNote[]): EntityKey[] => {
  const keys = new Map(entities.map((e) => [entityKey(e), e]));
  for (const n of notes) if (n.entity_type) keys.set(`${n.entity_type}:${n.entity_value}`, { type: n.entity_type as EntityKind, value: n.entity_value });
  return [...keys.values()];
};

/** Who may add notes: anyone who may write and may open it. */
export const canNote = (ctx: Context, row: InvestigationRow) => canWrite(ctx.viewer) && canRead(ctx, row) && !row.deleted;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The investigation the caller may open, or NOT_FOUND (a private one of someone else is not found either). */
export async function openInvestigation(ctx: Context, id: string): Promise<InvestigationRow> {
  if (!UUID.test(id)) throw badInput(`"${id.slice(0, 64)}" is not an investigation id`);
  const row = await investigationLoader(ctx).load(id.toLowerCase());
  if (!row || !canRead(ctx, row)) throw appError('NOT_FOUND', `No investigation ${id} that you may open.`);
  return row;
}

const conflict = (id: string, current: number, yours: number) =>
  appError('CONFLICT', `Investigation ${id} changed since you opened it (version ${current}, you had ${yours}); reload it and apply your change again.`, {
    version: current,
  });

/**
 * Stores `row` as the successor of version `base` (0 for a new one): the engine keeps one successor
 * per version, and the stored one is read back, so a write that lost a race with another instance
 * is a CONFLICT, never an acknowledged write that is not there.
 */
async function store(ctx: Context, row: InvestigationRow, base: number, action: string, details: string) {
  const repo = createSavedInvestigationRepository(ctx.db);
  const writeId = randomUUID();
  const { notes: _notes, ...stored } = row;
  await repo.insert(stored, writeStamp(ctx, action, details), { base, writeId });
  if (base && (await repo.successor(row.id, base)) !== writeId) {
    investigationLoader(ctx).clear(row.id);
    const now = await openInvestigation(ctx, row.id);
    throw conflict(row.id, now.version, base);
  }
  investigationLoader(ctx).clear(row.id).prime(row.id, row);
  return row;
}

/**
 * Writes to one investigation run one at a time in this process, each on the state the previous one
 * left (the engine's one-successor rule covers other instances).
 */
const queues = new Map<string, Promise<unknown>>();
async function serialized<T>(id: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(id) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.catch(() => {});
  queues.set(id, tail);
  try {
    return await run;
  } finally {
    if (queues.get(id) === tail) queues.delete(id);
  }
}

/** A new version after `current`: its version always greater, even within one millisecond. */
const next = (current: InvestigationRow, now: Date, changes: Partial<InvestigationRow>): InvestigationRow => ({
  ...current,
  ...changes,
  version: Math.max(now.getTime(), current.version + 1),
  updated_at: chTime(now),
});

export async function createInvestigation(ctx: Context, input: InvestigationInput): Promise<InvestigationRow> {
  const attempt: WriteAttempt = { action: 'create_investigation', targetType: 'investigation', target: '' };
  return auditedWrite(ctx, attempt, async () => {
    const now = new Date();
    const at = chTime(now);
    const name = text(input.name, 'name', LIMITS.name, true);
    if ((input.notes?.length ?? 0) > LIMITS.notes) throw badInput(`At most ${LIMITS.notes} notes`);
    // a millisecond apart, so that they read back in the order given
    const notes = (input.notes ?? []).map((n, i) => noteOf(ctx, n, chTime(new Date(now.getTime() + i)), new Date(now.getTime() + i)));
    const entities = await entitiesOf(ctx, withNoted(input.entities ?? [], notes));
    const row: InvestigationRow = {
      id: randomUUID(),
      version: now.getTime(),
      name,
      description: text(input.description, 'description', LIMITS.description),
      owner: ctx.viewer.user,
      visibility: input.visibility ?? 'private',
      entities,
      canvas: JSON.stringify(canvasOf(input.canvas, now)),
      notes,
      created_at: at,
      updated_at: at,
      deleted: 0,
    };
    const details = `name=${name} entities=${entities.length} notes=${notes.length}`;
    // the notes first: an investigation is never seen without the notes it was created with
    await createSavedInvestigationRepository(ctx.db).insertNewNotes(
      notes.map((n) => rowOfNote(row.id, n)),
      writeStamp(ctx, attempt.action, details),
    );
    return store(ctx, row, 0, attempt.action, details);
  });
}

/**
 * Runs a change to an existing investigation: loads it, checks the caller may make it (a refusal is
 * audited), checks the version the caller saw when given, and stores the new version.
 */
/**
 * Runs a write to one investigation: audited, one at a time in this process, on the investigation
 * opened afresh, which the caller must be allowed to change (a refusal is audited) and must not have
 * changed since the version the caller saw, when it names one.
 */
function onCurrent<T>(
  ctx: Context,
  id: string,
  action: string,
  may: (row: InvestigationRow) => boolean,
  version: number | null | undefined,
  work: (current: InvestigationRow) => Promise<T>,
): Promise<T> {
  const attempt: WriteAttempt = { action, targetType: 'investigation', target: id };
  return auditedWrite(ctx, attempt, () =>
    serialized(id.toLowerCase(), async () => {
      investigationLoader(ctx).clear(id.toLowerCase());
      const current = await openInvestigation(ctx, id);
      if (!may(current)) return refuseWrite(ctx, attempt, `${ctx.viewer.user} may not ${action.replace(/_/g, ' ')} ${id}: it belongs to ${current.owner}.`);
      if (version != null && version !== current.version) throw conflict(id, current.version, version);
      return work(current);
    }),
  );
}

/**
 * A new version of an investigation. A caller who named no version asks for the change on whatever
 * is newest: a race lost to another instance is re-applied on the new state (3 times at most); one
 * who named a version gets the CONFLICT.
 */
async function change(
  ctx: Context,
  id: string,
  action: string,
  may: (row: InvestigationRow) => boolean,
  version: number | null | undefined,
  apply: (row: InvestigationRow, now: Date) => Promise<{ row: InvestigationRow; details: string }>,
): Promise<InvestigationRow> {
  for (let tries = 1; ; tries++) {
    try {
      return await onCurrent(ctx, id, action, may, version, async (current) => {
        const { row, details } = await apply(current, new Date());
        return store(ctx, row, current.version, action, details);
      });
    } catch (err) {
      const code = (err as { extensions?: { code?: unknown } }).extensions?.code;
      if (code !== 'CONFLICT' || version != null || tries >= 3) throw err;
    }
  }
}

export const updateInvestigation = (ctx: Context, id: string, c: InvestigationChanges) =>
  change(
    ctx,
    id,
    'update_investigation',
    (r) => canEdit(ctx, r),
    c.version,
    async (row, now) => {
      const entities = c.entities ? await entitiesOf(ctx, withNoted(c.entities, row.notes)) : row.entities;
      const name = c.name == null ? row.name : text(c.name, 'name', LIMITS.name, true);
      const changed = Object.keys(c).filter((k) => k !== 'version' && c[k as keyof InvestigationChanges] != null);
      return {
        row: next(row, now, {
          name,
          description: c.description == null ? row.description : text(c.description, 'description', LIMITS.description),
          visibility: c.visibility ?? row.visibility,
          entities: entities as EntityKey[],
          canvas: c.canvas ? JSON.stringify(canvasOf(c.canvas, now, parseCanvas(row))) : row.canvas,
        }),
        details: `changed=${changed.join(',')}${c.name != null ? ` name=${name}` : ''}`,
      };
    },
  );

export const deleteInvestigation = (ctx: Context, id: string) =>
  change(
    ctx,
    id,
    'delete_investigation',
    (r) => canEdit(ctx, r),
    null,
    async (row, now) => ({ row: next(row, now, { deleted: 1 }), details: `name=${row.name}` }),
  );

export const restoreInvestigation = (ctx: Context, id: string) =>
  change(
    ctx,
    id,
    'restore_investigation',
    () => isAdmin(ctx),
    null,
    async (row, now) => ({ row: next(row, now, { deleted: 0 }), details: `name=${row.name}` }),
  );

export async function duplicateInvestigation(ctx: Context, id: string, name?: string | null): Promise<InvestigationRow> {
  const attempt: WriteAttempt = { action: 'duplicate_investigation', targetType: 'investigation', target: id };
  return auditedWrite(ctx, attempt, async () => {
    const source = await openInvestigation(ctx, id);
    const now = new Date();
    const at = chTime(now);
    const copy: InvestigationRow = {
      ...source,
      id: randomUUID(),
      version: now.getTime(),
      name: text(name ?? `${source.name} (copy)`, 'name', LIMITS.name, true),
      owner: ctx.viewer.user,
      visibility: 'private',
      created_at: at,
      updated_at: at,
      deleted: 0,
      notes: source.notes.map((n) => ({ ...n, id: randomUUID() })),
    };
    const details = `from=${source.id} name=${copy.name}`;
    await createSavedInvestigationRepository(ctx.db).insertNewNotes(
      copy.notes.map((n) => rowOfNote(copy.id, n)),
      writeStamp(ctx, attempt.action, details),
    );
    return store(ctx, copy, 0, attempt.action, details);
  });
}

/**
 * Runs a change to one note: the investigation opened afresh and checked, then the note's new
 * revision stored as the one successor of the revision it was made from (CONFLICT when another
 * edit of that revision landed first).
 */
async function noteChange(
  ctx: Context,
  id: string,
  action: string,
  version: number | null | undefined,
  may: (row: InvestigationRow) => boolean,
  apply: (row: InvestigationRow, now: Date) => Promise<{ note: StoredNote; base: number; deleted?: boolean; details: string; audited?: boolean }>,
): Promise<{ row: InvestigationRow; note: StoredNote }> {
  return onCurrent(ctx, id, action, may, version, async (current) => {
    const { note, base, deleted, details, audited = true } = await apply(current, new Date());
    const repo = createSavedInvestigationRepository(ctx.db);
    const writeId = randomUUID();
    await repo.insertNote(rowOfNote(current.id, note, deleted ? 1 : 0), writeStamp(ctx, action, details), { base, writeId }, audited);
    if (base && (await repo.noteSuccessor(current.id, note.id, base)) !== writeId) {
      throw appError('CONFLICT', `Note ${note.id} changed since you opened it; reload the investigation and apply your change again.`);
    }
    const notes = deleted ? current.notes.filter((n) => n.id !== note.id) : [...current.notes.filter((n) => n.id !== note.id), note];
    const row = { ...current, notes };
    investigationLoader(ctx).clear(row.id).prime(row.id, row);
    return { row, note };
  });
}

/**
 * Adds a note. A note about an entity the investigation does not hold adds the entity too, but
 * only for whoever may change its entities (its owner, admins): others are refused, as
 * updateInvestigation refuses them.
 */
export async function addNote(ctx: Context, id: string, input: NoteInput, version?: number | null) {
  const entity = input.entity ? { type: input.entity.type, value: parseKey(input.entity.type, input.entity.value) } : null;
  const noteId = randomUUID();
  const on = entity ? ` on=${entity.type}:${entity.value}` : '';
  let addsEntity = false;
  if (entity) {
    const row = await openInvestigation(ctx, id);
    if (!row.entities.some((e) => e.type === entity.type && e.value === entity.value)) {
      // the entity joins first, in a version of the investigation that carries this note's audit row
      await change(
        ctx,
        id,
        'add_investigation_note',
        (r) => canEdit(ctx, r),
        version,
        async (r, now) => ({
          row: next(r, now, { entities: await entitiesOf(ctx, [...(r.entities as EntityKey[]), entity]) }),
          details: `note=${noteId}${on} (entity added)`,
        }),
      );
      addsEntity = true;
      version = null;
    }
  }
  return noteChange(
    ctx,
    id,
    'add_investigation_note',
    version,
    (r) => canNote(ctx, r),
    async (row, now) => {
      if (row.notes.length >= LIMITS.notes) throw badInput(`An investigation holds at most ${LIMITS.notes} notes`);
      return { note: noteOf(ctx, input, chTime(now), now, noteId), base: 0, details: `note=${noteId}${on}`, audited: !addsEntity };
    },
  );
}

function noteIn(row: InvestigationRow, noteId: string) {
  const note = row.notes.find((n) => n.id === noteId);
  if (!note) throw appError('NOT_FOUND', `Investigation ${row.id} has no note ${noteId.slice(0, 64)}.`);
  return note;
}

/** A note is changed by its author, or by whoever may edit the investigation. */
const mayChangeNote = (ctx: Context, noteId: string) => (row: InvestigationRow) =>
  canNote(ctx, row) && (canEdit(ctx, row) || [ctx.viewer.user, undefined].includes(row.notes.find((n) => n.id === noteId)?.author));

/** The note's next revision: its author stays, its editor and time are the caller's. */
const revised = (ctx: Context, note: StoredNote, now: Date, changes: Partial<StoredNote>): StoredNote => ({
  ...note,
  ...changes,
  editor: ctx.viewer.user,
  updated_at: chTime(now),
  revision: Math.max(now.getTime(), note.revision + 1),
});

export const updateNote = (ctx: Context, id: string, noteId: string, newText: string, version?: number | null) =>
  noteChange(ctx, id, 'update_investigation_note', version, mayChangeNote(ctx, noteId), async (row, now) => {
    const note = noteIn(row, noteId);
    const t = text(newText, 'text', LIMITS.noteText, true);
    return { note: revised(ctx, note, now, { text: t }), base: note.revision, details: `note=${noteId}` };
  });

export const deleteNote = (ctx: Context, id: string, noteId: string, version?: number | null) =>
  noteChange(ctx, id, 'delete_investigation_note', version, mayChangeNote(ctx, noteId), async (row, now) => {
    const note = noteIn(row, noteId);
    return { note: revised(ctx, note, now, {}), base: note.revision, deleted: true, details: `note=${noteId}` };
  });
