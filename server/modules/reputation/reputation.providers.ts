export type ProviderName = 'ip-api' | 'ipinfo';
export type ProviderStatus = 'ok' | 'timeout' | 'rate_limited' | 'error' | 'skipped';

/** What one provider says about one IP. Flags are undefined when the provider does not tell. */
export interface ProviderAnswer {
  provider: ProviderName;
  status: ProviderStatus;
  message?: string;
  country?: string;
  isp?: string;
  asn?: number;
  asnOrg?: string;
  proxy?: boolean;
  vpn?: boolean;
  tor?: boolean;
  hosting?: boolean;
  mobile?: boolean;
  raw?: unknown;
  /** The provider could not be reached at all (network error or timeout). */
  unreachable?: boolean;
}

export interface Provider {
  name: ProviderName;
  /** One answer per IP, in order. Never throws: failures are answers with a status. */
  lookup(ips: readonly string[], timeoutMs: number): Promise<ProviderAnswer[]>;
}

const IP_API_FIELDS = 'status,message,query,country,countryCode,isp,org,as,asname,mobile,proxy,hosting';
const IP_API_BATCH = 100;
const IPINFO_PARALLEL = 4;

const asnOf = (as: unknown) => {
  const m = typeof as === 'string' ? /^AS(\d+)\s*(.*)$/.exec(as) : null;
  return m ? { asn: Number(m[1]), asnOrg: m[2] ?? '' } : {};
};

class Malformed extends Error {}

async function fetchJson(url: string, timeoutMs: number, init: RequestInit = {}): Promise<{ res: Response; body: unknown }> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json', ...init.headers } });
  const text = await res.text();
  try {
    return { res, body: JSON.parse(text) };
  } catch {
    if (res.status === 429) return { res, body: {} };
    throw new Malformed(`malformed answer (HTTP ${res.status}, not JSON)`);
  }
}

