import type { Context } from '../../context.js';
import { keyedLoader } from '../../schema/loaders.js';
import { windowKey, type Window } from '../../schema/window.js';
import { createHostRepository } from './host.repository.js';

/** Each host's requests per hour of the day over the window. */
export const hourlyLoader = (ctx: Context, w: Window) =>
  keyedLoader(
    ctx.loaders,
    'host.hourly',
    { w: windowKey(w) },
    (hosts) => createHostRepository(ctx.db).hourly(hosts, w),
    (r) => r.host,
    (rs) => rs,
  );
