import { builder } from '../../schema/builder.js';
import { connection, toPage } from '../../schema/paging.js';
import { pageArgs } from '../../schema/window.js';
import { defineEntityNode, defineRootLookup } from '../../graph/entity.node.js';
import { fieldWindow } from '../../graph/entity.schema.js';
import { HttpRequestConnection } from './ip.refs.js';
import { type RecurrenceRow } from './ip.repository.js';
import { httpLogsLoader } from './ip.loaders.js';
import { recurrenceLoader } from './ip.refs.js';
import { IPRef } from '../../graph/entity.types.js';

const Recurrence = builder.objectRef<RecurrenceRow>('Recurrence').implement({
  description: 'How persistently an IP is flagged: across days, over all retained detections.',
  fields: (t) => ({
    days: t.exposeInt('recurrence', { description: 'Distinct days with at least one detection.' }),
    activeHours: t.exposeInt('active_hours', { description: 'Distinct hours with a detection.' }),
    detections: t.exposeInt('detections', { description: 'Detections in all.' }),
    worstScore: t.exposeFloat('worst_score', { description: 'Highest anomaly score.' }),
    worstThreat: t.exposeString('worst_threat', { description: 'Most severe threat level.' }),
    firstSeen: t.field({ type: 'DateTime', description: 'First detection.', resolve: (r) => r.first_seen }),
    lastSeen: t.field({ type: 'DateTime', description: 'Last detection.', resolve: (r) => r.last_seen }),
    topJa4: t.exposeString('top_ja4', { description: 'Most frequent JA4 among its detections.' }),
    topHost: t.exposeString('top_host', { description: 'Most targeted host among its detections.' }),
  }),
});

defineEntityNode('IP', IPRef, 'A source IP address (IPv4 shown without ::ffff:, or IPv6).', (t) => ({
  address: t.field({ type: 'IPAddress', description: 'The address.', resolve: (p) => p.key }),
  version: t.int({ description: '4 or 6.', resolve: (p) => (p.key.includes(':') ? 6 : 4) }),
  httpLogs: t.field({
    extensions: { cost: 5 },
    type: HttpRequestConnection,
    description: 'Its requests in the window, newest first.',
    args: pageArgs,
    resolve: async (p, args, ctx) => {
      const w = fieldWindow(ctx, p, args.window);
      const page = toPage(args);
      const limit = page.offset + page.first;
      const rows = await httpLogsLoader(ctx, w, limit).load(p.key);
      const slice = rows.slice(page.offset, limit).map((r) => ({ ...r, window: w }));
      return connection(slice, rows[0]?.total ?? 0, page, (r) => ({ node: r }));
    },
  }),
  recurrence: t.field({
    type: Recurrence,
    nullable: true,
    description: 'Persistence across days (null when flagged on fewer than two days).',
    resolve: async (p, _a, ctx) => (await recurrenceLoader(ctx).load(p.key)) ?? null,
  }),
}));

defineRootLookup(
  'ip',
  'IP',
  IPRef,
  { name: 'address', type: 'IPAddress', description: 'IPv4, IPv6 or IPv4-mapped IPv6.' },
  'An IP by address; null when it has no activity in the window.',
);
