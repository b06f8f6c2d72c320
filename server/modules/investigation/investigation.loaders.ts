import type { Context } from '../../context.js';
import { keyedLoader } from '../../schema/loaders.js';
import { windowKey, type Window } from '../../schema/window.js';
import { createInvestigationRepository } from './investigation.repository.js';

/** Everything the risk score of each IP rests on, over the window. */
export const signalsLoader = (ctx: Context, w: Window) =>
  keyedLoader(
    ctx.loaders,
    'investigation.signals',
    { w: windowKey(w) },
    (ips) => createInvestigationRepository(ctx.db).signals(ips, w),
    (r) => r.ip,
    (rs) => rs[0],
  );
