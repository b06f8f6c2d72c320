import type { Context } from '../../context.js';
import { keyedLoader } from '../../schema/loaders.js';
import { windowKey, type Window } from '../../schema/window.js';
import { createJa4Repository } from './ja4.repository.js';

/** The fingerprints of each family (sections a and c) seen in the window. */
export const siblingsLoader = (ctx: Context, w: Window) =>
  keyedLoader(
    ctx.loaders,
    'ja4.siblings',
    { w: windowKey(w) },
    (families) => createJa4Repository(ctx.db).siblings(families, w),
    (r) => r.family,
    (rs) => rs,
  );
