import { v5 as uuidv5 } from 'uuid';
import { isIP } from 'node:net';
import { STIX_LIST_SEPARATOR, STIX_REPORT_LISTS } from './export.refs.js';
import { IDS_POLICY_TEXT, judgement, toIds, type ExportEntity, type ExportGraph } from './export.graph.js';
import { suricataRule } from './suricata.js';

/** STIX 2.1's namespace for deterministic cyber-observable ids (spec §2.9). */
const SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
/** Ours, for the objects we author: the same investigation exports the same ids. */
const JA4GRAPH_NAMESPACE = '6f7b1c2e-3f4a-5b6c-8d9e-0a1b2c3d4e5f';

export const TOOL_IDENTITY = `identity--${uuidv5('ja4graph', JA4GRAPH_NAMESPACE)}`;
/** The extension that carries a JA4 fingerprint on `network-traffic`. */
export const JA4_EXTENSION = `extension-definition--${uuidv5('ja4graph/network-traffic/ja4', JA4GRAPH_NAMESPACE)}`;
const TOOL_CREATED = '2026-01-01T00:00:00.000Z';

type StixObject = Record<string, unknown> & { type: string; id: string };

const sco = (type: string, contributing: Record<string, unknown>) => `${type}--${uuidv5(JSON.stringify(contributing), SCO_NAMESPACE)}`;
const own = (type: string, ...parts: string[]) => `${type}--${uuidv5(parts.join('|'), JA4GRAPH_NAMESPACE)}`;
const stamp = (iso: string) => new Date(iso).toISOString();

/** The observable an entity is in STIX, if it has one (a User-Agent has none of its own: it is on the report). */
function observable(e: ExportEntity): StixObject | null {
  switch (e.type) {
    case 'IP':
    case 'SUBNET': {
      const type = isIP(e.key.split('/')[0]!) === 6 ? 'ipv6-addr' : 'ipv4-addr';
      return { type, spec_version: '2.1', id: sco(type, { value: e.key }), value: e.key };
    }
    case 'ASN': {
      const number = Number(e.key);
      return { type: 'autonomous-system', spec_version: '2.1', id: sco('autonomous-system', { number }), number, ...(e.name ? { name: e.name } : {}) };
    }
    case 'HOST': {
      const value = e.key.replace(/:\d+$/, '');
      return { type: 'domain-name', spec_version: '2.1', id: sco('domain-name', { value }), value };
    }
    default:
      return null;
  }
}

const verdictLabels = (e: ExportEntity) => {
  const j = judgement(e);
  return [...(j.level ? [`${j.level}`, `judged-by-${j.by}`] : []), ...(e.verdict?.tags ?? [])];
};

/**
 * A STIX 2.1 bundle of an investigation: the tool's identity and a report (stating the export's IDS
 * policy); observables for IPs, subnets, ASes and hosts; indicators only for what the policy sends
 * to an IDS (IPs, subnets and User-Agents by STIX patterns, JA4s by a Suricata `ja4.hash` rule);
 * network-traffic carrying the JA4 by an extension where an IP of the set presented it; locations,
 * campaigns; relationships for the links; notes. JA4s and User-Agents with no indicator are named
 * in the report.
 */
