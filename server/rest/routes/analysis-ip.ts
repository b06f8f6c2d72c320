import {
  LegacyCountriesDocument,
  LegacyIpCountryDocument,
  LegacyIpJa4Document,
  LegacyIpSubnetDocument,
  LegacyIpUserAgentsDocument,
} from '../generated/graphql.js';
import { defineRoute, type Route } from '../route.js';
import { percent } from '../shape.js';

/** The IP investigation panels (navigation.md): subnet/ASN, country, JA4 and User-Agent analyses. */
export const ipAnalysisRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/analysis/{ip}/subnet',
    tag: 'Analysis',
    summary: 'The IP’s /24 (or /64) and its IPs, and its AS with how many IPs it has (last 7 days)',
    operation: LegacyIpSubnetDocument,
    variables: ({ params }) => ({ ip: params.ip! }),
    notFound: (d) => !d.ip,
    shape: ({ ip }) => ({
      ip: ip!.address,
      subnet: ip!.subnet.cidr,
      subnet_ips: ip!.subnet.ips.edges.map((e) => ({ ip: e.node.address, hits: e.hits })),
      subnet_ips_count: ip!.subnet.ips.totalCount,
      asn_number: ip!.asn?.number ?? null,
      asn_org: ip!.asn?.name ?? '',
      asn_label: ip!.asn?.label ?? '',
      asn_ips_count: ip!.asn?.ips.totalCount ?? 0,
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/analysis/{ip}/country',
    tag: 'Analysis',
    summary: 'The IP’s country, and the countries of the rest of its AS (last 7 days)',
    operation: LegacyIpCountryDocument,
    variables: ({ params }) => ({ ip: params.ip! }),
    notFound: (d) => !d.ip,
    shape: ({ ip }) => {
      const edges = ip!.asn?.countries.edges ?? [];
      const total = edges.reduce((s, e) => s + e.hits, 0);
      return {
        ip: ip!.address,
        country_code: ip!.country?.code ?? '',
        country_name: ip!.country?.name ?? '',
        asn_number: ip!.asn?.number ?? null,
        asn_org: ip!.asn?.name ?? '',
        asn_countries: edges.map((e) => ({
          country_code: e.node.code,
          country_name: e.node.name,
          hits: e.hits,
          unique_ips: e.uniqueIps,
          percentage: percent(e.hits, total),
        })),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/analysis/{ip}/ja4',
    tag: 'Analysis',
    summary: 'The IP’s JA4s, how many other IPs share each, and their top networks (last 7 days)',
    operation: LegacyIpJa4Document,
    variables: ({ params }) => ({ ip: params.ip! }),
    notFound: (d) => !d.ip,
    shape: ({ ip }) => {
      const ja4s = ip!.ja4s.edges;
      return {
        ip: ip!.address,
        ja4_count: ip!.ja4s.totalCount,
        ja4_shared_ips: Math.max(0, ...ja4s.map((e) => e.node.ips.totalCount - 1)),
        ja4s: ja4s.map((e) => ({
          ja4: e.node.fingerprint,
          hits: e.hits,
          known_applications: e.node.knownApplications.map((k) => k.application || k.library),
          shared_ips_count: e.node.ips.totalCount - 1,
          sample_ips: e.node.ips.edges.map((x) => x.node.address).filter((a) => a !== ip!.address),
          top_subnets: e.node.subnets.edges.map((s) => ({ subnet: s.node.cidr, hits: s.hits, unique_ips: s.uniqueIps })),
        })),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/analysis/{ip}/user-agents',
    tag: 'Analysis',
    summary: 'The IP’s User-Agents, classified, with the share of bot/script ones (last 7 days)',
    operation: LegacyIpUserAgentsDocument,
    variables: ({ params }) => ({ ip: params.ip!, value: params.ip! }),
    notFound: (d) => !d.ip || !d.attribute,
    shape: ({ ip, attribute }) => {
      const uas = attribute!.userAgents;
      const total = uas.reduce((s, u) => s + u.count, 0);
      return {
        ip: ip!.address,
        user_agents_count: uas.length,
        bot_ua_percentage: percent(attribute!.botShare),
        user_agents: uas.map((u) => ({ value: u.value, count: u.count, percentage: percent(u.count, total), classification: u.category.toLowerCase() })),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/analysis/country',
    tag: 'Analysis',
    summary: 'Detections per country (last 7 days)',
    operation: LegacyCountriesDocument,
    variables: () => ({}),
    shape: ({ attributeValues: v }) => {
      const total = v.items.reduce((s, i) => s + i.count, 0);
      return {
        total_detections: total,
        countries: v.items.map((i) => ({ country_code: i.value, detections: i.count, unique_ips: i.uniqueIps, percentage: percent(i.count, total) })),
      };
    },
  }),
];
