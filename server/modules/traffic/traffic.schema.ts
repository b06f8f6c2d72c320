import { builder } from '../../schema/builder.js';
import { boundFirst } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import { entityParent } from '../entity/entity.refs.js';
import { HostRef, HourActivity } from '../host/host.refs.js';
import { createTrafficRepository } from './traffic.repository.js';

const DayHour = builder.objectRef<{ dow: number; hour: number; hits: number }>('DayHourTraffic').implement({
  description: 'Requests in one hour of one day of the week.',
  fields: (t) => ({
    dayOfWeek: t.exposeInt('dow', { description: '0 = Monday … 6 = Sunday (UTC).' }),
    hour: t.exposeInt('hour', { description: '0–23 (UTC).' }),
    hits: t.exposeFloat('hits', { description: 'Requests.' }),
  }),
});

const Traffic = builder.objectRef<{ window: Window }>('Traffic').implement({
  description: 'When traffic arrives and where it goes: the heatmaps.',
  fields: (t) => ({
    byHour: t.field({
      type: [HourActivity],
      description: 'Requests per hour of the day over all hosts (24 points, zero-filled).',
      resolve: async ({ window }, _a, ctx) => {
        const rows = await createTrafficRepository(ctx.db).byHour(window);
        return Array.from({ length: 24 }, (_, hour) => {
          const r = rows.find((x) => x.hour === hour);
          return { hour, hits: r?.hits ?? 0, uniqueIps: r?.unique_ips ?? 0, maxRps: r?.max_rps ?? 0 };
        });
      },
    }),
    byDayHour: t.field({ type: [DayHour], description: 'Requests per day of week and hour (cells with traffic).', resolve: ({ window }, _a, ctx) => createTrafficRepository(ctx.db).byDayHour(window) }),
    topHosts: t.field({
      type: [HostRef],
      description: 'The busiest hosts, most requests first.',
      args: { first: t.arg.int({ required: false, description: '1–500, default 20.' }) },
      resolve: async ({ window }, args, ctx) =>
        (await createTrafficRepository(ctx.db).topHosts(window, boundFirst(args.first))).map((r) => entityParent('HOST', r.host, window)),
    }),
  }),
});

builder.queryField('traffic', (t) =>
  t.field({
    type: Traffic,
    description: 'Traffic patterns in a window (default: last 7 days).',
    args: { window: t.arg({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }) },
    resolve: (_r, args, ctx) => ({ window: resolveWindow(args.window, ctx.now) }),
  }),
);
