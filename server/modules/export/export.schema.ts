import type { Context } from '../../context.js';
import { builder } from '../../schema/builder.js';
import { resolveWindow, TimeWindowInput, wholeHours } from '../../schema/window.js';
import { gateFor } from '../../schema/gate.js';
import { toWellFormed } from '../../schema/text.js';
import { badInput } from '../../schema/errors.js';
import { EntityRefInput } from '../../graph/entity.schema.js';
import { MAX_EXPORT, readExportGraph, type ExportGraph, type IdsPolicy } from './export.graph.js';
import { toStix } from './stix.js';
import { toMisp } from './misp.js';
import { toSuricata } from './suricata.js';
import { toCsv } from './csv.js';
import { COST, EXPORT_COST_PER_ENTITY } from '../../graphql/cost.js';

type Format = 'STIX' | 'MISP' | 'SURICATA' | 'CSV';

const ExportFormatEnum = builder.enumType('ExportFormat', {
  description: 'What another security tool takes in.',
  values: {
    STIX: { description: 'A STIX 2.1 bundle (JSON): report, observables, indicators (by the IDS policy), relationships, notes (OpenCTI, TAXII feeds).' },
    MISP: {
      description: 'A MISP event (JSON) with one `ja4-plus` object per JA4 and ip-src, AS, hostname and user-agent attributes; `to_ids` by the IDS policy.',
    },
    SURICATA: { description: 'Suricata rules: one `ja4.hash` rule per JA4 the IDS policy sends to an IDS (optionally IP rules).' },
    CSV: { description: 'Nodes and links as one CSV table with a header row.' },
  } as const,
});

interface FileShape {
  format: Format;
  filename: string;
  contentType: string;
  content: string;
  counts: { kind: string; count: number }[];
}

const Count = builder.objectRef<{ kind: string; count: number }>('ExportCount').implement({
  description: 'How many objects (STIX types, MISP objects, rules, rows) of one kind an export holds.',
  fields: (t) => ({ kind: t.exposeString('kind', { description: 'The kind.' }), count: t.exposeInt('count', { description: 'How many.' }) }),
});

export const ExportFile = builder.objectRef<FileShape>('ExportFile').implement({
  description: 'An export, ready to save or send.',
  fields: (t) => ({
    format: t.field({ type: ExportFormatEnum, description: 'Its format.', resolve: (f) => f.format }),
    filename: t.exposeString('filename', { description: 'A file name for it.' }),
    contentType: t.exposeString('contentType', { description: 'Its media type.' }),
    content: t.exposeString('content', { description: 'The file itself (JSON or text).' }),
    counts: t.field({ type: [Count], description: 'What it holds, by kind.', resolve: (f) => f.counts }),
  }),
});

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'investigation';
const tally = (kinds: string[]) =>
  [...kinds.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>())].map(([kind, count]) => ({ kind, count }));

/**
 * Text another tool will parse: control characters (a NUL in a name ends a C string in an IDS; a
 * newline starts a new rule) become spaces, and a lone UTF-16 surrogate becomes U+FFFD (it has no
 * UTF-8 form, and hashing it for a UUID throws).
 */
const printable = (v: unknown): unknown => {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (typeof v === 'string') return toWellFormed(v).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, ' ');
  if (Array.isArray(v)) return v.map(printable);
  if (v && typeof v === 'object' && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, printable(x)]));
  return v;
};

