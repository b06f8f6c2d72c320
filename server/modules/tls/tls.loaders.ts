import type { Context } from '../../context.js';
import { keyedLoader } from '../../schema/loaders.js';
import { windowKey, type Window } from '../../schema/window.js';
import { createTlsRepository } from './tls.repository.js';

/** Each IP's (JA4, User-Agent) pairs in the window. */
export const pairsByIpLoader = (ctx: Context, w: Window) =>
  keyedLoader(
    ctx.loaders,
    'tls.pairsByIp',
    { w: windowKey(w) },
    (ips) => createTlsRepository(ctx.db).pairs(w, ips),
    (r) => r.ip!,
    (rs) => rs,
  );
