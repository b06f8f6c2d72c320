import { builder } from '../../schema/builder.js';
import { connection, toPage } from '../../schema/paging.js';
import { pageArgs, resolveWindow, wholeHours } from '../../schema/window.js';
import { defineEntityNode, defineRootLookup } from '../../graph/entity.node.js';
import { entityParent } from '../../graph/entity.refs.js';
import { createCampaignRepository } from './campaign.repository.js';
import { scoresLoader } from './campaign.loaders.js';
import type { Context } from '../../context.js';
import type { EntityParent } from '../../graph/entity.refs.js';
import { CampaignConnection, CampaignRef } from '../../graph/entity.types.js';

const scoresOf = (ctx: Context, p: EntityParent) => scoresLoader(ctx, p.window).load(p.key);

defineEntityNode('CAMPAIGN', CampaignRef, 'A bot campaign: detections the bot-detector grouped as one coordinated operation.', (t) => ({
  campaignId: t.string({ description: 'The detector’s campaign id.', resolve: (p) => p.key }),
  averageScore: t.float({
    nullable: true,
    description: 'Mean anomaly score of its detections in the window.',
    resolve: async (p, _a, ctx) => (await scoresOf(ctx, p))?.avg_score ?? null,
  }),
  maxScore: t.float({
    nullable: true,
    description: 'Highest anomaly score of its detections in the window.',
    resolve: async (p, _a, ctx) => (await scoresOf(ctx, p))?.max_score ?? null,
  }),
}));

defineRootLookup(
  'campaign',
  'CAMPAIGN',
  CampaignRef,
  { name: 'id', type: 'String', description: 'The campaign id, e.g. CAMP-NEBULA-7F3A.' },
  'A campaign; null when it has no detections in the window.',
);

builder.queryField('campaigns', (t) =>
  t.field({
    extensions: { cost: 30 },
    type: CampaignConnection,
    description: 'Campaigns with detections in the window, most detections first.',
    args: pageArgs,
    resolve: async (_r, args, ctx) => {
      const w = wholeHours(resolveWindow(args.window, ctx.now));
      const page = toPage(args);
      const rows = await createCampaignRepository(ctx.db).list(w, page.offset + page.first);
      return connection(rows.slice(page.offset), rows[0]?.total ?? 0, page, (r) => ({
        node: entityParent('CAMPAIGN', r.id, w),
        hits: r.hits,
        uniqueIps: r.unique_ips,
        firstSeen: r.first_seen,
        lastSeen: r.last_seen,
      }));
    },
  }),
);