export function toStix(g: ExportGraph, generatedAt: Date) {
  const now = generatedAt.toISOString();
  const created = stamp(g.createdAt);
  const modified = stamp(g.updatedAt);
  const authored = { spec_version: '2.1', created_by_ref: TOOL_IDENTITY, created, modified };
  const key = g.id ?? g.entities.map((e) => `${e.type}:${e.key}`).join(',');
  const objects: StixObject[] = [];
  const idOf = new Map<string, string>();
  const entityKey = (e: { type: string; key: string }) => `${e.type}:${e.key}`;

  objects.push({
    type: 'identity',
    spec_version: '2.1',
    id: TOOL_IDENTITY,
    created: TOOL_CREATED,
    modified: TOOL_CREATED,
    name: 'ja4graph',
    identity_class: 'system',
    description: 'JA4/TLS and HTTP bot-detection investigation graph.',
  });
  objects.push({
    type: 'extension-definition',
    spec_version: '2.1',
    id: JA4_EXTENSION,
    created_by_ref: TOOL_IDENTITY,
    created: TOOL_CREATED,
    modified: TOOL_CREATED,
    name: 'ja4graph JA4 fingerprint on network-traffic',
    description: 'The JA4 TLS client fingerprint (FoxIO JA4+) of the traffic’s ClientHello.',
    schema: 'https://github.com/FoxIO-LLC/ja4/blob/main/technical_details/JA4.md',
    version: '1.0.0',
    extension_types: ['property-extension'],
  });

  for (const e of g.entities) {
    const o = observable(e);
    if (o) {
      objects.push(o);
      idOf.set(entityKey(e), o.id);
    }
    if (e.type === 'COUNTRY') {
      const id = own('location', key, e.key);
      objects.push({ type: 'location', id, ...authored, name: e.name ?? e.key, country: e.key });
      idOf.set(entityKey(e), id);
    }
    if (e.type === 'CAMPAIGN') {
      const id = own('campaign', e.key);
      const labels = verdictLabels(e);
      objects.push({
        type: 'campaign',
        id,
        ...authored,
        name: `Bot campaign ${e.key}`,
        labels: labels.length ? labels : undefined,
        ...(e.firstSeen ? { first_seen: e.firstSeen } : {}),
        ...(e.lastSeen ? { last_seen: e.lastSeen } : {}),
      });
      idOf.set(entityKey(e), id);
    }
    const j = judgement(e);
    const validFrom = e.firstSeen ?? created;
    const pattern = indicatorPattern(e, g.name);
    if (pattern && toIds(e, g.policy)) {
      const id = own('indicator', key, e.type, e.key);
      objects.push({
        type: 'indicator',
        id,
        ...authored,
        name: `${j.level} ${e.type === 'USER_AGENT' ? 'User-Agent' : e.type} ${e.key}`,
        description: describe(e),
        indicator_types: ['malicious-activity'],
        ...pattern,
        valid_from: validFrom,
        labels: verdictLabels(e),
        ...(e.verdict ? { confidence: Math.round(e.verdict.confidence * 100) } : {}),
      });
      const target = idOf.get(entityKey(e));
      if (target) objects.push(rel(key, id, 'indicates', target, authored, `${j.level} (by the ${j.by})`));
      else idOf.set(entityKey(e), id);
    }
  }

  for (const l of g.links) {
    const [ip, ja4] = l.kind === 'IP_JA4' ? [l.from, l.to] : l.kind === 'JA4_IP' ? [l.to, l.from] : [null, null];
    if (ip && ja4 && idOf.has(entityKey(ip))) {
      // the traffic itself: this IP's TLS client presented this JA4
      const id = sco('network-traffic', { src_ref: idOf.get(entityKey(ip)), protocols: ['tcp', 'tls'], ja4: ja4.key });
      objects.push({
        type: 'network-traffic',
        spec_version: '2.1',
        id,
        src_ref: idOf.get(entityKey(ip)),
        protocols: [isIP(ip.key) === 6 ? 'ipv6' : 'ipv4', 'tcp', 'tls'],
        extensions: { [JA4_EXTENSION]: { extension_type: 'property-extension', ja4: ja4.key, requests: l.weight } },
      });
      if (idOf.has(entityKey(ja4))) objects.push(rel(key, idOf.get(entityKey(ja4))!, 'based-on', id, authored, `requests: ${l.weight}`));
      continue;
    }
    const a = idOf.get(entityKey(l.from));
    const b = idOf.get(entityKey(l.to));
    if (a && b) objects.push(rel(key, a, l.kind === 'IP_ASN' ? 'belongs-to' : 'related-to', b, authored, `${l.kind} link, ${l.weight} requests (${l.source})`));
  }

  const reportId = own('report', key);
  const refs = objects.filter((o) => o.id !== TOOL_IDENTITY && o.type !== 'extension-definition').map((o) => o.id);
  const listed = (type: string) => g.entities.filter((e) => e.type === type && !idOf.has(entityKey(e))).map((e) => e.key);
  const [userAgents, ja4s] = [listed('USER_AGENT'), listed('JA4')];
  objects.push({
    type: 'report',
    id: reportId,
    ...authored,
    name: g.name,
    description: [
      g.description,
      ja4s.length ? `${STIX_REPORT_LISTS.JA4}: ${ja4s.join(STIX_LIST_SEPARATOR)}` : '',
      userAgents.length ? `${STIX_REPORT_LISTS.USER_AGENT}: ${userAgents.join(STIX_LIST_SEPARATOR)}` : '',
      `Policy: ${IDS_POLICY_TEXT[g.policy]}.`,
    ]
      .filter(Boolean)
      .join('\n\n'),
    report_types: ['threat-report'],
    published: modified,
    object_refs: refs.length ? refs : [TOOL_IDENTITY],
    labels: ['ja4graph-investigation', `ids-policy-${g.policy.toLowerCase().replace(/_/g, '-')}`],
  });
  for (const n of g.notes) {
    const about = n.entity ? idOf.get(entityKey(n.entity)) : undefined;
    objects.push({
      type: 'note',
      id: own('note', key, n.id),
      ...authored,
      created: stamp(n.createdAt),
      modified: stamp(n.createdAt),
      content: n.text,
      authors: [n.author],
      object_refs: [about ?? reportId],
    });
  }
  const bundle = { type: 'bundle', id: `bundle--${uuidv5(`${key}|${now}`, JA4GRAPH_NAMESPACE)}`, objects: objects.map(clean) };
  return bundle;
}

