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

/** Each IP's persistence across days (undefined when flagged on fewer than two). */
export const recurrenceLoader = (ctx: Context) =>
  keyedLoader(
    ctx.loaders,
    'ip.recurrence',
    {},
    (ips) => createIpRepository(ctx.db).recurrence(ips),
    (r) => r.ip,
    (rs) => rs[0],
  );
