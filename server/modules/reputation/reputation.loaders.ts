import { presetWindow, type Window } from '../../schema/window.js';
import type { Context } from '../../context.js';
import { activityLoader, asnNameLoader, linkLoader } from '../../graph/entity.loaders.js';
import { reputationService, type OwnDataRow, type Reputation } from './reputation.service.js';

/** Each IP's reputation: the providers asked once per request for every IP, merged with what our capture knows. */
export async function reputationOf(ctx: Context, ip: string) {
  const window = presetWindow('LAST_30D', ctx.now);
  const loader = ctx.loaders.get<string, Reputation>('reputation', null, async (ips) => {
    const service = reputationService(ctx.config.reputation);
    const [answers, own] = await Promise.all([service.ask(ips), ownData(ctx, ips, window)]);
    return ips.map((ip, i) => service.merge(ip, answers.get(ip) ?? [], own[i]!));
  });
  return { ...(await loader.load(ip)), window };
}

/**
 * What our capture knows of each IP in the window, from the graph layer by the IPs' keys: the AS and
 * the country most of its requests came from, the AS's organisation and label, its last request
 * (null when unseen). Scanning a busy IP's 30 days of raw requests for its latest AS read 185 K rows.
 */
async function ownData(ctx: Context, ips: readonly string[], w: Window): Promise<(OwnDataRow | null)[]> {
  const [asns, countries, activity] = await Promise.all([
    Promise.all(ips.map((ip) => linkLoader(ctx, 'IP', 'ASN', w, 1).load(ip))),
    Promise.all(ips.map((ip) => linkLoader(ctx, 'IP', 'COUNTRY', w, 1).load(ip))),
    Promise.all(ips.map((ip) => activityLoader(ctx, 'IP', w).load(ip))),
  ]);
  const names = await Promise.all(asns.map((a) => (a[0] ? asnNameLoader(ctx).load(a[0].to_key) : undefined)));
  return ips.map((ip, i) => {
    const seen = activity[i];
    if (!seen) return null;
    const asn = asns[i]![0];
    return {
      ip,
      asn: Number(asn?.to_key ?? 0),
      asn_org: names[i]?.org ?? '',
      asn_label: names[i]?.label ?? '',
      country: countries[i]![0]?.to_key ?? '',
      last_seen: seen.last_seen,
    };
  });
}
