import { v5 as uuidv5 } from 'uuid';
import { isIP } from 'node:net';
import { JA4_PLUS_TEMPLATE } from './export.refs.js';
import { IDS_POLICY_TEXT, judgement, toIds, type ExportEntity, type ExportGraph } from './export.graph.js';

/** MISP's `ja4-plus` object template (misp-objects), which every JA4 object follows. */
const NAMESPACE = '0c1e7f3a-9b2d-5e4f-a6b7-c8d9e0f1a2b3';

interface MispAttribute {
  uuid: string;
  type: string;
  category: string;
  value: string;
  to_ids: boolean;
  comment: string;
  object_relation?: string;
  Tag?: { name: string }[];
}

const tagsOf = (e: ExportEntity): { name: string }[] => {
  const j = judgement(e);
  return [
    ...(j.level ? [{ name: `ja4graph:verdict="${j.level}"` }, { name: `ja4graph:judged-by="${j.by}"` }] : []),
    ...(e.worstLevel ? [{ name: `ja4graph:threat-level="${e.worstLevel.toLowerCase()}"` }] : []),
    ...(e.verdict?.tags ?? []).map((t) => ({ name: `ja4graph:tag="${t}"` })),
  ];
};

/** MISP threat levels: 1 high, 2 medium, 3 low, 4 undefined. */
function threatLevel(g: ExportGraph): string {
  const levels = g.entities.map((e) => judgement(e).level);
  return levels.includes('malicious') ? '1' : levels.includes('suspicious') ? '2' : levels.length ? '3' : '4';
}

/**
 * A MISP event: one `ja4-plus` object per JA4 (with the investigation's IPs linked to it as
 * `ip-src`), an `ip-src` attribute per IP and subnet, `AS`, `hostname` and `user-agent` attributes,
 * tags from the verdicts, `to_ids` by the export's policy (stated in a tag and an event report); the
 * title is the event's info, the description a `text` attribute, each note a `comment` attribute
 * (on an entity: in its comment).
 */
export function toMisp(g: ExportGraph, generatedAt: Date) {
  const key = g.id ?? g.entities.map((e) => `${e.type}:${e.key}`).join(',');
  const id = (...parts: string[]) => uuidv5([key, ...parts].join('|'), NAMESPACE);
  const notesOn = (e: ExportEntity) => g.notes.filter((n) => n.entity?.type === e.type && n.entity.key === e.key).map((n) => `${n.author}: ${n.text}`);
  const comment = (e: ExportEntity) => [describe(e), ...notesOn(e)].join(' | ').slice(0, 4000);
  // addresses and their networks alike (MISP's ip-src takes a CIDR)
  const attributes: MispAttribute[] = [...g.entities.filter((e) => e.type === 'IP'), ...g.entities.filter((e) => e.type === 'SUBNET')].map((e) => ({
    uuid: id(e.type === 'IP' ? 'ip' : 'subnet', e.key),
    type: 'ip-src',
    category: 'Network activity',
    value: e.key,
    to_ids: toIds(e, g.policy),
    comment: comment(e),
    Tag: tagsOf(e),
  }));
  for (const e of g.entities.filter((x) => x.type === 'ASN')) {
    attributes.push({
      uuid: id('asn', e.key),
      type: 'AS',
      category: 'Network activity',
      value: `AS${e.key}`,
      to_ids: false,
      comment: [e.name ?? '', ...notesOn(e)].filter(Boolean).join(' | '),
    });
  }
  for (const e of g.entities.filter((x) => x.type === 'HOST')) {
    attributes.push({
      uuid: id('host', e.key),
      type: 'hostname',
      category: 'Network activity',
      value: e.key.replace(/:\d+$/, ''),
      to_ids: false,
      comment: `targeted host | ${comment(e)}`,
    });
  }
  for (const e of g.entities.filter((x) => x.type === 'USER_AGENT')) {
    attributes.push({
      uuid: id('ua', e.key),
      type: 'user-agent',
      category: 'Network activity',
      value: e.key,
      to_ids: toIds(e, g.policy),
      comment: comment(e),
      Tag: tagsOf(e),
    });
  }
  if (g.description.trim()) {
    attributes.push({ uuid: id('description'), type: 'text', category: 'Other', value: g.description, to_ids: false, comment: 'investigation description' });
  }
  for (const n of g.notes.filter((x) => !x.entity)) {
    attributes.push({
      uuid: id('note', n.id),
      type: 'comment',
      category: 'Other',
      value: n.text,
      to_ids: false,
      comment: `note by ${n.author}, ${n.createdAt}`,
    });
  }

  const objects = g.entities
    .filter((e) => e.type === 'JA4')
    .map((e) => {
      const linked = g.links
        .filter(
          (l) => (l.from.type === 'JA4' && l.from.key === e.key && l.to.type === 'IP') || (l.to.type === 'JA4' && l.to.key === e.key && l.from.type === 'IP'),
        )
        .map((l) => (l.from.type === 'IP' ? l.from.key : l.to.key))
        .filter((ip) => isIP(ip));
      const attr = (relation: string, type: string, value: string, toIds = false): MispAttribute => ({
        uuid: id('ja4', e.key, relation, value),
        object_relation: relation,
        type,
        category: 'Network activity',
        value,
        to_ids: toIds,
        comment: '',
      });
      return {
        name: JA4_PLUS_TEMPLATE.name,
        'meta-category': 'network',
        description: 'JA4+ fingerprint',
        template_uuid: JA4_PLUS_TEMPLATE.uuid,
        template_version: JA4_PLUS_TEMPLATE.version,
        uuid: id('ja4', e.key),
        comment: notesOn(e).join(' | '),
        Attribute: [
          attr('ja4-fingerprint', 'text', e.key, toIds(e, g.policy)),
          attr('ja4-type', 'text', 'JA4'),
          ...[...new Set(linked)].map((ip) => attr('ip-src', 'ip-src', ip)),
          attr('description', 'text', comment(e)),
        ],
      };
    });

  const tags = [...new Map(g.entities.flatMap(tagsOf).map((t) => [t.name, t])).values()];
  return {
    Event: {
      uuid: g.id ?? id('event'),
      info: g.name.slice(0, 1000),
      date: g.createdAt.slice(0, 10),
      timestamp: String(Math.floor(generatedAt.getTime() / 1000)),
      threat_level_id: threatLevel(g),
      analysis: '1',
      distribution: '0',
      published: false,
      Orgc: { name: 'ja4graph' },
      Tag: [{ name: 'tlp:amber' }, { name: 'ja4graph:investigation' }, { name: `ja4graph:ids-policy="${g.policy.toLowerCase()}"` }, ...tags],
      // MISP events have no free-text field of their own for it: the policy in words, beside its tag
      EventReport: [{ uuid: id('policy'), name: 'Export policy', content: `${IDS_POLICY_TEXT[g.policy]}.`, distribution: '5' }],
      Attribute: attributes,
      Object: objects,
    },
  };
}

function describe(e: ExportEntity) {
  const j = judgement(e);
  return [
    `${e.hits} requests`,
    `${e.detectionCount} detections`,
    e.worstLevel ? `worst ${e.worstLevel}` : '',
    j.level ? `${j.level} (${j.by})` : '',
    e.verdict?.comment ?? '',
  ]
    .filter(Boolean)
    .join(', ');
}
