import { builder } from '../../schema/builder.js';
import { WindowPresetEnum } from '../../schema/window.js';
import { EntityRefInput } from '../../graph/entity.schema.js';
import { InvestigationNoteRef, investigationKey, VisibilityEnum } from './saved-investigation.schema.js';
import { InvestigationRef } from './saved-investigation.refs.js';
import {
  addNote,
  createInvestigation,
  deleteInvestigation,
  deleteNote,
  duplicateInvestigation,
  LIMITS,
  restoreInvestigation,
  updateInvestigation,
  updateNote,
} from './saved-investigation.store.js';

const NodePositionInput = builder.inputType('NodePositionInput', {
  description: 'A node’s place on the canvas.',
  fields: (t) => ({
    node: t.string({ required: true, description: 'TYPE:key, or a group id.' }),
    x: t.float({ required: true, description: 'Canvas x.' }),
    y: t.float({ required: true, description: 'Canvas y.' }),
  }),
});

const CanvasInput = builder.inputType('InvestigationCanvasInput', {
  description: 'The explorer canvas to save with an investigation.',
  fields: (t) => ({
    steps: t.stringList({ required: true, description: `The explorer's steps, as its share links write them (at most ${LIMITS.steps}).` }),
    window: t.field({
      type: WindowPresetEnum,
      required: false,
      description: 'The window preset (default: last 7 days); the investigation keeps the absolute window it covers now.',
    }),
    layout: t.string({ required: false, description: 'Layout name.' }),
    positions: t.field({ type: [NodePositionInput], required: false, description: `Node positions (at most ${LIMITS.positions}).` }),
    pinned: t.stringList({ required: false, description: 'Pinned node ids.' }),
    hidden: t.stringList({ required: false, description: 'Hidden node ids.' }),
  }),
});

const NoteInput = builder.inputType('InvestigationNoteInput', {
  description: 'A note: on the investigation, or on one entity (which joins the investigation).',
  fields: (t) => ({
    entity: t.field({ type: EntityRefInput, required: false, description: 'The entity it is about; omit for the investigation as a whole.' }),
    text: t.string({ required: true, description: `Markdown, at most ${LIMITS.noteText} characters.` }),
  }),
});

const NewInvestigation = builder.inputType('InvestigationInput', {
  description: 'A new saved investigation.',
  fields: (t) => ({
    name: t.string({ required: true, description: `Its name (at most ${LIMITS.name} characters).` }),
    description: t.string({ required: false, description: 'What it is about (markdown).' }),
    visibility: t.field({ type: VisibilityEnum, required: false, description: 'Default: private.' }),
    entities: t.field({ type: [EntityRefInput], required: false, description: `Its entities (at most ${LIMITS.entities}); each must have been seen.` }),
    canvas: t.field({ type: CanvasInput, required: false, description: 'The explorer canvas.' }),
    notes: t.field({ type: [NoteInput], required: false, description: 'Notes to start with.' }),
  }),
});

const Changes = builder.inputType('InvestigationChanges', {
  description: 'What to change; fields left out stay as they are.',
  fields: (t) => ({
    name: t.string({ required: false, description: 'A new name (renames it).' }),
    description: t.string({ required: false, description: 'A new description.' }),
    visibility: t.field({ type: VisibilityEnum, required: false, description: 'Share with the team, or make private.' }),
    entities: t.field({ type: [EntityRefInput], required: false, description: 'The new set of entities (replaces it; entities with notes stay).' }),
    canvas: t.field({ type: CanvasInput, required: false, description: 'The new canvas.' }),
    version: t.float({ required: false, description: 'The version you changed: CONFLICT if it changed since.' }),
  }),
});

