import { byKey } from '../../schema/loaders.js';
import { presetWindow } from '../../schema/window.js';
import type { Context } from '../../context.js';
import { createReputationRepository } from './reputation.repository.js';
import { reputationService, type Reputation } from './reputation.service.js';

/** Each IP's reputation: the providers asked once per request for every IP, merged with what our capture knows. */
export async function reputationOf(ctx: Context, ip: string) {
  const window = presetWindow('LAST_30D', ctx.now);
  const loader = ctx.loaders.get<string, Reputation>('reputation', null, async (ips) => {
    const service = reputationService(ctx.config.reputation);
    const [answers, own] = await Promise.all([service.ask(ips), createReputationRepository(ctx.db).ownData(ips, window)]);
    const owns = byKey(
      ips,
      own,
      (r) => r.ip,
      (rows) => rows[0] ?? null,
    );
    return ips.map((ip, i) => service.merge(ip, answers.get(ip) ?? [], owns[i]!));
  });
  return { ...(await loader.load(ip)), window };
}
