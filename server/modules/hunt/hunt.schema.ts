import { builder } from '../../schema/builder.js';
import { badInput } from '../../schema/errors.js';
import { boundFirst, connection, toPage, totalCountOf } from '../../schema/paging.js';
import { selectedFieldNames } from '../../schema/prefetch.js';
import { LAYER_MAX_SPAN_MS, resolveWindow, TimeWindowInput, wholeHours } from '../../schema/window.js';
import { EntityInterface, entityParent } from '../../graph/entity.refs.js';
import type { EntityKind } from '../../graph/entity.kinds.js';
import { LabelEnum } from '../classification/classification.refs.js';
import { hunt, LINKED_SHOWN, type HuntMatch } from './hunt.js';
import { MAX_INDICATOR_CHARS, type HUNT_KINDS, type HuntFormat, type Unreadable } from './indicator.js';
import { UnreadableDocument } from './read.js';
import { readOffThread } from './read.thread.js';

/** Per indicator, charged once the document is read (only then is the count known): 10,000 ≈ one second of work. */
export const HUNT_COST_PER_INDICATOR = 0.3;
/** Per KB of the document, charged before it is read: reading 10 MB takes seconds of a core. */
export const HUNT_COST_PER_KB = 0.25;

const HuntKindEnum = builder.enumType('HuntIndicatorKind', {
  description: 'What an indicator of a retro-hunt is.',
  values: {
    IP: { description: 'An IPv4 or IPv6 address.' },
    CIDR: { description: 'A range of addresses (any prefix but /24 and /64, which are subnets): matches the IPs inside it.' },
    SUBNET: { description: 'A /24 (IPv4) or /64 (IPv6) network, as the graph keys subnets.' },
    JA4: { description: 'A JA4 TLS client fingerprint.' },
    ASN: { description: 'An autonomous system number.' },
    HOST: { description: 'A host name (a URL counts as its host).' },
    USER_AGENT: { description: 'A User-Agent header value.' },
  } satisfies Record<(typeof HUNT_KINDS)[number], { description: string }>,
});

const HuntFormatEnum = builder.enumType('HuntFormat', {
  description: 'The format of a retro-hunt document.',
  values: {
    TEXT: {
      description: 'Pasted text: one indicator per line, or prose; defanged forms (1[.]2[.]3[.]4, hxxp://) re-fanged; a line in double quotes is a User-Agent.',
    },
    CSV: { description: 'A CSV: the indicator column named by `column`, else detected; a `type` column names each row’s kind.' },
    STIX: { description: 'A STIX 2.1 bundle: observables, and indicators’ STIX (or Suricata) patterns.' },
    MISP: { description: 'A MISP event: ip-src/ip-dst, hostname, domain, url, AS, user-agent attributes and ja4-plus objects.' },
    SURICATA: { description: 'Suricata rules: `ja4.hash` contents and rule addresses.' },
  } satisfies Record<HuntFormat, { description: string }>,
});

const RetroHuntInput = builder.inputType('RetroHuntInput', {
  description: 'A document of indicators to look for in the traffic.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The document’s text (a file’s content, or what was pasted).' }),
    format: t.field({ type: HuntFormatEnum, required: false, description: 'Its format; detected from the content when absent.' }),
    column: t.string({ required: false, description: 'A CSV’s indicator column: its header or its 1-based number.' }),
    source: t.string({
      required: false,
      description: 'Where it came from (a file name, a feed): said back, and named by an investigation saved from the hunt.',
    }),
  }),
});

const HuntDetections = builder.objectRef<HuntMatch['detections']>('HuntDetections').implement({
  description: 'Detections per threat level.',
  fields: (t) => ({
    critical: t.exposeInt('critical', { description: 'CRITICAL detections.' }),
    high: t.exposeInt('high', { description: 'HIGH detections.' }),
    medium: t.exposeInt('medium', { description: 'MEDIUM detections.' }),
    low: t.exposeInt('low', { description: 'LOW detections.' }),
    knownBot: t.exposeInt('knownBot', { description: 'Verified crawlers’ windows.' }),
    total: t.int({ description: 'All of them.', resolve: (d) => d.critical + d.high + d.medium + d.low + d.knownBot }),
  }),
});

type Row = HuntMatch & { window: { since: Date; until: Date } };

