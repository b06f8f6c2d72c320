import { LegacyReputationDocument, LegacyReputationSummaryDocument, type LegacyReputationSummaryFragment } from '../generated/graphql.js';
import { defineRoute, type Route } from '../route.js';

const summary = (r: LegacyReputationSummaryFragment) => ({
  ip: r.address,
  network_type: r.networkType.toLowerCase(),
  is_proxy: r.proxy,
  is_vpn: r.vpn,
  is_tor: r.tor,
  is_hosting: r.hosting,
  is_mobile: r.mobile,
  asn: r.asnNumber,
  asn_org: r.asnOrganization,
  asn_label: r.asnLabel,
  country: r.countryCode,
  isp: r.isp,
  based_on: r.basedOn,
  degraded: r.degraded,
  offline: r.offline,
});

export const reputationRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/reputation/ip/{ip_address}',
    tag: 'Reputation',
    summary:
      'Full IP reputation: the merged summary, each provider’s answer (ip-api.com, ipinfo.io; cached 24 h) and our own data. Degrades to our data when the providers cannot be reached',
    operation: LegacyReputationDocument,
    variables: ({ params }) => ({ ip: params.ip_address! }),
    shape: ({ reputation: r }) => ({
      ...summary(r),
      providers: Object.fromEntries(
        r.sources.map((s) => [
          s.provider === 'IP_API' ? 'ip_api' : 'ipinfo',
          { status: s.status.toLowerCase(), message: s.message, cached: s.cached, fetched_at: s.fetchedAt, data: s.raw },
        ]),
      ),
      own_data: r.ownData && {
        asn: r.ownData.asn,
        asn_org: r.ownData.asnOrganization,
        asn_label: r.ownData.asnLabel,
        country: r.ownData.countryCode,
        last_seen: r.ownData.lastSeen,
      },
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/reputation/ip/{ip_address}/summary',
    tag: 'Reputation',
    summary: 'Simplified reputation: network type, proxy/VPN/Tor/hosting/mobile flags (null when no source tells), AS, country, ISP and which sources answered',
    operation: LegacyReputationSummaryDocument,
    variables: ({ params }) => ({ ip: params.ip_address! }),
    shape: ({ reputation: r }) => summary(r),
  }),
];