function failure(provider: ProviderName, err: unknown): ProviderAnswer {
  const e = err as { name?: string; cause?: { code?: unknown } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return { provider, status: 'timeout', message: 'no answer in time', unreachable: true };
  if (err instanceof Malformed) return { provider, status: 'error', message: err.message };
  const code = typeof e?.cause?.code === 'string' && /^[A-Z_]{3,30}$/.test(e.cause.code) ? ` (${e.cause.code})` : '';
  return { provider, status: 'error', message: `unreachable${code}`, unreachable: true };
}

const all = (ips: readonly string[], a: Omit<ProviderAnswer, 'provider'>, provider: ProviderName) => ips.map(() => ({ provider, ...a }));

function ipApiAnswer(b: Record<string, unknown>): ProviderAnswer {
  if (b?.status !== 'success') return { provider: 'ip-api', status: 'error', message: String(b?.message ?? 'no answer for this address'), raw: b };
  return {
    provider: 'ip-api',
    status: 'ok',
    country: String(b.countryCode ?? ''),
    isp: String(b.isp ?? ''),
    ...asnOf(b.as),
    proxy: b.proxy === true,
    hosting: b.hosting === true,
    mobile: b.mobile === true,
    raw: b,
  };
}

/**
 * ip-api.com without a key: one GET for one IP, the batch endpoint (100 IPs a call) for more.
 * When X-Rl reaches 0, or on 429, nothing is sent until X-Ttl seconds have passed, as its terms
 * require (a client that keeps calling while throttled gets its address banned).
 */
export function ipApi(): Provider & { blockedUntil: number } {
  const p = {
    name: 'ip-api' as const,
    blockedUntil: 0,
    async lookup(ips: readonly string[], timeoutMs: number): Promise<ProviderAnswer[]> {
      const out: ProviderAnswer[] = [];
      for (let i = 0; i < ips.length; i += IP_API_BATCH) out.push(...(await p.call(ips.slice(i, i + IP_API_BATCH), timeoutMs)));
      return out;
    },
    async call(ips: readonly string[], timeoutMs: number): Promise<ProviderAnswer[]> {
      const wait = Math.ceil((p.blockedUntil - Date.now()) / 1000);
      if (wait > 0) return all(ips, { status: 'rate_limited', message: `rate limit reached: not asked again for ${wait} s` }, 'ip-api');
      try {
        const { res, body } =
          ips.length === 1
            ? await fetchJson(`http://ip-api.com/json/${encodeURIComponent(ips[0]!)}?fields=${IP_API_FIELDS}`, timeoutMs)
            : await fetchJson(`http://ip-api.com/batch?fields=${IP_API_FIELDS}`, timeoutMs, {
                method: 'POST',
                body: JSON.stringify(ips),
                headers: { 'content-type': 'application/json' },
              });
        const ttl = Number(res.headers.get('x-ttl'));
        const ttlS = Number.isFinite(ttl) && ttl > 0 ? ttl : 60;
        if (res.status === 429 || res.headers.get('x-rl') === '0') p.blockedUntil = Date.now() + ttlS * 1000;
        if (res.status === 429) return all(ips, { status: 'rate_limited', message: `throttled (HTTP 429): not asked again for ${ttlS} s` }, 'ip-api');
        if (!res.ok) return all(ips, { status: 'error', message: `HTTP ${res.status}` }, 'ip-api');
        const rows = ips.length === 1 ? [body] : body;
        if (!Array.isArray(rows) || rows.length !== ips.length) throw new Malformed('malformed answer (unexpected batch shape)');
        return rows.map((b) => ipApiAnswer(b as Record<string, unknown>));
      } catch (err) {
        return all(ips, failure('ip-api', err), 'ip-api');
      }
    },
  };
  return p;
}

/** ipinfo.io without a token: country and AS (privacy flags come only with a paid token). */
export function ipInfo(): Provider & { blockedUntil: number } {
  let blockedUntil = 0;
  const one = async (ip: string, timeoutMs: number): Promise<ProviderAnswer> => {
    const wait = Math.ceil((blockedUntil - Date.now()) / 1000);
    if (wait > 0) return { provider: 'ipinfo', status: 'rate_limited', message: `rate limit reached: not asked again for ${wait} s` };
    try {
      const { res, body } = await fetchJson(`https://ipinfo.io/${encodeURIComponent(ip)}/json`, timeoutMs);
      if (res.status === 429) {
        const after = Number(res.headers.get('retry-after'));
        const s = Number.isFinite(after) && after > 0 ? after : 60;
        blockedUntil = Date.now() + s * 1000;
        return { provider: 'ipinfo', status: 'rate_limited', message: `throttled (HTTP 429): not asked again for ${s} s` };
      }
      if (!res.ok) return { provider: 'ipinfo', status: 'error', message: `HTTP ${res.status}` };
      const b = body as Record<string, unknown>;
      if (typeof b !== 'object' || b === null || typeof b.ip !== 'string') throw new Malformed('malformed answer (no ip field)');
      if (b.bogon) return { provider: 'ipinfo', status: 'error', message: 'bogon (private or reserved) address', raw: b };
      const privacy = b.privacy as Record<string, unknown> | undefined;
      return {
        provider: 'ipinfo',
        status: 'ok',
        country: String(b.country ?? ''),
        ...asnOf(b.org),
        raw: b,
        ...(privacy ? { proxy: privacy.proxy === true, vpn: privacy.vpn === true, tor: privacy.tor === true, hosting: privacy.hosting === true } : {}),
      };
    } catch (err) {
      return failure('ipinfo', err);
    }
  };
  return {
    name: 'ipinfo',
    get blockedUntil() {
      return blockedUntil;
    },
    async lookup(ips, timeoutMs) {
      const out: ProviderAnswer[] = [];
      for (let i = 0; i < ips.length; i += IPINFO_PARALLEL) out.push(...(await Promise.all(ips.slice(i, i + IPINFO_PARALLEL).map((ip) => one(ip, timeoutMs)))));
      return out;
    },
  };
}
