import { fieldWindow } from '../../graph/entity.schema.js';
import { builder } from '../../schema/builder.js';
import { byKey } from '../../schema/loaders.js';
import { boundFirst } from '../../schema/paging.js';
import { windowKey } from '../../schema/window.js';
import { IPRef } from '../ip/ip.refs.js';
import { type CascadeRow } from './rotation.repository.js';
import { Cascade, repo, windowArg } from './rotation.schema.js';

builder.objectField(IPRef, 'cascades', (t) =>
  t.field({
    type: [Cascade],
    description: 'Its page → sub-resource cascades per host and hour, newest first (headless-browser evidence).',
    args: { ...windowArg, first: t.arg.int({ required: false, description: '1–500, default 50.' }) },
    resolve: async (p, args, ctx) => {
      const w = fieldWindow(ctx, p, args.window);
      const first = boundFirst(args.first, 50);
      return ctx.loaders
        .get<string, CascadeRow[]>('ip.cascades', { w: windowKey(w), first }, async (ips) =>
          byKey(
            ips,
            await repo(ctx.db).cascades(ips, w, first),
            (r) => r.ip,
            (rs) => rs,
          ),
        )
        .load(p.key);
    },
  }),
);
