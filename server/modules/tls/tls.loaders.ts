import type { Context } from '../../context.js';
import { keyedLoader } from '../../schema/loaders.js';
import { windowKey, type Window } from '../../schema/window.js';
import { createCoherenceRepository, createHuntRepository, createTlsRepository } from './tls.repository.js';

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

/** Why each IP's TCP stack contradicts its claimed OS (undefined when it does not). */
export const tcpContradictionLoader = (ctx: Context) =>
  keyedLoader(
    ctx.loaders,
    'tls.tcp',
    {},
    (ips) => createCoherenceRepository(ctx.db).tcpContradictions(ips),
    (r) => r.ip,
    (rs) => rs[0]?.reason,
  );

/** On how many days each IP was flagged. */
export const flaggedDaysLoader = (ctx: Context) =>
  keyedLoader(
    ctx.loaders,
    'hunt.recurrence',
    {},
    (ips) => createHuntRepository(ctx.db).recurrence(ips),
    (r) => r.ip,
    (rs) => rs[0]?.days ?? 0,
  );
