import { builder } from '../../schema/builder.js';
import { InvestigationRef } from '../saved-investigation/saved-investigation.refs.js';
import { MAX_EXPORT } from './export.graph.js';
import { readInvestigationGraph } from './export.feed.js';
import { ExportFile, exportGate, formatArgs, idsPolicy, render } from './export.schema.js';
import { COST, EXPORT_COST_PER_ENTITY } from '../../graphql/cost.js';
import { type GraphQLResolveInfo } from 'graphql';

builder.objectField(InvestigationRef, 'export', (t) =>
  t.field({
    extensions: { cost: COST.TRAFFIC_SCAN / 2 },
    type: ExportFile,
    description: `The investigation as a file another tool imports, built from the graph over its window, with the analysts’ verdicts and its notes. At most ${MAX_EXPORT} entities.`,
    args: formatArgs,
    resolve: async (row, a, ctx, info: GraphQLResolveInfo) => {
      ctx.charge?.(row.entities.length * EXPORT_COST_PER_ENTITY, `Exporting ${row.entities.length} entities`);
      return exportGate(ctx).run('exports', async () => {
        const graph = await readInvestigationGraph(info.schema, ctx, row, idsPolicy(ctx, a.idsPolicy));
        return render(graph, a.format, { ipRules: Boolean(a.ipRules) }, new Date());
      });
    },
  }),
);
