import { builder } from '../../schema/builder.js';
import { boundFirst } from '../../schema/paging.js';
import { TimeWindowInput } from '../../schema/window.js';
import { defineEntityNode, defineRootLookup } from '../../graph/entity.node.js';
import { entityParent, type EntityParent } from '../../graph/entity.refs.js';
import { fieldWindow } from '../../graph/entity.schema.js';
import { KNOWN_APPLICATIONS, type KnownApplication } from './ja4.refs.js';
import { siblingsLoader } from './ja4.loaders.js';
import type { SiblingRow } from './ja4.repository.js';
import { JA4Ref } from '../../graph/entity.types.js';

export interface Ja4Sections {
  a: string;
  b: string;
  c: string;
}

export const sectionsOf = (ja4: string): Ja4Sections => {
  const [a = '', b = '', c = ''] = ja4.split('_');
  return { a, b, c };
};
const family = (ja4: string) => `${sectionsOf(ja4).a}_${sectionsOf(ja4).c}`;

const TLS_VERSIONS: Record<string, string> = {
  '13': 'TLS 1.3',
  '12': 'TLS 1.2',
  '11': 'TLS 1.1',
  '10': 'TLS 1.0',
  s3: 'SSL 3.0',
  d1: 'DTLS 1.0',
  d2: 'DTLS 1.2',
  d3: 'DTLS 1.3',
};

const Sections = builder.objectRef<Ja4Sections>('JA4Sections').implement({
  description: 'The three parts of a JA4 fingerprint, a_b_c.',
  fields: (t) => ({
    a: t.exposeString('a', { description: 'Protocol, TLS version, SNI, cipher and extension counts, ALPN (e.g. t13d1516h2).' }),
    b: t.exposeString('b', { description: 'Truncated SHA-256 of the sorted cipher list: changes when a client rotates ciphers.' }),
    c: t.exposeString('c', { description: 'Truncated SHA-256 of the sorted extensions and signature algorithms.' }),
    protocol: t.string({ description: 'TCP, QUIC or DTLS.', resolve: (s) => ({ t: 'TCP', q: 'QUIC', d: 'DTLS' })[s.a[0] ?? ''] ?? 'unknown' }),
    tlsVersion: t.string({ description: 'Highest TLS version offered.', resolve: (s) => TLS_VERSIONS[s.a.slice(1, 3)] ?? s.a.slice(1, 3) }),
    sni: t.boolean({ description: 'Whether the client sent a server name (d) rather than an IP (i).', resolve: (s) => s.a[3] === 'd' }),
    cipherCount: t.int({ description: 'Number of cipher suites offered.', resolve: (s) => Number(s.a.slice(4, 6)) || 0 }),
    extensionCount: t.int({ description: 'Number of extensions.', resolve: (s) => Number(s.a.slice(6, 8)) || 0 }),
    alpn: t.string({ description: 'First and last character of the first ALPN value (h2, h1, 00 = none).', resolve: (s) => s.a.slice(8, 10) }),
  }),
});

const KnownApp = builder.objectRef<KnownApplication>('KnownApplication').implement({
  description: 'A client known to produce this fingerprint (FoxIO JA4+ mapping).',
  fields: (t) => ({
    application: t.exposeString('application', { description: 'Application, e.g. Chromium Browser, Sliver Agent.' }),
    library: t.exposeString('library', { description: 'Library, e.g. Python, GoLang.' }),
    device: t.exposeString('device', { description: 'Device, when known.' }),
    os: t.exposeString('os', { description: 'Operating system, when known.' }),
    notes: t.exposeString('notes', { description: 'Notes from the mapping.' }),
  }),
});

const Sibling = builder.objectRef<SiblingRow & { window: EntityParent['window'] }>('SimilarJA4').implement({
  description: 'A fingerprint sharing sections a and c with another: the same client after cipher-list rotation.',
  fields: (t) => ({
    ja4: t.field({ type: JA4Ref, description: 'The sibling fingerprint.', resolve: (s) => entityParent('JA4', s.ja4, s.window) }),
    hits: t.exposeFloat('hits', { description: 'Its requests in the window.' }),
    uniqueIps: t.exposeInt('unique_ips', { description: 'Its distinct IPs in the window.' }),
  }),
});

defineEntityNode('JA4', JA4Ref, 'A JA4 TLS client fingerprint (a_b_c).', (t) => ({
  fingerprint: t.string({ description: 'The fingerprint.', resolve: (p) => p.key }),
  sections: t.field({ type: Sections, description: 'Its parts, decoded.', resolve: (p) => sectionsOf(p.key) }),
  knownApplications: t.field({
    type: [KnownApp],
    description: 'Clients known to produce exactly this fingerprint (empty when unknown).',
    resolve: (p) => KNOWN_APPLICATIONS.get(p.key) ?? [],
  }),
  similar: t.field({
    type: [Sibling],
    extensions: { window: { to: [] }, cost: 3 },
    description: 'Other fingerprints seen in the window that share sections a and c: what survives cipher-list rotation.',
    args: {
      first: t.arg.int({ required: false, description: 'How many (1–500, default 20).' }),
      window: t.arg({ type: TimeWindowInput, required: false, description: 'Overrides the window the JA4 was reached with.' }),
    },
    resolve: async (p, args, ctx) => {
      const w = fieldWindow(ctx, p, args.window, []);
      const first = boundFirst(args.first);
      const rows = await siblingsLoader(ctx, w).load(family(p.key));
      return rows
        .filter((r) => r.ja4 !== p.key)
        .slice(0, first)
        .map((r) => ({ ...r, window: w }));
    },
  }),
}));

defineRootLookup(
  'ja4',
  'JA4',
  JA4Ref,
  { name: 'fingerprint', type: 'String', description: 'A full JA4, e.g. t13d1516h2_8daaf6152771_02713d6af862.' },
  'A JA4 fingerprint; null when unseen in the window.',
);
