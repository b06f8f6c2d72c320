import type { GraphQLSchema } from 'graphql';
import type { Context } from '../../context.js';
import type { EntityKind } from '../../graph/entity.kinds.js';
import { parseCanvas, utc, type investigationsWithNotes } from '../saved-investigation/saved-investigation.refs.js';
import { readExportGraph, type ExportGraph, type IdsPolicy } from './export.graph.js';
import { render } from './export.schema.js';

type InvestigationRow = Awaited<ReturnType<typeof investigationsWithNotes>>[number];

/** A saved investigation's export graph: its entities over its saved window, its verdicts and notes. */
export function readInvestigationGraph(schema: GraphQLSchema, ctx: Context, row: InvestigationRow, policy: IdsPolicy): Promise<ExportGraph> {
  const c = parseCanvas(row);
  return readExportGraph(
    schema,
    ctx,
    row.entities as { type: EntityKind; value: string }[],
    { since: new Date(c.since), until: new Date(c.until) },
    {
      policy,
      id: row.id,
      name: row.name,
      description: row.description,
      owner: row.owner,
      createdAt: utc(row.created_at).toISOString(),
      updatedAt: utc(row.updated_at).toISOString(),
      notes: row.notes.map((n) => ({
        id: n.id,
        text: n.text,
        author: n.author,
        createdAt: utc(n.created_at).toISOString(),
        entity: n.entity_type ? { type: n.entity_type as EntityKind, key: n.entity_value } : null,
      })),
    },
  );
}

/**
 * A saved investigation as the STIX objects its export holds (the bundle's `objects`), under the
 * deployment's IDS policy: what a feed publishes of it. Handed to the feed by the composition root.
 */
export async function investigationStix(schema: GraphQLSchema, ctx: Context, row: InvestigationRow): Promise<Record<string, unknown>[]> {
  const graph = await readInvestigationGraph(schema, ctx, row, ctx.config.exportIdsPolicy);
  const file = render(graph, 'STIX', { ipRules: false }, new Date(0));
  return (JSON.parse(file.content) as { objects: Record<string, unknown>[] }).objects;
}
