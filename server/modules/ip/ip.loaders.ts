import type { Context } from '../../context.js';
import { keyedLoader } from '../../schema/loaders.js';
import { windowKey, type Window } from '../../schema/window.js';
import { createIpRepository } from './ip.repository.js';

/** The newest `limit` requests of each IP in the window (with each IP's total). */
export const httpLogsLoader = (ctx: Context, w: Window, limit: number) =>
  keyedLoader(
    ctx.loaders,
    'ip.httpLogs',
    { w: windowKey(w), limit },
    (ips) => createIpRepository(ctx.db).httpLogs(ips, w, limit),
    (r) => r.ip,
    (rs) => rs,
  );