const HuntMatchRef = builder.objectRef<Row>('HuntMatch').implement({
  description: 'One indicator of a retro-hunt and what the traffic holds of it in the window.',
  fields: (t) => ({
    kind: t.field({ type: HuntKindEnum, description: 'What it is.', resolve: (m) => m.kind }),
    value: t.exposeString('value', { description: 'Its canonical form (the graph’s key; a CIDR’s network and prefix).' }),
    at: t.exposeString('at', { description: 'Where the document holds it: a line, a row, a STIX id or a MISP uuid.' }),
    seen: t.exposeBoolean('seen', { description: 'Whether the traffic or the detector saw it in the window.' }),
    firstSeen: t.field({ type: 'DateTime', nullable: true, description: 'First seen in the window.', resolve: (m) => m.firstSeen }),
    lastSeen: t.field({ type: 'DateTime', nullable: true, description: 'Last seen in the window.', resolve: (m) => m.lastSeen }),
    requests: t.exposeFloat('requests', { description: 'Its requests in the window (a range’s or a network’s: all of its addresses’).' }),
    uniqueIps: t.exposeInt('uniqueIps', { description: 'Distinct source IPs behind those requests.' }),
    detections: t.field({ type: HuntDetections, description: 'The detector’s detections of it in the window, per level.', resolve: (m) => m.detections }),
    verdict: t.field({ type: LabelEnum, nullable: true, description: 'The analyst’s latest verdict on it (all time), if any.', resolve: (m) => m.verdict }),
    entity: t.field({
      type: EntityInterface,
      nullable: true,
      description: 'The graph’s entity (null for a CIDR range, which is none): its page, its links, its investigation.',
      resolve: (m) => (m.kind === 'CIDR' ? null : entityParent(m.kind as EntityKind, m.value, m.window)),
    }),
    linkedCount: t.exposeInt('linkedCount', {
      description:
        'How many linked entities matched: the JA4s an IP presented; the addresses that presented a JA4, or were seen inside a subnet, a range or an AS.',
    }),
    linked: t.field({
      type: [EntityInterface],
      description: `The busiest of those, at most ${LINKED_SHOWN}.`,
      resolve: (m) => (m.linkedKind ? m.linked.map((k) => entityParent(m.linkedKind!, k, m.window)) : []),
    }),
  }),
});

const HuntUnreadable = builder.objectRef<Unreadable>('HuntUnreadable').implement({
  description: 'A part of the document that could not be read as an indicator, and why.',
  fields: (t) => ({
    at: t.exposeString('at', { description: 'Where: a line, a row, a STIX id or a MISP uuid.' }),
    text: t.exposeString('text', { description: 'Its start (at most 120 characters), as text.' }),
    reason: t.exposeString('reason', { description: 'Why it was not read.' }),
  }),
});

const HuntSummary = builder.objectRef<{ indicators: number; seen: number; notSeen: number; unreadable: number }>('HuntSummary').implement({
  description: 'How the hunt went.',
  fields: (t) => ({
    indicators: t.exposeInt('indicators', { description: 'Distinct indicators read.' }),
    seen: t.exposeInt('seen', { description: 'Of those, seen in the window.' }),
    notSeen: t.exposeInt('notSeen', { description: 'Of those, not seen.' }),
    unreadable: t.exposeInt('unreadable', { description: 'Parts of the document not read (listed in `unreadable`).' }),
  }),
});

const HuntSortEnum = builder.enumType('HuntSort', {
  description: 'The order of a hunt’s matches.',
  values: {
    DOCUMENT: { description: 'As the document lists them.' },
    REQUESTS: { description: 'Most requests first.' },
    DETECTIONS: { description: 'Most detections first.' },
    LAST_SEEN: { description: 'Most recently seen first.' },
  } as const,
});

const HuntConnection = builder.connectionObject(
  {
    type: HuntMatchRef,
    name: 'HuntMatchConnection',
    description: 'A page of a hunt’s matches.',
    fields: (t) => ({
      totalCount: t.int({ description: 'Matches passing the filters, across all pages.', resolve: totalCountOf }),
    }),
  },
  { name: 'HuntMatchEdge', description: 'An indicator and what was seen of it.' },
);

interface HuntResult {
  format: HuntFormat;
  source: string | null;
  window: { since: Date; until: Date };
  matches: Row[];
  unreadable: Unreadable[];
}

