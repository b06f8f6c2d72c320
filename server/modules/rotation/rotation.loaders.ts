import type { Context } from '../../context.js';
import { keyedLoader } from '../../schema/loaders.js';
import { windowKey, type Window } from '../../schema/window.js';
import { createRotationRepository } from './rotation.repository.js';

/** Each IP's resource cascades in the window, at most `first`. */
export const cascadesLoader = (ctx: Context, w: Window, first: number) =>
  keyedLoader(
    ctx.loaders,
    'ip.cascades',
    { w: windowKey(w), first },
    (ips) => createRotationRepository(ctx.db).cascades(ips, w, first),
    (r) => r.ip,
    (rs) => rs,
  );
