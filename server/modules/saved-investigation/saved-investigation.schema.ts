import { builder } from '../../schema/builder.js';
import { boundFirst, boundOffset } from '../../schema/paging.js';
import { ResolvedWindowRef, WindowPresetEnum } from '../../schema/window.js';
import { appError } from '../../schema/errors.js';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { EntityInterface, entityParent } from '../../graph/entity.refs.js';
import type { EntityKind } from '../../graph/entity.kinds.js';
import { createSavedInvestigationRepository, type InvestigationRow, type InvestigationSummaryRow, type StoredNote } from './saved-investigation.repository.js';
import { canNote, openInvestigation } from './saved-investigation.store.js';
import { canEdit, canRead, isAdmin } from './saved-investigation.refs.js';
import { investigationLoader } from './saved-investigation.loaders.js';
import { InvestigationRef, InvestigationSummaryRef, parseCanvas, utc, type Canvas } from './saved-investigation.refs.js';

export const VisibilityEnum = builder.enumType('InvestigationVisibility', {
  description: 'Who may open a saved investigation.',
  values: {
    PRIVATE: { value: 'private', description: 'Its owner (and admins).' },
    TEAM: { value: 'team', description: 'Everyone on the team; only its owner and admins change it, analysts may add notes.' },
  } as const,
});

export interface NoteShape {
  note: StoredNote;
  investigation: InvestigationRow;
}

export const InvestigationNoteRef = builder.objectRef<NoteShape>('InvestigationNote');

const windowOf = (row: InvestigationRow) => {
  const c = parseCanvas(row);
  return { since: new Date(c.since), until: new Date(c.until) };
};

InvestigationNoteRef.implement({
  description: 'An analyst’s note (markdown) on a saved investigation, or on one entity in it.',
  fields: (t) => ({
    id: t.string({ description: 'Its id within the investigation.', resolve: (n) => n.note.id }),
    text: t.string({ description: 'Markdown text.', resolve: (n) => n.note.text }),
    author: t.string({ description: 'Who wrote it.', resolve: (n) => n.note.author }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was written.', resolve: (n) => utc(n.note.created_at) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it was last edited.', resolve: (n) => utc(n.note.updated_at) }),
    editedBy: t.string({
      description: 'Who made its latest revision (its author, until someone else edits it; the author never changes).',
      resolve: (n) => n.note.editor || n.note.author,
    }),
    entity: t.field({
      type: EntityInterface,
      nullable: true,
      description: 'The entity it is about; null for a note on the investigation as a whole.',
      resolve: (n) => (n.note.entity_type ? entityParent(n.note.entity_type as EntityKind, n.note.entity_value, windowOf(n.investigation)) : null),
    }),
    investigation: t.field({ type: InvestigationRef, description: 'The investigation that holds it.', resolve: (n) => n.investigation }),
  }),
});

const NodePosition = builder.objectRef<Canvas['positions'][number]>('NodePosition').implement({
  description: 'Where a node was on the canvas when the investigation was saved.',
  fields: (t) => ({
    node: t.exposeString('node', { description: 'The node: TYPE:key (e.g. IP:203.0.113.7), or a group id.' }),
    x: t.exposeFloat('x', { description: 'Canvas x.' }),
    y: t.exposeFloat('y', { description: 'Canvas y.' }),
  }),
});

const CanvasRef = builder.objectRef<Canvas>('InvestigationCanvas').implement({
  description: 'What the graph explorer needs to draw a saved investigation as it was left.',
  fields: (t) => ({
    steps: t.exposeStringList('steps', { description: 'The explorer’s steps, in order, as its share links write them (`step=` values).' }),
    window: t.field({ type: WindowPresetEnum, description: 'The window preset the explorer was on.', resolve: (c) => c.window }),
    layout: t.exposeString('layout', { description: 'The layout chosen (force, concentric, hierarchy, type).' }),
    positions: t.field({ type: [NodePosition], description: 'Node positions when saved (rounded to whole pixels).', resolve: (c) => c.positions }),
    pinned: t.exposeStringList('pinned', { description: 'Nodes pinned in place.' }),
    hidden: t.exposeStringList('hidden', { description: 'Nodes hidden from the canvas.' }),
  }),
});

