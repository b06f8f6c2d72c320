import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { canWrite } from '../../auth.js';
import { appError, badInput } from '../../schema/errors.js';
import { presetWindow, type Preset } from '../../schema/window.js';
import { auditedWrite, refuseWrite, type WriteAttempt } from '../audit/audit.refs.js';
import { seenLoader } from '../../graph/entity.loaders.js';
import { parseKey, type EntityKind } from '../../graph/entity.kinds.js';
import { parseCanvas, type Canvas } from './saved-investigation.refs.js';
import { investigationLoader } from './saved-investigation.loaders.js';
import { chTime, createSavedInvestigationRepository, type InvestigationRow, type StoredNote } from './saved-investigation.repository.js';

export const LIMITS = { name: 200, description: 4000, entities: 2000, notes: 500, noteText: 10_000, steps: 1000, step: 4000, positions: 2000 } as const;

/** Kinds the graph layer holds: an entity of these must have been seen to be saved. */
const SEEN_KINDS: EntityKind[] = ['IP', 'JA4', 'ASN', 'HOST', 'COUNTRY', 'USER_AGENT', 'SUBNET', 'CAMPAIGN'];

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
  const seen = await Promise.all(list.map((k) => (SEEN_KINDS.includes(k.type) ? seenLoader(ctx, k.type).load(k.value) : true)));
  const unknown = list.filter((_, i) => !seen[i]);
  if (unknown.length) {
    throw appError(
      'NOT_FOUND',
      `Never seen in the data, so not saved: ${unknown.slice(0, 5).map(entityKey).join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}.`,
    );
  }
  return list;
}

function noteOf(ctx: Context, n: NoteInput, at: string): StoredNote {
  const entity = n.entity ? { type: n.entity.type, value: parseKey(n.entity.type, n.entity.value) } : null;
  return {
    id: randomUUID(),
    entity_type: entity?.type ?? '',
    entity_value: entity?.value ?? '',
    text: text(n.text, 'text', LIMITS.noteText, true),
    author: ctx.viewer.user,
    created_at: at,
    updated_at: at,
  };
}

/** Notes about entities put those entities in the investigation. */
const withNoted = (entities: EntityKey[], notes: StoredNote[]): EntityKey[] => {
  const keys = new Map(entities.map((e) => [entityKey(e), e]));
  for (const n of notes) if (n.entity_type) keys.set(`${n.entity_type}:${n.entity_value}`, { type: n.entity_type as EntityKind, value: n.entity_value });
  return [...keys.values()];
};

export const isAdmin = (ctx: Context) => ctx.viewer.role === 'admin';
const isOwner = (ctx: Context, row: InvestigationRow) => row.owner === ctx.viewer.user;

/** Who may open an investigation: its owner, anyone when it is shared with the team, admins; deleted ones only admins. */
export function canRead(ctx: Context, row: InvestigationRow | { owner: string; visibility: string; deleted: number }) {
  if (row.deleted) return isAdmin(ctx);
  return row.owner === ctx.viewer.user || row.visibility === 'team' || isAdmin(ctx);
}

/** Who may change it (rename, update, share, delete): its owner and admins, never viewers. */
export const canEdit = (ctx: Context, row: InvestigationRow) => canWrite(ctx.viewer) && !row.deleted && (isOwner(ctx, row) || isAdmin(ctx));
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

async function store(ctx: Context, row: InvestigationRow, action: string, details: string) {
  await createSavedInvestigationRepository(ctx.db).insert(row, {
    actor: ctx.viewer.user,
    role: ctx.viewer.role,
    request_id: ctx.requestId,
    client_ip: ctx.clientIp,
    action,
    details: details.slice(0, 1000),
  });
  investigationLoader(ctx).clear(row.id).prime(row.id, row);
  return row;
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
    const notes = (input.notes ?? []).map((n) => noteOf(ctx, n, at));
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
    return store(ctx, row, attempt.action, `name=${name} entities=${entities.length} notes=${notes.length}`);
  });
}

/**
 * Runs a change to an existing investigation: loads it, checks the caller may make it (a refusal is
 * audited), checks the version the caller saw when given, and stores the new version.
 */
async function change(
  ctx: Context,
  id: string,
  action: string,
  may: (row: InvestigationRow) => boolean,
  version: number | null | undefined,
  apply: (row: InvestigationRow, now: Date) => Promise<{ row: InvestigationRow; details: string }>,
) {
  const attempt: WriteAttempt = { action, targetType: 'investigation', target: id };
  return auditedWrite(ctx, attempt, async () => {
    const current = await openInvestigation(ctx, id);
    if (!may(current)) return refuseWrite(ctx, attempt, `${ctx.viewer.user} may not ${action.replace(/_/g, ' ')} ${id}: it belongs to ${current.owner}.`);
    if (version != null && version !== current.version) {
      throw appError(
        'CONFLICT',
        `Investigation ${id} changed since you opened it (version ${current.version}, you had ${version}); reload it and apply your change again.`,
        { version: current.version },
      );
    }
    const { row, details } = await apply(current, new Date());
    return store(ctx, row, action, details);
  });
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
    return store(ctx, copy, attempt.action, `from=${source.id} name=${copy.name}`);
  });
}

export const addNote = (ctx: Context, id: string, note: NoteInput, version?: number | null) =>
  change(
    ctx,
    id,
    'add_investigation_note',
    (r) => canNote(ctx, r),
    version,
    async (row, now) => {
      if (row.notes.length >= LIMITS.notes) throw badInput(`An investigation holds at most ${LIMITS.notes} notes`);
      const n = noteOf(ctx, note, chTime(now));
      const entities = n.entity_type ? await entitiesOf(ctx, withNoted(row.entities as EntityKey[], [n])) : row.entities;
      return {
        row: next(row, now, { notes: [...row.notes, n], entities }),
        details: `note=${n.id}${n.entity_type ? ` on=${n.entity_type}:${n.entity_value}` : ''}`,
      };
    },
  );

function noteIn(row: InvestigationRow, noteId: string) {
  const note = row.notes.find((n) => n.id === noteId);
  if (!note) throw appError('NOT_FOUND', `Investigation ${row.id} has no note ${noteId.slice(0, 64)}.`);
  return note;
}

/** A note is changed by its author, or by whoever may edit the investigation. */
const mayChangeNote = (ctx: Context, noteId: string) => (row: InvestigationRow) =>
  canNote(ctx, row) && (canEdit(ctx, row) || [ctx.viewer.user, undefined].includes(row.notes.find((n) => n.id === noteId)?.author));

export const updateNote = (ctx: Context, id: string, noteId: string, newText: string, version?: number | null) =>
  change(ctx, id, 'update_investigation_note', mayChangeNote(ctx, noteId), version, async (row, now) => {
    noteIn(row, noteId);
    const t = text(newText, 'text', LIMITS.noteText, true);
    return {
      row: next(row, now, { notes: row.notes.map((n) => (n.id === noteId ? { ...n, text: t, updated_at: chTime(now) } : n)) }),
      details: `note=${noteId}`,
    };
  });

export const deleteNote = (ctx: Context, id: string, noteId: string, version?: number | null) =>
  change(ctx, id, 'delete_investigation_note', mayChangeNote(ctx, noteId), version, async (row, now) => {
    noteIn(row, noteId);
    return { row: next(row, now, { notes: row.notes.filter((n) => n.id !== noteId) }), details: `note=${noteId}` };
  });
