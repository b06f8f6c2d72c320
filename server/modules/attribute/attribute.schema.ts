import { builder } from '../../schema/builder.js';
import { boundFirst } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, wholeHours, type Window } from '../../schema/window.js';
import { activityLoader, linkLoader, topValues } from '../../graph/entity.loaders.js';
import { EntityInterface, entityParent } from '../../graph/entity.refs.js';
import { ValueCountList } from '../../graph/entity.links.js';
import type { Source } from '../../graph/columns.sql.js';
import { insightsFor, type Insight } from './attribute.insights.js';
import { botShareOf } from './attribute.refs.js';
import { classifyUserAgent, UserAgentCategoryEnum } from '../user-agent/user-agent.refs.js';
import { checkSource, entityKindOf, parseAttribute, type AttributeType } from './attribute.kinds.js';

export const AttributeTypeEnum = builder.enumType('AttributeType', {
  description: 'Anything requests can be grouped by: entities, and URL paths, header layouts and query-parameter names.',
  values: {
    IP: { description: 'Source IP.' },
    JA4: { description: 'TLS fingerprint.' },
    USER_AGENT: { description: 'User-Agent header.' },
    CLIENT_HEADERS: { description: 'Request header names in the order sent.' },
    HOST: { description: 'Target host.' },
    PATH: { description: 'URL path.' },
    QUERY_PARAM: { description: 'Query-parameter name.' },
    ASN: { description: 'AS number.' },
    COUNTRY: { description: 'Country code.' },
    SUBNET: { description: '/24 or /64 network.' },
  } as const,
});

const SourceEnum = builder.enumType('AttributeSource', {
  description: 'What to count.',
  values: {
    TRAFFIC: { value: 'logs', description: 'HTTP requests (http_logs).' },
    DETECTIONS: { value: 'ml', description: 'Detections (ml_detected_anomalies), as the legacy variability screens count.' },
  } as const,
});

const InsightRef = builder.objectRef<Insight>('Insight').implement({
  description: 'An automatic observation about an attribute value.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'SCRIPT_LIKE, DISTRIBUTED, GEO_SPREAD, BOT_USER_AGENTS, UA_ROTATION or FINGERPRINT_ROTATION.' }),
    severity: t.exposeString('severity', { description: 'INFO, WARNING or CRITICAL.' }),
    message: t.exposeString('message', { description: 'The observation, in words.' }),
  }),
});

const ClassifiedUserAgent = builder.objectRef<{ value: string; count: number; hits: number; uniqueIps: number }>('ClassifiedUserAgent').implement({
  description: 'A User-Agent seen with an attribute value, and what kind of client it claims to be.',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The User-Agent.' }),
    count: t.exposeInt('count', { description: 'Rows carrying it (requests or detections).' }),
    hits: t.exposeFloat('hits', { description: 'Requests carrying it.' }),
    uniqueIps: t.exposeInt('uniqueIps', { description: 'Distinct IPs that sent it.' }),
    category: t.field({
      type: UserAgentCategoryEnum,
      description: 'browser, bot, script, headless or unknown.',
      resolve: (u) => classifyUserAgent(u.value).toUpperCase() as 'BROWSER',
    }),
  }),
});

interface ViewShape {
  type: AttributeType;
  value: string;
  window: Window;
  source: Source;
}