builder.node(InvestigationRef, {
  id: { resolve: (r) => r.id, description: 'Global id, usable with `node`.' },
  loadManyWithoutCache: async (ids, ctx) => {
    const rows = await investigationLoader(ctx).loadMany(ids.map((id) => id.toLowerCase()));
    return rows.map((r) => (r && !(r instanceof Error) && canRead(ctx, r) ? r : null));
  },
  description:
    'A saved investigation: a named set of entities with the explorer canvas that shows them, notes, an owner and who may see it. Every change is stored as a new version and audited; deleting is soft (admins restore).',
  isTypeOf: (v) => typeof (v as InvestigationRow).canvas === 'string' && 'notes' in (v as object),
  fields: (t) => ({
    key: t.string({ description: 'Its UUID: what REST paths and shared links use.', resolve: (r) => r.id }),
    version: t.float({
      description: 'Version of this state (milliseconds since 1970); give it back on a change to be refused (CONFLICT) if someone changed it since.',
      resolve: (r) => r.version,
    }),
    name: t.exposeString('name', { description: 'Its name.' }),
    description: t.exposeString('description', { description: 'What it is about (markdown).' }),
    owner: t.exposeString('owner', { description: 'Who created it (or duplicated it).' }),
    visibility: t.field({ type: VisibilityEnum, description: 'Who may open it.', resolve: (r) => r.visibility }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (r) => utc(r.created_at) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (r) => utc(r.updated_at) }),
    deleted: t.boolean({ description: 'Deleted (only admins see it, and may restore it).', resolve: (r) => r.deleted === 1 }),
    canEdit: t.boolean({ description: 'Whether the caller may rename, change, share or delete it.', resolve: (r, _a, ctx) => canEdit(ctx, r) }),
    canNote: t.boolean({ description: 'Whether the caller may add notes to it.', resolve: (r, _a, ctx) => canNote(ctx, r) }),
    window: t.field({
      type: ResolvedWindowRef,
      description: 'The window it was saved over: its entities’ fields and its exports cover it.',
      resolve: windowOf,
    }),
    canvas: t.field({ type: CanvasRef, description: 'The explorer canvas as it was saved.', resolve: parseCanvas }),
    entityCount: t.int({ description: 'How many entities it holds.', resolve: (r) => r.entities.length }),
    entities: t.field({
      type: [EntityInterface],
      description: 'Its entities, as graph nodes over its window (any entity field is reachable from here), in the order saved.',
      args: {
        first: t.arg.int({ required: false, description: '1–500, default 100.' }),
        offset: t.arg.int({ required: false, description: 'Skip this many.' }),
      },
      resolve: (r, a) => {
        const offset = boundOffset(a.offset);
        const w = windowOf(r);
        return r.entities.slice(offset, offset + boundFirst(a.first, 100)).map((e) => entityParent(e.type as EntityKind, e.value, w));
      },
    }),
    notes: t.field({
      type: [InvestigationNoteRef],
      description: 'Its notes, oldest first: on the investigation and on its entities.',
      resolve: (r) => r.notes.map((note) => ({ note, investigation: r })),
    }),
  }),
});

const InvestigationSummary = InvestigationSummaryRef.implement({
  description: 'A saved investigation in a list: what to pick one by (open it with `investigation(id:)`).',
  fields: (t) => ({
    key: t.string({ description: 'Its UUID.', resolve: (r) => r.id }),
    name: t.exposeString('name', { description: 'Its name.' }),
    description: t.exposeString('description', { description: 'What it is about.' }),
    owner: t.exposeString('owner', { description: 'Who created it.' }),
    visibility: t.field({ type: VisibilityEnum, description: 'Who may open it.', resolve: (r) => r.visibility }),
    entityCount: t.int({ description: 'Entities it holds.', resolve: (r) => Number(r.entity_count) }),
    noteCount: t.int({ description: 'Notes it holds.', resolve: (r) => Number(r.note_count) }),
    createdAt: t.field({ type: 'DateTime', description: 'Created.', resolve: (r) => utc(r.created_at) }),
    updatedAt: t.field({ type: 'DateTime', description: 'Last changed.', resolve: (r) => utc(r.updated_at) }),
    deleted: t.boolean({ description: 'Deleted (admins only see these).', resolve: (r) => Number(r.deleted) === 1 }),
    investigation: t.field({ type: InvestigationRef, description: 'The whole investigation.', resolve: (r, _a, ctx) => openInvestigation(ctx, r.id) }),
  }),
});

const InvestigationList = builder.objectRef<{ items: InvestigationSummaryRow[]; total: number }>('InvestigationList').implement({
  description: 'A page of saved investigations, most recently changed first.',
  fields: (t) => ({
    totalCount: t.int({ description: 'How many match.', resolve: (l) => l.total }),
    items: t.field({ type: [InvestigationSummary], description: 'This page.', resolve: (l) => l.items }),
  }),
});

const ScopeEnum = builder.enumType('InvestigationScope', {
  description: 'Which saved investigations to list.',
  values: {
    MINE: { value: 'mine', description: 'The caller’s own.' },
    SHARED: { value: 'shared', description: 'Others’ investigations shared with the team.' },
    ALL: { value: 'all', description: 'Both (the default).' },
  } as const,
});

/** A UUID, or the global id `id` gave out. */
export function investigationKey(id: string): string {
  if (/^[0-9a-f-]{36}$/i.test(id)) return id.toLowerCase();
  const decoded = (() => {
    try {
      return decodeGlobalID(id);
    } catch {
      return null;
    }
  })();
  return decoded?.typename === 'Investigation' ? decoded.id : id;
}

builder.queryFields((t) => ({
  investigation: t.field({
    type: InvestigationRef,
    description: 'A saved investigation by its UUID (or global id). NOT_FOUND when it does not exist or the caller may not open it.',
    args: { id: t.arg.id({ required: true, description: 'Its UUID or global id.' }) },
    resolve: (_r, a, ctx) => openInvestigation(ctx, investigationKey(String(a.id))),
  }),
  investigations: t.field({
    type: InvestigationList,
    description: 'Saved investigations the caller may open, most recently changed first. Admins see everyone’s, and deleted ones with `deleted: true`.',
    args: {
      scope: t.arg({ type: ScopeEnum, required: false, description: 'Own, shared with the team, or both (default).' }),
      deleted: t.arg.boolean({ required: false, description: 'Deleted ones instead (admins only).' }),
      first: t.arg.int({ required: false, description: '1–500, default 50.' }),
      offset: t.arg.int({ required: false, description: 'Skip this many.' }),
    },
    resolve: async (_r, a, ctx) => {
      if (a.deleted && !isAdmin(ctx)) throw appError('FORBIDDEN', 'Only admins list deleted investigations.');
      const rows = await createSavedInvestigationRepository(ctx.db).list(
        { user: ctx.viewer.user, scope: a.scope ?? 'all', deleted: Boolean(a.deleted), anyOwner: isAdmin(ctx) && (a.scope ?? 'all') === 'all' },
        boundFirst(a.first, 50),
        boundOffset(a.offset),
      );
      return { items: rows, total: Number(rows[0]?.total ?? 0) };
    },
  }),
}));