export function render(graph: ExportGraph, format: Format, opts: { ipRules: boolean }, now: Date): FileShape {
  const g = printable(graph) as ExportGraph;
  const base = `ja4graph-${slug(g.name)}`;
  switch (format) {
    case 'STIX': {
      const bundle = toStix(g, now);
      return {
        format,
        filename: `${base}.stix.json`,
        contentType: 'application/stix+json;version=2.1',
        content: JSON.stringify(bundle, null, 2),
        counts: tally(bundle.objects.map((o) => o.type)),
      };
    }
    case 'MISP': {
      const event = toMisp(g, now);
      const counts = [
        ...tally(event.Event.Object.map((o) => o.name)),
        ...tally(event.Event.Attribute.map((a) => a.type)),
        { kind: 'Tag', count: event.Event.Tag.length },
      ];
      return { format, filename: `${base}.misp.json`, contentType: 'application/json', content: JSON.stringify(event, null, 2), counts };
    }
    case 'SURICATA': {
      const rules = toSuricata(g, opts);
      return {
        format,
        filename: `${base}.rules`,
        contentType: 'text/plain; charset=utf-8',
        content: rules,
        counts: tally(
          rules
            .split('\n')
            .filter((l) => l.startsWith('alert '))
            .map((l) => `${l.split(' ')[1]} rule`),
        ),
      };
    }
    case 'CSV': {
      const csv = toCsv(g);
      return {
        format,
        filename: `${base}.csv`,
        contentType: 'text/csv; charset=utf-8',
        content: csv,
        counts: [
          { kind: 'node', count: g.entities.length },
          { kind: 'link', count: g.links.length },
        ],
      };
    }
  }
}

/** What bounds the memory exports hold at once in this process. */
export const exportGate = ({ config: { limits } }: Context) =>
  gateFor(limits, 'exports', { concurrency: limits.maxConcurrentExports, queue: limits.maxQueuedExports });

const IdsPolicyEnum = builder.enumType('ExportIdsPolicy', {
  description:
    'Which verdicts an export sends to an IDS (MISP `to_ids`, Suricata rules, STIX indicators). A SUSPICIOUS verdict never does; hosts, ASes, countries and campaigns are never judged.',
  values: {
    ANALYST: { description: 'Only what an analyst classified MALICIOUS (an IP, JA4, User-Agent or subnet).' },
    ANALYST_AND_DETECTOR: { description: 'That, and the IPs the detector rated CRITICAL or HIGH in the window that no analyst has classified.' },
  } as const,
});

export const formatArgs = builder.args((t) => ({
  format: t.field({ type: ExportFormatEnum, required: true, description: 'STIX, MISP, SURICATA or CSV.' }),
  ipRules: t.boolean({ required: false, description: 'Suricata only: also one rule per IP the policy sends to an IDS (default false).' }),
  idsPolicy: t.field({
    type: IdsPolicyEnum,
    required: false,
    description:
      'Which verdicts become IDS indicators (default: the server’s EXPORT_IDS_POLICY, `analyst` unless set). Every export states the policy it used.',
  }),
}));

/** The export's policy: the caller's, else the server's. */
export const idsPolicy = (ctx: Context, asked: IdsPolicy | null | undefined): IdsPolicy => asked ?? ctx.config.exportIdsPolicy;
builder.queryField('exportEntities', (t) =>
  t.field({
    extensions: { cost: COST.TRAFFIC_SCAN / 2, costPerKey: EXPORT_COST_PER_ENTITY },
    type: ExportFile,
    description: `An ad-hoc set of entities as a file another tool imports (as \`Investigation.export\`, without saving). At most ${MAX_EXPORT} entities.`,
    args: {
      entities: t.arg({ type: [EntityRefInput], required: true, description: 'The entities.' }),
      ...formatArgs,
      name: t.arg.string({ required: false, description: 'A name for the report or event (default: “ja4graph export”).' }),
      window: t.arg({ type: TimeWindowInput, required: false, description: 'The window (default: last 7 days).' }),
    },
    resolve: async (_r, a, ctx: Context, info) => {
      if (!a.entities.length) throw badInput('Give at least one entity to export.');
      const name = (a.name ?? '').trim().slice(0, 200) || 'ja4graph export';
      const now = new Date().toISOString();
      return exportGate(ctx).run('exports', async () => {
        const graph = await readExportGraph(info.schema, ctx, a.entities, wholeHours(resolveWindow(a.window, ctx.now)), {
          policy: idsPolicy(ctx, a.idsPolicy),
          id: null,
          name,
          description: '',
          owner: ctx.viewer.user,
          createdAt: now,
          updatedAt: now,
          notes: [],
        });
        return render(graph, a.format, { ipRules: Boolean(a.ipRules) }, new Date());
      });
    },
  }),
);
