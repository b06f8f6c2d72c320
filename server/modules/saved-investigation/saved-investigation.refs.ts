import { builder } from '../../schema/builder.js';
import type { Preset } from '../../schema/window.js';
import type { Db } from '../../db/client.js';
import type { Context } from '../../context.js';
import { canWrite } from '../../auth.js';
import { createSavedInvestigationRepository, noteOfRow, type InvestigationRow, type InvestigationSummaryRow } from './saved-investigation.repository.js';

/** What other modules use of saved investigations: the type, its canvas, and ClickHouse's UTC times. */
export const InvestigationRef = builder.objectRef<InvestigationRow>('Investigation');
/** A saved investigation in a list. */
export const InvestigationSummaryRef = builder.objectRef<InvestigationSummaryRow>('InvestigationSummary');

export interface Canvas {
  steps: string[];
  window: Preset;
  layout: string;
  positions: { node: string; x: number; y: number }[];
  pinned: string[];
  hidden: string[];
  /** The absolute window the investigation was saved over: its entities' fields and exports use it. */
  since: string;
  until: string;
}

export function parseCanvas(row: InvestigationRow): Canvas {
  return JSON.parse(row.canvas) as Canvas;
}

/** ClickHouse prints DateTime64(3, 'UTC') without a zone. */
export const utc = (s: string) => new Date(`${s.replace(' ', 'T')}Z`);

/**
 * The newest version of each investigation, deleted ones left out: its entities (what a watch on it
 * evaluates), its owner and visibility (who may watch it).
 */
export async function investigationsById(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, Pick<InvestigationRow, 'id' | 'name' | 'owner' | 'visibility' | 'entities'>>> {
  if (!ids.length) return new Map();
  const rows = await createSavedInvestigationRepository(db).byIds(ids);
  return new Map(rows.filter((r) => !r.deleted).map((r) => [r.id, r]));
}

/** The newest version of each investigation with its notes (deleted ones included: the caller decides). */
export async function investigationsWithNotes(db: Db, ids: readonly string[]): Promise<InvestigationRow[]> {
  if (!ids.length) return [];
  const repo = createSavedInvestigationRepository(db);
  const [rows, notes] = await Promise.all([repo.byIds(ids), repo.notesOf(ids)]);
  return rows.map((r) => ({ ...r, notes: notes.filter((n) => n.investigation_id === r.id).map(noteOfRow) }));
}

export const isAdmin = (ctx: Context) => ctx.viewer.role === 'admin';

/** Who may open an investigation: its owner, anyone when it is shared with the team, admins; deleted ones only admins. */
export function canRead(ctx: Context, row: Pick<InvestigationRow, 'owner' | 'visibility' | 'deleted'>) {
  if (row.deleted) return isAdmin(ctx);
  return row.owner === ctx.viewer.user || row.visibility === 'team' || isAdmin(ctx);
}

/** Who may change it (rename, update, share, delete, publish): its owner and admins, never viewers. */
export const canEdit = (ctx: Context, row: Pick<InvestigationRow, 'owner' | 'deleted'>) =>
  canWrite(ctx.viewer) && !row.deleted && (row.owner === ctx.viewer.user || isAdmin(ctx));
