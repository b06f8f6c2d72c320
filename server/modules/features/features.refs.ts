import type { Context } from '../../context.js';
import { byKey } from '../../schema/loaders.js';
import { windowKey, type Window } from '../../schema/window.js';
import { createFeaturesRepository, type ProfileRow } from './features.repository.js';

/** An IP's mean features over its sessions in a window; every IP asked while a list resolves shares one query. */
export function ipFeatureProfile(ctx: Context, ip: string, w: Window): Promise<ProfileRow | undefined> {
  return ctx.loaders
    .get<string, ProfileRow | undefined>('ip.features', { w: windowKey(w) }, async (ips) =>
      byKey(
        ips,
        await createFeaturesRepository(ctx.db).byIp(ips, w),
        (r) => r.ip,
        (rs) => (rs[0] ? { sessions: rs[0].sessions, hits: 0, values: rs[0].v.map(Number) } : undefined),
      ),
    )
    .load(ip);
}
