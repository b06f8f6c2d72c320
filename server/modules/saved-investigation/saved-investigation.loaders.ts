import type { Context } from '../../context.js';
import { createSavedInvestigationRepository, type InvestigationRow } from './saved-investigation.repository.js';
import { investigationsWithNotes } from './saved-investigation.refs.js';

/** The newest version of each investigation by id (who may see it is the caller's to decide). */
export function investigationLoader(ctx: Context) {
  return ctx.loaders.get<string, InvestigationRow | undefined>('savedInvestigations', {}, async (ids) => {
    const rows = await investigationsWithNotes(ctx.db, ids);
    return ids.map((id) => rows.find((r) => r.id === id));
  });
}

/** Investigation ids holding notes about each key of one kind: one read per kind per request. */
export function notedInLoader(ctx: Context, kind: string) {
  return ctx.loaders.get<string, string[]>('investigation.notedIn', { kind }, async (keys) => {
    const rows = await createSavedInvestigationRepository(ctx.db).notedIn(kind, keys);
    return keys.map((k) => rows.filter((r) => r.entity_value === k).map((r) => r.investigation_id));
  });
}