const RetroHuntRef = builder.objectRef<HuntResult>('RetroHunt').implement({
  description: 'A retro-hunt: which of a document’s indicators the traffic saw, when, and what else they touched.',
  fields: (t) => ({
    format: t.field({ type: HuntFormatEnum, description: 'The format the document was read as.', resolve: (h) => h.format }),
    source: t.exposeString('source', { nullable: true, description: 'The source named in the input.' }),
    since: t.field({ type: 'DateTime', description: 'The window’s start (whole hours).', resolve: (h) => h.window.since }),
    until: t.field({ type: 'DateTime', description: 'The window’s end (exclusive).', resolve: (h) => h.window.until }),
    summary: t.field({
      type: HuntSummary,
      description: 'Counts of indicators seen, not seen, and unreadable parts.',
      resolve: (h) => {
        const seen = h.matches.filter((m) => m.seen).length;
        return { indicators: h.matches.length, seen, notSeen: h.matches.length - seen, unreadable: h.unreadable.length };
      },
    }),
    matches: t.field({
      type: HuntConnection,
      description: 'The indicators with what the traffic holds of each.',
      args: {
        first: t.arg.int({ required: false, description: '1–500, default 100.' }),
        after: t.arg.string({ required: false, description: 'A cursor from a previous page.' }),
        seen: t.arg.boolean({ required: false, description: 'Only the seen (true) or the unseen (false) ones.' }),
        kind: t.arg({ type: HuntKindEnum, required: false, description: 'Only indicators of this kind.' }),
        sort: t.arg({ type: HuntSortEnum, required: false, description: 'Default DOCUMENT.' }),
      },
      resolve: (h, args) => {
        const total = (m: Row) => m.detections.critical + m.detections.high + m.detections.medium + m.detections.low + m.detections.knownBot;
        const order: Record<string, (a: Row, b: Row) => number> = {
          DOCUMENT: () => 0,
          REQUESTS: (a, b) => b.requests - a.requests,
          DETECTIONS: (a, b) => total(b) - total(a),
          LAST_SEEN: (a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''),
        };
        const rows = h.matches
          .filter((m) => (args.seen == null || m.seen === args.seen) && (!args.kind || m.kind === args.kind))
          .sort(order[args.sort ?? 'DOCUMENT']);
        const page = toPage({ first: boundFirst(args.first, 100), after: args.after });
        return connection(rows.slice(page.offset, page.offset + page.first), rows.length, page, (node) => ({ node }));
      },
    }),
    unreadable: t.field({
      type: [HuntUnreadable],
      description: 'What could not be read, with where and why (at most 500).',
      resolve: (h) => h.unreadable.slice(0, 500),
    }),
  }),
});

builder.queryField('retroHunt', (t) =>
  t.field({
    type: RetroHuntRef,
    description:
      'Retro-hunt: which of these indicators did we see, when, and what else did they touch? Reads a pasted list, a CSV, a STIX 2.1 bundle, a MISP event or Suricata rules; answers from the graph layer in a fixed number of statements whatever the number of indicators (window: up to 365 days, default the last 30). A document that cannot be read at all is refused (BAD_USER_INPUT) before any work; its unreadable parts are listed back. Larger documents than this endpoint’s body limit go to POST /api/hunt.',
    args: {
      input: t.arg({ type: RetroHuntInput, required: true, description: 'The document.' }),
      window: t.arg({ type: TimeWindowInput, required: false, description: 'Default: the last 30 days (at most 365: the hunt reads only the graph layer).' }),
    },
    resolve: async (_r, { input, window }, ctx, info) => {
      const { huntMaxBytes, huntMaxIndicators } = ctx.config.limits;
      if (Buffer.byteLength(input.text, 'utf8') > huntMaxBytes) throw badInput(`the document is larger than ${huntMaxBytes} bytes (HUNT_MAX_BYTES)`);
      const w = wholeHours(resolveWindow(window ?? { preset: 'LAST_30D' }, ctx.now, undefined, LAYER_MAX_SPAN_MS));
      // a document is work before it holds any indicator: charged by its size, then by what it holds
      ctx.charge?.(Math.ceil(Buffer.byteLength(input.text, 'utf8') / 1024) * HUNT_COST_PER_KB, 'Reading the hunt document');
      let reading;
      try {
        reading = await readOffThread({ text: input.text, format: input.format, column: input.column, filename: input.source });
      } catch (err) {
        if (err instanceof UnreadableDocument) throw badInput(`the document cannot be read: ${err.message}`);
        throw err;
      }
      const long = reading.unreadable.find((u) => /longer than/.test(u.reason));
      if (long) throw badInput(`${long.at}: an indicator longer than ${MAX_INDICATOR_CHARS} characters`);
      if (reading.indicators.length > huntMaxIndicators)
        throw badInput(`the document holds ${reading.indicators.length} indicators; a hunt takes at most ${huntMaxIndicators} (HUNT_MAX_INDICATORS)`);
      ctx.charge?.(reading.indicators.length * HUNT_COST_PER_INDICATOR, `Hunting ${reading.indicators.length} indicators`);
      // the linked entities are read and ranked only when a match's `linked` is asked; `linkedCount` alone is a degree
      const named = selectedFieldNames(info, ['matches', 'edges', 'node']).has('linked');
      const matches = await hunt(ctx, reading.indicators, w, named);
      return {
        format: reading.format,
        source: input.source ?? null,
        window: w,
        matches: matches.map((m) => ({ ...m, window: w })),
        unreadable: reading.unreadable,
      };
    },
  }),
);