const AttributeView = builder.objectRef<ViewShape>('AttributeView').implement({
  description: 'One attribute value (an IP, a path, a header layout, …) and what was seen with it.',
  fields: (t) => ({
    type: t.field({ type: AttributeTypeEnum, description: 'Its type.', resolve: (v) => v.type }),
    value: t.exposeString('value', { description: 'The value.' }),
    entity: t.field({
      type: EntityInterface,
      nullable: true,
      description: 'The entity it is, for entity types (to pivot in the graph).',
      resolve: (v) => {
        const kind = entityKindOf(v.type);
        return kind ? entityParent(kind, v.value, v.window) : null;
      },
    }),
    hits: t.float({
      description: 'Requests (or detections’ requests) carrying it.',
      resolve: async (v, _a, ctx) => (await activityLoader(ctx, v.type, v.window, v.source).load(v.value))?.hits ?? 0,
    }),
    count: t.int({
      description: 'Rows carrying it: requests for TRAFFIC, detections for DETECTIONS.',
      resolve: async (v, _a, ctx) => (await activityLoader(ctx, v.type, v.window, v.source).load(v.value))?.rows ?? 0,
    }),
    uniqueIps: t.int({
      description: 'Distinct IPs.',
      resolve: async (v, _a, ctx) => (await activityLoader(ctx, v.type, v.window, v.source).load(v.value))?.unique_ips ?? 0,
    }),
    firstSeen: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'First seen in the window.',
      resolve: async (v, _a, ctx) => (await activityLoader(ctx, v.type, v.window, v.source).load(v.value))?.first_seen ?? null,
    }),
    lastSeen: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Last seen in the window.',
      resolve: async (v, _a, ctx) => (await activityLoader(ctx, v.type, v.window, v.source).load(v.value))?.last_seen ?? null,
    }),
    userAgents: t.field({
      type: [ClassifiedUserAgent],
      description: 'User-Agents seen with it, most frequent first, each classified.',
      args: { first: t.arg.int({ required: false, description: '1–500, default 20.' }) },
      resolve: async (v, args, ctx) =>
        (await linkLoader(ctx, v.type, 'USER_AGENT', v.window, boundFirst(args.first), v.source).load(v.value)).map((r) => ({
          value: r.to_key,
          count: r.rows,
          hits: r.hits,
          uniqueIps: r.unique_ips,
        })),
    }),
    botShare: t.float({
      description:
        'Share (0–1) of its requests whose User-Agent is not a recognised browser: bot, script, headless or unrecognised (over its 500 commonest User-Agents).',
      resolve: (v, _a, ctx) => botShareOf(ctx, v),
    }),
    insights: t.field({
      type: [InsightRef],
      description: 'Automatic observations (script-like, distributed, rotation, …).',
      resolve: (v, _a, ctx) => insightsFor(ctx, v),
    }),
    values: t.field({
      type: ValueCountList,
      description: 'The values of another attribute seen with this one, most frequent first.',
      args: {
        of: t.arg({ type: AttributeTypeEnum, required: true, description: 'Which attribute.' }),
        first: t.arg.int({ required: false, description: '1–500, default 20.' }),
      },
      resolve: async (v, args, ctx) => {
        checkSource([args.of], v.source);
        const rows = await linkLoader(ctx, v.type, args.of, v.window, boundFirst(args.first), v.source).load(v.value);
        return { totalCount: rows[0]?.total ?? 0, items: rows.map((r) => ({ value: r.to_key, hits: r.hits, uniqueIps: r.unique_ips, rows: r.rows })) };
      },
    }),
  }),
});

const windowArg = builder.args((t) => ({ window: t.field({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }) }));

builder.queryFields((t) => ({
  attribute: t.field({
    type: AttributeView,
    nullable: true,
    description: 'One attribute value and what was seen with it; null when unseen in the window. Invalid values are BAD_USER_INPUT.',
    args: {
      ...windowArg,
      type: t.arg({ type: AttributeTypeEnum, required: true, description: 'Its type.' }),
      value: t.arg.string({ required: true, description: 'The value.' }),
      source: t.arg({ type: SourceEnum, required: false, defaultValue: 'logs', description: 'Count traffic (default) or detections.' }),
    },
    resolve: async (_r, args, ctx) => {
      const type = args.type as AttributeType;
      const source = (args.source ?? 'logs') as Source;
      checkSource([type], source);
      const view = { type, value: parseAttribute(type, args.value), window: wholeHours(resolveWindow(args.window, ctx.now)), source };
      return (await activityLoader(ctx, type, view.window, source).load(view.value)) ? view : null;
    },
  }),
  attributeValues: t.field({
    extensions: { cost: 60 },
    type: ValueCountList,
    description: 'The most frequent values of one attribute in the window.',
    args: {
      ...windowArg,
      type: t.arg({ type: AttributeTypeEnum, required: true, description: 'Which attribute.' }),
      first: t.arg.int({ required: false, description: '1–500, default 100.' }),
      source: t.arg({ type: SourceEnum, required: false, defaultValue: 'logs', description: 'Count traffic (default) or detections.' }),
    },
    resolve: async (_r, args, ctx) => {
      const source = (args.source ?? 'logs') as Source;
      checkSource([args.type as AttributeType], source);
      const type = args.type as AttributeType;
      const w = wholeHours(resolveWindow(args.window, ctx.now));
      const rows = await topValues(ctx, type, w, boundFirst(args.first, 100), source);
      return { totalCount: rows[0]?.total ?? 0, items: rows.map((r) => ({ value: r.value, hits: r.hits, uniqueIps: r.unique_ips, rows: r.rows })) };
    },
  }),
}));
