import type { Context } from '../../context.js';
import { keyedLoader } from '../../schema/loaders.js';
import { windowKey, type Window } from '../../schema/window.js';
import { createCampaignRepository } from './campaign.repository.js';

/** Each campaign's detector scores over the window. */
export const scoresLoader = (ctx: Context, w: Window) =>
  keyedLoader(
    ctx.loaders,
    'campaign.scores',
    { w: windowKey(w) },
    (ids) => createCampaignRepository(ctx.db).scores(ids, w),
    (r) => r.id,
    (rs) => rs[0],
  );
