import { type EntityKind } from '../../graph/entity.kinds.js';
import { builder } from '../../schema/builder.js';
import { InvestigationRef, parseCanvas, utc } from '../saved-investigation/saved-investigation.refs.js';
import { MAX_EXPORT, readExportGraph } from './export.graph.js';
import { ExportFile, exportGate, formatArgs, idsPolicy, render } from './export.schema.js';
import { EXPORT_COST_PER_ENTITY } from '../../graphql/cost.js';
import { type GraphQLResolveInfo } from 'graphql';

builder.objectField(InvestigationRef, 'export', (t) =>
  t.field({
    type: ExportFile,
    description: `The investigation as a file another tool imports, built from the graph over its window, with the analysts’ verdicts and its notes. At most ${MAX_EXPORT} entities.`,
    args: formatArgs,
    resolve: async (row, a, ctx, info: GraphQLResolveInfo) => {
      ctx.charge?.(row.entities.length * EXPORT_COST_PER_ENTITY, `Exporting ${row.entities.length} entities`);
      const c = parseCanvas(row);
      return exportGate(ctx).run('exports', async () => {
        const graph = await readExportGraph(
          info.schema,
          ctx,
          row.entities as { type: EntityKind; value: string }[],
          { since: new Date(c.since), until: new Date(c.until) },
          {
            policy: idsPolicy(ctx, a.idsPolicy),
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
        return render(graph, a.format, { ipRules: Boolean(a.ipRules) }, new Date());
      });
    },
  }),
);
