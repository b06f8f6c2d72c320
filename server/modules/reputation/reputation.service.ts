import { isPublic } from '../../schema/ip.js';
import type { Config } from '../../config.js';
import { ipApi, ipInfo, type Provider, type ProviderAnswer, type ProviderName } from './reputation.providers.js';

/** At most this many uncached IPs of one request go to the providers; the rest answer from our data. */
export const MAX_LOOKUPS_PER_REQUEST = 100;
const MAX_CACHE_ENTRIES = 50_000;
/** After a provider could not be reached, requests answer from our data this long instead of each waiting for the timeout. */
export const RETRY_UNREACHABLE_MS = 30_000;

/** What our own capture knows of an IP. */
export interface OwnDataRow {
  ip: string;
  asn: number;
  asn_org: string;
  asn_label: string;
  country: string;
  last_seen: string;
}

export interface SourceAnswer extends ProviderAnswer {
  cached: boolean;
  fetchedAt?: Date;
}

export interface Reputation {
  ip: string;
  sources: SourceAnswer[];
  own: OwnDataRow | null;
  /** No provider is configured: every answer comes from our data. */
  offline: boolean;
  /** Providers are configured but none answered: the answer comes from our data. */
  degraded: boolean;
  proxy: boolean | null;
  vpn: boolean | null;
  tor: boolean | null;
  hosting: boolean | null;
  mobile: boolean | null;
  asn: number | null;
  asnOrg: string | null;
  asnLabel: string | null;
  country: string | null;
  isp: string | null;
  basedOn: string[];
}

const LABEL_HOSTING = new Set(['hosting', 'datacenter', 'cloud']);

export class ReputationService {
  private cache = new Map<string, { answer: ProviderAnswer; fetchedAt: Date; expires: number }>();
  private down = new Map<ProviderName, { until: number; why: SourceAnswer }>();
  readonly providers: Provider[];

  constructor(private readonly cfg: Config['reputation']) {
    this.providers = cfg.providers.map((n) => (n === 'ip-api' ? ipApi() : ipInfo()));
  }

  /** Every provider's answer for each IP, from the cache when fresh; only public IP literals are sent. */
  async ask(ips: readonly string[]): Promise<Map<string, SourceAnswer[]>> {
    const out = new Map(ips.map((ip) => [ip, [] as SourceAnswer[]]));
    await Promise.all(
      this.providers.map(async (p) => {
        const missing: string[] = [];
        for (const ip of ips) {
          const hit = this.cache.get(`${p.name}|${ip}`);
          if (!isPublic(ip)) out.get(ip)!.push({ provider: p.name, status: 'skipped', message: 'private or reserved address: not sent', cached: false });
          else if (hit && hit.expires > Date.now()) out.get(ip)!.push({ ...hit.answer, cached: true, fetchedAt: hit.fetchedAt });
          else missing.push(ip);
        }
        const sent = missing.slice(0, MAX_LOOKUPS_PER_REQUEST);
        for (const ip of missing.slice(MAX_LOOKUPS_PER_REQUEST))
          out
            .get(ip)!
            .push({ provider: p.name, status: 'skipped', message: `only ${MAX_LOOKUPS_PER_REQUEST} addresses are looked up per request`, cached: false });
        if (!sent.length) return;
        const down = this.down.get(p.name);
        if (down && down.until > Date.now()) {
          const message = `${down.why.message}; asked again in ${Math.ceil((down.until - Date.now()) / 1000)} s`;
          for (const ip of sent) out.get(ip)!.push({ ...down.why, message, cached: false });
          return;
        }
        const answers = await p.lookup(sent, this.cfg.timeoutMs);
        const fetchedAt = new Date();
        if (answers.every((a) => a.unreachable))
          this.down.set(p.name, { until: Date.now() + RETRY_UNREACHABLE_MS, why: { ...answers[0]!, cached: false, fetchedAt } });
        sent.forEach((ip, i) => {
          const answer = answers[i]!;
          if (answer.status === 'ok' && this.cfg.cacheTtlS > 0) this.remember(p.name, ip, answer, fetchedAt);
          out.get(ip)!.push({ ...answer, cached: false, fetchedAt });
        });
      }),
    );
    for (const list of out.values()) list.sort((a, b) => this.order(a.provider) - this.order(b.provider));
    return out;
  }

  private order = (n: ProviderName) => this.cfg.providers.indexOf(n);

  private remember(provider: ProviderName, ip: string, answer: ProviderAnswer, fetchedAt: Date) {
    if (this.cache.size >= MAX_CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(`${provider}|${ip}`, { answer, fetchedAt, expires: fetchedAt.getTime() + this.cfg.cacheTtlS * 1000 });
  }

  merge(ip: string, sources: SourceAnswer[], own: OwnDataRow | null): Reputation {
    const ok = sources.filter((s) => s.status === 'ok');
    const first = <K extends keyof ProviderAnswer>(k: K) => ok.map((s) => s[k]).find((v) => v !== undefined && v !== '');
    const flag = (k: 'proxy' | 'vpn' | 'tor' | 'hosting' | 'mobile') => {
      const said = ok.map((s) => s[k]).filter((v): v is boolean => v !== undefined);
      return said.length ? said.some(Boolean) : null;
    };
    const anonymizer = [flag('proxy'), flag('vpn'), flag('tor')];
    const ownHosting = own?.asn_label ? LABEL_HOSTING.has(own.asn_label) : null;
    const hosting = flag('hosting') ?? ownHosting;
    const country = first('country') ?? (own?.country || undefined);
    const asn = first('asn') ?? (own?.asn || undefined);
    return {
      ip,
      sources,
      own,
      offline: this.providers.length === 0,
      degraded: ok.length === 0 && sources.some((s) => s.status !== 'skipped'),
      proxy: anonymizer.includes(true) ? true : anonymizer.includes(false) ? false : null,
      vpn: flag('vpn'),
      tor: flag('tor'),
      hosting,
      mobile: flag('mobile'),
      asn: asn ?? null,
      asnOrg: first('asnOrg') ?? (own?.asn_org || null),
      asnLabel: own?.asn_label || null,
      country: country ?? null,
      isp: first('isp') ?? first('asnOrg') ?? (own?.asn_org || null),
      basedOn: [...ok.map((s) => s.provider as string), ...(own ? ['own data'] : [])],
    };
  }
}

const services = new WeakMap<Config['reputation'], ReputationService>();

/** One service (cache and rate-limit state) per configuration: the app's for the process, each test's its own. */
export function reputationService(cfg: Config['reputation']): ReputationService {
  let s = services.get(cfg);
  if (!s) services.set(cfg, (s = new ReputationService(cfg)));
  return s;
}
