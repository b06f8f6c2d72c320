import { builder } from '../../schema/builder.js';
import { type Window } from '../../schema/window.js';
import { entityParent } from '../../graph/entity.refs.js';
import { type OwnDataRow } from './reputation.service.js';
import { type Reputation, type SourceAnswer } from './reputation.service.js';
import { reputationOf } from './reputation.loaders.js';
import { ASNRef, CountryRef, IPRef } from '../../graph/entity.types.js';

const ProviderEnum = builder.enumType('ReputationProvider', {
  description: 'A public IP reputation database (both are asked without an API key).',
  values: {
    IP_API: { value: 'ip-api', description: 'ip-api.com: AS, ISP, country, proxy/VPN/Tor, hosting and mobile flags.' },
    IPINFO: { value: 'ipinfo', description: 'ipinfo.io: AS and country (privacy flags only with a paid token).' },
  } as const,
});

const StatusEnum = builder.enumType('ReputationSourceStatus', {
  description: 'How a provider answered.',
  values: {
    OK: { value: 'ok', description: 'It answered.' },
    TIMEOUT: { value: 'timeout', description: 'No answer within REPUTATION_TIMEOUT_MS.' },
    RATE_LIMITED: { value: 'rate_limited', description: 'Its rate limit is reached: not asked until it allows it again.' },
    ERROR: { value: 'error', description: 'It failed, refused the address or answered something unreadable.' },
    SKIPPED: { value: 'skipped', description: 'Not asked: a private or reserved address, or past the per-request lookup limit.' },
  } as const,
});

const NetworkTypeEnum = builder.enumType('NetworkType', {
  description: 'What kind of network an address is in, from the merged reputation.',
  values: {
    ANONYMIZER: { description: 'A proxy, VPN or Tor exit.' },
    HOSTING: { description: 'A hosting provider or data centre.' },
    MOBILE: { description: 'A mobile carrier.' },
    ISP: { description: 'An access provider (residential or business).' },
    UNKNOWN: { description: 'Nothing says.' },
  } as const,
});

export type NetworkType = 'ANONYMIZER' | 'HOSTING' | 'MOBILE' | 'ISP' | 'UNKNOWN';

export function networkType(r: Reputation): NetworkType {
  if (r.proxy || r.vpn || r.tor) return 'ANONYMIZER';
  if (r.hosting) return 'HOSTING';
  if (r.mobile || r.asnLabel === 'mobile') return 'MOBILE';
  if (r.asnLabel === 'isp' || (r.basedOn.some((b) => b !== 'own data') && r.hosting === false)) return 'ISP';
  return 'UNKNOWN';
}

const SourceRef = builder.objectRef<SourceAnswer>('ReputationSource').implement({
  description: 'What one provider said, as received.',
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, description: 'Which database.', resolve: (s) => s.provider }),
    status: t.field({ type: StatusEnum, description: 'How it answered.', resolve: (s) => s.status }),
    message: t.string({ nullable: true, description: 'Why it did not answer, when it did not.', resolve: (s) => s.message ?? null }),
    cached: t.exposeBoolean('cached', { description: 'Served from the cache (REPUTATION_CACHE_TTL_S, 24 h by default).' }),
    fetchedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was asked.', resolve: (s) => s.fetchedAt ?? null }),
    countryCode: t.string({ nullable: true, description: 'Country it places the address in.', resolve: (s) => s.country || null }),
    asn: t.int({ nullable: true, description: 'AS number it reports.', resolve: (s) => s.asn ?? null }),
    isp: t.string({ nullable: true, description: 'ISP or AS organisation it reports.', resolve: (s) => s.isp || s.asnOrg || null }),
    proxy: t.boolean({ nullable: true, description: 'Proxy flag, when it tells.', resolve: (s) => s.proxy ?? null }),
    vpn: t.boolean({ nullable: true, description: 'VPN flag, when it tells.', resolve: (s) => s.vpn ?? null }),
    tor: t.boolean({ nullable: true, description: 'Tor exit flag, when it tells.', resolve: (s) => s.tor ?? null }),
    hosting: t.boolean({ nullable: true, description: 'Hosting flag, when it tells.', resolve: (s) => s.hosting ?? null }),
    mobile: t.boolean({ nullable: true, description: 'Mobile carrier flag, when it tells.', resolve: (s) => s.mobile ?? null }),
    raw: t.field({ type: 'JSON', nullable: true, description: 'Its answer, unmodified.', resolve: (s) => s.raw ?? null }),
  }),
});

