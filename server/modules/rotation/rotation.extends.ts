import { fieldWindow } from '../../graph/entity.schema.js';
import { builder } from '../../schema/builder.js';
import { boundFirst } from '../../schema/paging.js';
import { Cascade, windowArg } from './rotation.schema.js';
import { cascadesLoader } from './rotation.loaders.js';
import { IPRef } from '../../graph/entity.types.js';

builder.objectField(IPRef, 'cascades', (t) =>
  t.field({
    type: [Cascade],
    description: 'Its page → sub-resource cascades per host and hour, newest first (headless-browser evidence).',
    args: { ...windowArg, first: t.arg.int({ required: false, description: '1–500, default 50.' }) },
    resolve: async (p, args, ctx) => {
      const w = fieldWindow(ctx, p, args.window);
      const first = boundFirst(args.first, 50);
      return cascadesLoader(ctx, w, first).load(p.key);
    },
  }),
);
