import { TimeWindowInput } from '../../schema/window.js';
import { defineEntityNode, defineRootLookup } from '../../graph/entity.node.js';
import { fieldWindow } from '../../graph/entity.schema.js';
import { HourActivity } from './host.refs.js';
import { hourlyLoader } from './host.loaders.js';
import { HostRef } from '../../graph/entity.types.js';

defineEntityNode('HOST', HostRef, 'A protected web host (virtual host name).', (t) => ({
  name: t.string({ description: 'The host name.', resolve: (p) => p.key }),
  hourlyActivity: t.field({
    type: [HourActivity],
    description: 'Requests per hour of the day (24 points, zero-filled): when is it hit?',
    args: { window: t.arg({ type: TimeWindowInput, required: false, description: 'Overrides the window the host was reached with.' }) },
    resolve: async (p, args, ctx) => {
      const w = fieldWindow(ctx, p, args.window);
      const rows = await hourlyLoader(ctx, w).load(p.key);
      return Array.from({ length: 24 }, (_, hour) => {
        const r = rows.find((x) => x.hour === hour);
        return { hour, hits: r?.hits ?? 0, uniqueIps: r?.unique_ips ?? 0, maxRps: r?.max_rps ?? 0 };
      });
    },
  }),
}));

defineRootLookup(
  'host',
  'HOST',
  HostRef,
  { name: 'name', type: 'String', description: 'A host name, e.g. www.example-shop.com.' },
  'A host; null when it received nothing in the window.',
);