const OwnDataRef = builder.objectRef<OwnDataRow>('ReputationOwnData').implement({
  description: 'What our own capture recorded for an address in the last 30 days (whole hours): the AS and country most of its requests came from.',
  fields: (t) => ({
    asn: t.exposeInt('asn', { description: 'AS number (0 when none was recorded).' }),
    asnOrganization: t.exposeString('asn_org', { description: 'AS organisation.' }),
    asnLabel: t.exposeString('asn_label', { description: 'Our label of the AS.' }),
    countryCode: t.exposeString('country', { description: 'ISO country code.' }),
    lastSeen: t.field({ type: 'DateTime', description: 'Its latest request.', resolve: (o) => o.last_seen }),
  }),
});

export const ReputationRef = builder.objectRef<Reputation & { window: Window }>('Reputation').implement({
  description:
    'What public reputation databases say about an address, merged with what our own capture knows. When no provider can be reached the answer comes from our data and says so (degraded); with REPUTATION_PROVIDERS=none it always does (offline).',
  fields: (t) => ({
    ip: t.field({ type: IPRef, description: 'The address.', resolve: (r) => entityParent('IP', r.ip, r.window) }),
    address: t.field({ type: 'IPAddress', description: 'The address, as text.', resolve: (r) => r.ip }),
    networkType: t.field({ type: NetworkTypeEnum, description: 'Anonymizer, hosting, mobile, ISP or unknown.', resolve: networkType }),
    proxy: t.boolean({
      nullable: true,
      description: 'A proxy, VPN or Tor exit, as any provider says (ip-api counts all three as proxy); null when none tells.',
      resolve: (r) => r.proxy,
    }),
    vpn: t.boolean({ nullable: true, description: 'A VPN endpoint; null when no provider tells (keyless providers rarely do).', resolve: (r) => r.vpn }),
    tor: t.boolean({ nullable: true, description: 'A Tor exit; null when no provider tells.', resolve: (r) => r.tor }),
    hosting: t.boolean({
      nullable: true,
      description: 'A hosting provider or data centre (from the providers, else from our AS label).',
      resolve: (r) => r.hosting,
    }),
    mobile: t.boolean({ nullable: true, description: 'A mobile carrier; null when no provider tells.', resolve: (r) => r.mobile }),
    asnNumber: t.int({ nullable: true, description: 'AS number.', resolve: (r) => r.asn }),
    asn: t.field({
      type: ASNRef,
      nullable: true,
      description: 'The AS, to pivot to.',
      resolve: (r) => (r.asn ? entityParent('ASN', String(r.asn), r.window) : null),
    }),
    asnOrganization: t.string({ nullable: true, description: 'AS organisation.', resolve: (r) => r.asnOrg }),
    asnLabel: t.string({ nullable: true, description: 'Our label of the AS (isp, mobile, hosting, datacenter, search_engine).', resolve: (r) => r.asnLabel }),
    countryCode: t.string({ nullable: true, description: 'ISO country code.', resolve: (r) => r.country }),
    country: t.field({
      type: CountryRef,
      nullable: true,
      description: 'The country, to pivot to.',
      resolve: (r) => (r.country ? entityParent('COUNTRY', r.country, r.window) : null),
    }),
    isp: t.string({ nullable: true, description: 'ISP name.', resolve: (r) => r.isp }),
    basedOn: t.stringList({ description: 'Which sources answered: ip-api, ipinfo, own data.', resolve: (r) => r.basedOn }),
    offline: t.exposeBoolean('offline', { description: 'No provider is configured (REPUTATION_PROVIDERS=none): our data only.' }),
    degraded: t.exposeBoolean('degraded', { description: 'Providers are configured but none answered: our data only.' }),
    ownData: t.field({
      type: OwnDataRef,
      nullable: true,
      description: 'What our capture knows of the address (last 30 days); null when unseen.',
      resolve: (r) => r.own,
    }),
    sources: t.field({ type: [SourceRef], description: 'Each provider’s own answer.', resolve: (r) => r.sources }),
  }),
});

builder.queryField('reputation', (t) =>
  t.field({
    extensions: { cost: 150 },
    type: ReputationRef,
    description: 'The reputation of any address, seen in our traffic or not.',
    args: { ip: t.arg({ type: 'IPAddress', required: true, description: 'IPv4 or IPv6 address.' }) },
    resolve: (_r, { ip }, ctx) => reputationOf(ctx, ip as string),
  }),
);
