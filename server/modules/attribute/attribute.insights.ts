import type { Context } from '../../context.js';
import { botShareOf } from './attribute.refs.js';
import type { Window } from '../../schema/window.js';
import { activityLoader, linkLoader } from '../../graph/entity.loaders.js';
import { hasDimension, type Source } from '../../graph/columns.sql.js';
import type { AttributeType } from './attribute.kinds.js';

export interface Insight {
  kind: 'SCRIPT_LIKE' | 'DISTRIBUTED' | 'GEO_SPREAD' | 'BOT_USER_AGENTS' | 'UA_ROTATION' | 'FINGERPRINT_ROTATION';
  severity: 'INFO' | 'WARNING' | 'CRITICAL';
  message: string;
}

/** Thresholds of the auto-generated insights; the legacy screens used the same kind of rules. */
const MANY_IPS = 20;
const MANY_COUNTRIES = 5;
const MANY_USER_AGENTS = 10;
const MANY_JA4S = 3;

/** Plain-language observations about an attribute value, from what was seen with it. */
export async function insightsFor(ctx: Context, v: { type: AttributeType; value: string; window: Window; source: Source }): Promise<Insight[]> {
  const links = (to: 'USER_AGENT' | 'COUNTRY' | 'JA4', first = 50) =>
    hasDimension(to, v.source) && to !== v.type ? linkLoader(ctx, v.type, to, v.window, first, v.source).load(v.value) : Promise.resolve([]);
  const [activity, uas, countries, ja4s] = await Promise.all([
    activityLoader(ctx, v.type, v.window, v.source).load(v.value),
    links('USER_AGENT', 500),
    links('COUNTRY'),
    links('JA4'),
  ]);
  const out: Insight[] = [];
  const uaCount = uas[0]?.total ?? 0;
  if (uaCount === 1) out.push({ kind: 'SCRIPT_LIKE', severity: 'WARNING', message: '1 User-Agent only → possibly a script' });
  if (uaCount >= MANY_USER_AGENTS && v.type === 'IP')
    out.push({ kind: 'UA_ROTATION', severity: 'WARNING', message: `${uaCount} User-Agents from one IP → User-Agent rotation` });
  const ja4Count = ja4s[0]?.total ?? 0;
  if (ja4Count >= MANY_JA4S && v.type === 'IP')
    out.push({ kind: 'FINGERPRINT_ROTATION', severity: 'WARNING', message: `${ja4Count} JA4 fingerprints from one IP → fingerprint rotation` });
  if ((activity?.unique_ips ?? 0) >= MANY_IPS)
    out.push({ kind: 'DISTRIBUTED', severity: 'INFO', message: `${activity!.unique_ips} different IPs → distributed infrastructure` });
  const countryCount = countries[0]?.total ?? 0;
  if (countryCount >= MANY_COUNTRIES) out.push({ kind: 'GEO_SPREAD', severity: 'INFO', message: `${countryCount} countries → wide geographic distribution` });
  const botShare = await botShareOf(ctx, v);
  if (botShare >= 0.5)
    out.push({
      kind: 'BOT_USER_AGENTS',
      severity: 'CRITICAL',
      message: `${Math.round(botShare * 100)}% of requests carry a bot, script, headless or unrecognised User-Agent`,
    });
  return out;
}
