import { LegacyClassifyIncidentDocument, LegacyIncidentDocument, LegacyIncidentsDocument, type LegacyIncidentFragment } from '../generated/graphql.js';
import { tagsOf } from './decisions.js';
import { badRequest } from '../errors.js';
import { int, lookup } from '../params.js';
import { defineRoute, type Route } from '../route.js';

const incident = (i: LegacyIncidentFragment) => ({
  cluster_id: i.id,
  ja4: i.ja4?.fingerprint ?? '',
  claimed_client: i.claimedClient,
  detections: i.detections,
  unique_ips: i.uniqueIps,
  asns: i.asns,
  countries: i.countries,
  hosts: i.hosts.map((h) => h.name),
  first_seen: i.firstSeen,
  last_seen: i.lastSeen,
  status: i.active ? 'active' : 'inactive',
  max_score: i.maxScore,
  worst_threat: i.worstThreat,
  campaign_id: i.campaign?.campaignId ?? '',
  reason: i.reason,
});

const LABELS = { legitimate: 'LEGITIMATE', suspicious: 'SUSPICIOUS', malicious: 'MALICIOUS' } as const;
const LIMIT = [{ name: 'limit', type: 'integer' as const, description: '1–500, default 50.' }];

export const incidentRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/incidents',
    tag: 'Incidents',
    summary: 'Incidents of the last 7 days: detections sharing a JA4 and a claimed client (2+ IPs)',
    query: LIMIT,
    operation: LegacyIncidentsDocument,
    variables: ({ query }) => ({ first: int(query, ['limit'], { min: 1, max: 500, fallback: 50 }) }),
    shape: (d) => ({ items: d.incidents.map(incident), total: d.incidents.length }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/incidents/clusters',
    tag: 'Incidents',
    summary: 'Active incident clusters (detections in the last 24 h)',
    query: LIMIT,
    operation: LegacyIncidentsDocument,
    variables: ({ query }) => ({ activeOnly: true, first: int(query, ['limit'], { min: 1, max: 500, fallback: 50 }) }),
    shape: (d) => ({ clusters: d.incidents.map(incident) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/incidents/{cluster_id}',
    tag: 'Incidents',
    summary: 'One incident with its member IPs',
    operation: LegacyIncidentDocument,
    variables: ({ params }) => ({ id: params.cluster_id! }),
    notFound: (d) => !d.incident,
    shape: (d) => ({
      ...incident(d.incident!),
      members: d.incident!.members.map((m) => ({ ip: m.ip.address, detections: m.detections, max_score: m.maxScore })),
    }),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/incidents/{cluster_id}/classify',
    tag: 'Incidents',
    summary: 'Classify an incident as a whole (analysts and admins; audited). Body: {label, tags?, comment?, confidence?}',
    operation: LegacyClassifyIncidentDocument,
    variables: ({ params, body }) => {
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('the request body must be a JSON object');
      const b = body as Record<string, unknown>;
      const label = lookup<(typeof LABELS)[keyof typeof LABELS]>(LABELS, String(b.label ?? '').toLowerCase());
      if (!label) throw badRequest('label must be one of: legitimate, suspicious, malicious');
      const tags = tagsOf(b);
      if (b.comment !== undefined && typeof b.comment !== 'string') throw badRequest('comment must be a string');
      if (b.confidence !== undefined && typeof b.confidence !== 'number') throw badRequest('confidence must be a number');
      return { id: params.cluster_id!, label, tags, comment: b.comment as string | undefined, confidence: b.confidence as number | undefined };
    },
    shape: (d) => ({
      status: 'ok',
      cluster_id: d.classifyIncident.value,
      classification: {
        id: d.classifyIncident.id,
        label: d.classifyIncident.label?.toLowerCase(),
        tags: d.classifyIncident.tags,
        analyst: d.classifyIncident.analyst,
      },
    }),
  }),
];
