import type { Context } from '../../context.js';
import { windowKey, type Window } from '../../schema/window.js';
import { recurrenceLoader } from '../ip/ip.refs.js';
import { tcpContradictionLoader } from '../tls/tls.refs.js';
import { createRiskRepository, type SignalRow } from './risk.repository.js';

/**
 * Everything the risk score of each IP rests on, over the window (undefined for an IP without
 * traffic in it). Its four reads go out at once — its traffic and scores, and the TCP contradiction
 * and recurrence the TLS and IP panels load too — where one statement joining them had the engine
 * build the joined sides one after another: 52 ms where the slowest of them takes 15.
 */
export const signalsLoader = (ctx: Context, w: Window) =>
  ctx.loaders.get<string, SignalRow | undefined>('investigation.signals', { w: windowKey(w) }, async (ips) => {
    const repo = createRiskRepository(ctx.db);
    const [traffic, scores, tcp, recurrence] = await Promise.all([
      repo.traffic(ips, w),
      repo.scores(ips, w),
      Promise.all(ips.map((ip) => tcpContradictionLoader(ctx).load(ip))),
      Promise.all(ips.map((ip) => recurrenceLoader(ctx).load(ip))),
    ]);
    const trafficOf = new Map(traffic.map((r) => [r.ip, r]));
    const scoresOf = new Map(scores.map((r) => [r.ip, r]));
    return ips.map((ip, i) => {
      const t = trafficOf.get(ip);
      if (!t) return undefined;
      const m = scoresOf.get(ip);
      return {
        ...t,
        max_score: m?.max_score ?? 0,
        worst_level: m?.worst_level ?? '',
        known_bot: m?.known_bot ?? 0,
        campaigns: m?.campaigns ?? 0,
        tcp_reason: tcp[i] ?? '',
        days: recurrence[i]?.recurrence ?? 0,
      };
    });
  });
