import type { Context } from '../../context.js';
import { keyedLoader } from '../../schema/loaders.js';
import { windowKey, type Window } from '../../schema/window.js';
import { createBotnetRepository } from './botnet.repository.js';

/** Each fingerprint's flagged share of its scored windows (0 when never scored). */
export const flaggedShareLoader = (ctx: Context, w: Window) =>
  keyedLoader(
    ctx.loaders,
    'botnet.flaggedShares',
    { w: windowKey(w) },
    (ja4s) => createBotnetRepository(ctx.db).flaggedShares(ja4s, w),
    (r) => r.ja4,
    (rs) => rs[0]?.share ?? 0,
  );