function rel(key: string, source: string, type: string, target: string, authored: Record<string, unknown>, description: string): StixObject {
  return {
    type: 'relationship',
    id: own('relationship', key, source, type, target),
    ...authored,
    relationship_type: type,
    source_ref: source,
    target_ref: target,
    description,
  };
}

function describe(e: ExportEntity) {
  const j = judgement(e);
  const parts = [`${e.hits} requests, ${e.detectionCount} detections in the window`];
  if (e.worstLevel) parts.push(`worst threat level ${e.worstLevel}`);
  if (j.by === 'analyst' && e.verdict) parts.push(`classified ${j.level} by ${e.verdict.analyst}${e.verdict.comment ? `: ${e.verdict.comment}` : ''}`);
  return parts.join('; ');
}

/** The STIX (or, for a JA4, Suricata) pattern that detects the entity, for kinds an IDS can match. */
function indicatorPattern(e: ExportEntity, investigation: string): Record<string, string> | null {
  const literal = (v: string) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  switch (e.type) {
    case 'IP':
      return { pattern: `[${isIP(e.key) === 6 ? 'ipv6-addr' : 'ipv4-addr'}:value = ${literal(e.key)}]`, pattern_type: 'stix' };
    case 'SUBNET':
      return { pattern: `[${isIP(e.key.split('/')[0]!) === 6 ? 'ipv6-addr' : 'ipv4-addr'}:value ISSUBSET ${literal(e.key)}]`, pattern_type: 'stix' };
    case 'USER_AGENT':
      return { pattern: `[network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' = ${literal(e.key)}]`, pattern_type: 'stix' };
    case 'JA4':
      return { pattern: suricataRule(e, investigation), pattern_type: 'suricata', pattern_version: '8.0' };
    default:
      return null;
  }
}

/** Drops undefined members: STIX forbids empty or null optional properties. */
const clean = (o: StixObject): StixObject => JSON.parse(JSON.stringify(o)) as StixObject;
