import { builder } from '../../schema/builder.js';
import { keyedLoader } from '../../schema/loaders.js';
import { appError, badInput, uuidOf } from '../../schema/errors.js';
import { auditedWrite, refuseWrite, writeStamp } from '../audit/audit.refs.js';
import type { Context } from '../../context.js';
import {
  canEdit,
  canRead,
  InvestigationRef,
  InvestigationSummaryRef,
  investigationsById,
  investigationsWithNotes,
} from '../saved-investigation/saved-investigation.refs.js';
import { createTaxiiRepository } from './taxii.repository.js';

const publishedLoader = (ctx: Context) =>
  keyedLoader(
    ctx.loaders,
    'taxii.published',
    {},
    (ids) => createTaxiiRepository(ctx.db).publishedAmong(ids),
    (r) => r.id,
    (rows) => rows.some((r) => r.published === 1),
  );

/** Published now: switched on, shared with the team, not deleted. */
const isPublished = async (ctx: Context, row: { id: string; visibility: string; deleted: number }) =>
  row.visibility === 'team' && !Number(row.deleted) && (await publishedLoader(ctx).load(row.id));

for (const ref of [InvestigationRef, InvestigationSummaryRef] as const)
  builder.objectFields(ref as typeof InvestigationRef, (t) => ({
    published: t.boolean({
      description:
        'Whether its STIX is served on the TAXII 2.1 feed (`/taxii2/`), as a collection of its own and in the collection of all published indicators. Only an investigation shared with the team is served.',
      resolve: (row, _a, ctx) => isPublished(ctx, row),
    }),
    canPublish: t.boolean({
      description: 'Whether the caller may publish it or withdraw it (its owner and admins, once it is shared with the team).',
      resolve: (row, _a, ctx) => row.visibility === 'team' && canEdit(ctx, { owner: row.owner, deleted: Number(row.deleted) }),
    }),
    feedUrl: t.string({
      nullable: true,
      description: 'Its TAXII collection’s objects, for OpenCTI or MISP to pull (null while it is not published).',
      resolve: async (row, _a, ctx) => ((await isPublished(ctx, row)) ? `${ctx.config.alerting.publicUrl}/taxii2/api/collections/${row.id}/objects/` : null),
    }),
  }));

builder.mutationField('publishInvestigation', (t) =>
  t.field({
    type: InvestigationRef,
    description:
      'Serves a saved investigation on the TAXII feed, or stops serving it. Its owner and admins may; a private investigation is never published (share it with the team first). Consumers receive a new version of each object the investigation changes.',
    args: {
      id: t.arg.id({ required: true, description: 'The investigation.' }),
      published: t.arg.boolean({ required: true, description: 'true to publish, false to withdraw.' }),
    },
    resolve: async (_r, a, ctx) => {
      const id = uuidOf(String(a.id), 'id');
      const action = a.published ? 'publish_investigation' : 'unpublish_investigation';
      const attempt = { action, targetType: 'investigation', target: id };
      return auditedWrite(ctx, attempt, async () => {
        const row = (await investigationsById(ctx.db, [id])).get(id);
        if (!row || !canRead(ctx, { ...row, deleted: 0 })) throw appError('NOT_FOUND', `No investigation ${id}.`);
        if (!canEdit(ctx, { owner: row.owner, deleted: 0 }))
          return refuseWrite(ctx, attempt, `${ctx.viewer.user} may not publish ${id}: it belongs to ${row.owner}.`);
        if (a.published && row.visibility !== 'team') throw badInput('A private investigation is never published: share it with the team first.');
        await createTaxiiRepository(ctx.db).setPublished(id, a.published, writeStamp(ctx, action, row.name));
        return (await investigationsWithNotes(ctx.db, [id]))[0]!;
      });
    },
  }),
);