builder.mutationFields((t) => ({
  createInvestigation: t.field({
    type: InvestigationRef,
    description: 'Saves a new investigation owned by the caller (analysts and admins; audited).',
    args: { input: t.arg({ type: NewInvestigation, required: true, description: 'The investigation.' }) },
    resolve: (_r, a, ctx) => createInvestigation(ctx, a.input),
  }),
  updateInvestigation: t.field({
    type: InvestigationRef,
    description: 'Renames, re-describes, shares or re-draws an investigation (its owner and admins; audited).',
    args: {
      id: t.arg({ type: 'ID', required: true, description: 'Its UUID or global id.' }),
      input: t.arg({ type: Changes, required: true, description: 'The changes.' }),
    },
    resolve: (_r, a, ctx) => updateInvestigation(ctx, investigationKey(String(a.id)), a.input),
  }),
  duplicateInvestigation: t.field({
    type: InvestigationRef,
    description: 'Copies an investigation the caller may open into a new private one of theirs, notes included (audited).',
    args: {
      id: t.arg({ type: 'ID', required: true, description: 'Its UUID or global id.' }),
      name: t.arg.string({ required: false, description: 'Default: “<name> (copy)”.' }),
    },
    resolve: (_r, a, ctx) => duplicateInvestigation(ctx, investigationKey(String(a.id)), a.name),
  }),
  deleteInvestigation: t.field({
    type: InvestigationRef,
    description: 'Deletes an investigation (its owner and admins; soft: an admin can restore it; audited).',
    args: { id: t.arg({ type: 'ID', required: true, description: 'Its UUID or global id.' }) },
    resolve: (_r, a, ctx) => deleteInvestigation(ctx, investigationKey(String(a.id))),
  }),
  restoreInvestigation: t.field({
    type: InvestigationRef,
    description: 'Restores a deleted investigation (admins; audited).',
    args: { id: t.arg({ type: 'ID', required: true, description: 'Its UUID or global id.' }) },
    resolve: (_r, a, ctx) => restoreInvestigation(ctx, investigationKey(String(a.id))),
  }),
  addInvestigationNote: t.field({
    type: InvestigationNoteRef,
    description: 'Adds a note to an investigation, or to an entity in it (anyone who may write and open it; audited).',
    args: {
      id: t.arg({ type: 'ID', required: true, description: 'Its UUID or global id.' }),
      input: t.arg({ type: NoteInput, required: true, description: 'The note.' }),
      version: t.arg.float({ required: false, description: 'The version you saw: CONFLICT if it changed since.' }),
    },
    resolve: async (_r, a, ctx) => {
      const { row, note } = await addNote(ctx, investigationKey(String(a.id)), a.input, a.version);
      return { note, investigation: row };
    },
  }),
  updateInvestigationNote: t.field({
    type: InvestigationNoteRef,
    description: 'Edits a note (its author, or whoever may edit the investigation; audited).',
    args: {
      id: t.arg({ type: 'ID', required: true, description: 'Its UUID or global id.' }),
      noteId: t.arg.string({ required: true, description: 'The note.' }),
      text: t.arg.string({ required: true, description: 'The new text (markdown).' }),
      version: t.arg.float({ required: false, description: 'The version you saw: CONFLICT if it changed since.' }),
    },
    resolve: async (_r, a, ctx) => {
      const { row, note } = await updateNote(ctx, investigationKey(String(a.id)), a.noteId, a.text, a.version);
      return { note, investigation: row };
    },
  }),
  deleteInvestigationNote: t.field({
    type: InvestigationRef,
    description: 'Removes a note (its author, or whoever may edit the investigation; audited). Returns the investigation without it.',
    args: {
      id: t.arg({ type: 'ID', required: true, description: 'Its UUID or global id.' }),
      noteId: t.arg.string({ required: true, description: 'The note.' }),
      version: t.arg.float({ required: false, description: 'The version you saw: CONFLICT if it changed since.' }),
    },
    resolve: async (_r, a, ctx) => (await deleteNote(ctx, investigationKey(String(a.id)), a.noteId, a.version)).row,
  }),
}));
