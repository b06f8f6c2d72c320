import { builder } from '../../schema/builder.js';
import { badInput } from '../../schema/errors.js';
import { boundFirst } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import { createSessionsRepository, SESSION_DIMENSIONS, type GroupRow, type SessionDimension } from './sessions.repository.js';
import { COST } from '../../graphql/cost.js';

const DimensionEnum = builder.enumType('SessionDimension', {
  description: 'What to group sessions by.',
  values: {
    COUNTRY: { description: 'Country code.' },
    ASN_LABEL: { description: 'Kind of network (isp, mobile, hosting, datacenter, search_engine).' },
    ASN_ORG: { description: 'AS organisation.' },
    JA4: { description: 'TLS fingerprint.' },
    BOT_NAME: { description: 'Known bot name.' },
    BROWSER_FAMILY: { description: 'Browser family the User-Agent claims.' },
  } as const,
});

const Group = builder.objectRef<GroupRow>('SessionGroup').implement({
  description: 'Sessions sharing the values of the requested dimensions.',
  fields: (t) => ({
    values: t.exposeStringList('values', { description: 'The dimension values, in the order of `by`.' }),
    sessions: t.exposeInt('sessions', { description: 'Sessions (IP × JA4 × hour).' }),
    uniqueIps: t.exposeInt('unique_ips', { description: 'Distinct IPs.' }),
    hits: t.exposeFloat('hits', { description: 'Requests.' }),
    avgHitVelocity: t.exposeFloat('avg_velocity', { description: 'Mean requests per minute.' }),
    avgFuzzingIndex: t.exposeFloat('avg_fuzz', { description: 'Mean share of 4xx.' }),
    avgModernBrowserScore: t.exposeFloat('avg_browser', { description: 'Mean modern-browser score.' }),
  }),
});

const Sessions = builder.objectRef<{ window: Window }>('SessionStats').implement({
  description: 'The bot-detector’s sessions (IP × JA4 × hour of view_ai_features_1h), counted and grouped.',
  fields: (t) => ({
    breakdown: t.field({
      extensions: { cost: COST.TRAFFIC_SCAN },
      type: [Group],
      description: 'Sessions grouped by one to three dimensions, most sessions first.',
      args: {
        by: t.arg({ type: [DimensionEnum], required: true, description: 'One to three dimensions.' }),
        first: t.arg.int({ required: false, description: '1–500, default 100.' }),
        includeEmpty: t.arg.boolean({ required: false, description: 'Keep groups whose value is empty (default false).' }),
      },
      resolve: ({ window }, args, ctx) => {
        const by = [...new Set(args.by)] as SessionDimension[];
        if (by.length < 1 || by.length > 3) throw badInput('`by` takes one to three dimensions');
        return createSessionsRepository(ctx.db).breakdown(by, window, boundFirst(args.first, 100), args.includeEmpty ?? false);
      },
    }),
    unexplained: t.int({
      extensions: { cost: COST.TRAFFIC_SCAN },
      description: 'Sessions with neither a browser family nor a known bot.',
      resolve: ({ window }, _a, ctx) => createSessionsRepository(ctx.db).unexplained(window),
    }),
  }),
});

builder.queryField('sessions', (t) =>
  t.field({
    type: Sessions,
    description: `Session statistics in a window (default: last 7 days); dimensions: ${Object.values(SESSION_DIMENSIONS).join(', ')}.`,
    args: { window: t.arg({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }) },
    resolve: (_r, args, ctx) => ({ window: resolveWindow(args.window, ctx.now) }),
  }),
);
