import { builder } from '../../schema/builder.js';
import type { Preset } from '../../schema/window.js';
import type { Db } from '../../db/client.js';
import { createSavedInvestigationRepository, type InvestigationRow } from './saved-investigation.repository.js';

/** What other modules use of saved investigations: the type, its canvas, and ClickHouse's UTC times. */
export const InvestigationRef = builder.objectRef<InvestigationRow>('Investigation');

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
