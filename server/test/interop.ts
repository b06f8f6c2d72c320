import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Validators of what other security tools import, from the references in ../shared/data/interop. */
const INTEROP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/data/interop');
const STIX_DIR = path.join(INTEROP, 'stix-2.1-schemas');
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas';

/** Every OASIS STIX 2.1 schema in one validator, as the folder's README says. */
export function stixValidator() {
  const ajv = new Ajv2020({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('idn-hostname', true);
  for (const dir of ['common', 'observables', 'sdos', 'sros']) {
    for (const f of readdirSync(path.join(STIX_DIR, dir)).filter((x) => x.endsWith('.json')))
      ajv.addSchema(JSON.parse(readFileSync(path.join(STIX_DIR, dir, f), 'utf8')));
  }
  const folder: Record<string, string> = { relationship: 'sros', sighting: 'sros' };
  const observables = new Set(readdirSync(path.join(STIX_DIR, 'observables')).map((f) => f.replace('.json', '')));
  return (o: { type: string }) => {
    const dir = o.type === 'bundle' || o.type === 'extension-definition' ? 'common' : (folder[o.type] ?? (observables.has(o.type) ? 'observables' : 'sdos'));
    const validate = ajv.getSchema(`${BASE}/${dir}/${o.type}.json`);
    if (!validate) throw new Error(`no schema for ${o.type}`);
    return validate(o) ? null : ajv.errorsText(validate.errors);
  };
}

/**
 * The bundle as `common/bundle.json` can judge it: that schema predates note, location and
 * extension-definition (they fall to its custom-object branch, which both core schemas match), so
 * the envelope is checked with the objects it lists, and every object against its own type's schema.
 */
export function envelope(bundle: { type: string; objects: { type: string }[] }) {
  const schema = JSON.parse(readFileSync(path.join(STIX_DIR, 'common/bundle.json'), 'utf8'));
  const listed = new Set<string>(schema.properties.objects.items.anyOf[0].oneOf.map((r: { $ref: string }) => path.basename(r.$ref, '.json')));
  return { ...bundle, objects: bundle.objects.filter((o) => listed.has(o.type)) };
}

/** Checks a MISP object against its template: name, uuid, known relations of the right type, required ones present, single ones once. */
export function mispTemplateErrors(object: any): string[] {
  const template = JSON.parse(readFileSync(path.join(INTEROP, 'misp/ja4-plus.definition.json'), 'utf8'));
  const errors: string[] = [];
  if (object.name !== template.name) errors.push(`name ${object.name}`);
  if (object.template_uuid !== template.uuid) errors.push('template_uuid');
  if (Number(object.template_version) !== template.version) errors.push('template_version');
  if (object['meta-category'] !== template['meta-category']) errors.push('meta-category');
  const relations = object.Attribute.map((a: any) => a.object_relation);
  for (const r of template.required) if (!relations.includes(r)) errors.push(`missing ${r}`);
  for (const a of object.Attribute) {
    const def = template.attributes[a.object_relation];
    if (!def) errors.push(`unknown relation ${a.object_relation}`);
    else if (def['misp-attribute'] !== a.type) errors.push(`${a.object_relation} has type ${a.type}`);
    else if (!def.multiple && relations.filter((r: string) => r === a.object_relation).length > 1) errors.push(`${a.object_relation} more than once`);
    if (def?.sane_default && !def.sane_default.includes(a.value)) errors.push(`${a.object_relation} = ${a.value}`);
    if (typeof a.value !== 'string' || a.value === '') errors.push(`${a.object_relation} empty`);
  }
  return errors;
}

/** A Suricata rule's grammar: action proto src sport -> dst dport (keyword[:value]; …). */
const RULE = /^alert (tls|ip) (any|[0-9a-f.:/]+) any -> any any \((.*)\)$/;
export function ruleErrors(line: string): string[] {
  const m = RULE.exec(line);
  if (!m) return ['header'];
  const options: [string, string | undefined][] = [];
  let body = m[3]!.trim();
  while (body) {
    const o = /^([a-z0-9._]+)(?:\s*:\s*("(?:[^"\\;]|\\.)*"|[^;"]*))?;\s*/.exec(body);
    if (!o) return [`option at: ${body.slice(0, 40)}`];
    options.push([o[1]!, o[2]]);
    body = body.slice(o[0].length);
  }
  const names = options.map((o) => o[0]);
  const errors: string[] = [];
  for (const k of ['msg', 'sid', 'rev']) if (names.filter((n) => n === k).length !== 1) errors.push(`${k} once`);
  if (!/^"/.test(options.find((o) => o[0] === 'msg')?.[1] ?? '')) errors.push('msg quoted');
  if (!/^\d+$/.test(options.find((o) => o[0] === 'sid')?.[1] ?? '')) errors.push('sid number');
  if (m[1] === 'tls') {
    const at = names.indexOf('ja4.hash');
    if (at < 0 || names[at + 1] !== 'content') errors.push('ja4.hash then content');
    if (!/^"[a-z0-9]{10}_[0-9a-f]{12}_[0-9a-f]{12}"$/.test(options[at + 1]?.[1] ?? '')) errors.push('content is a JA4');
    if (options.find((o) => o[0] === 'requires')?.[1] !== 'feature ja4') errors.push('requires: feature ja4');
  }
  for (const [k] of options) if (!['msg', 'ja4.hash', 'content', 'requires', 'sid', 'rev'].includes(k)) errors.push(`unknown ${k}`);
  return errors;
}
