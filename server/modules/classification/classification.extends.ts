import { EntityInterface } from '../../graph/entity.refs.js';
import { builder } from '../../schema/builder.js';
import { boundFirst } from '../../schema/paging.js';
import { Classification } from './classification.refs.js';
import { latestLoader } from './classification.loaders.js';

builder.interfaceField(EntityInterface, 'classifications', (t) =>
  t.field({
    type: [Classification],
    description: 'Analysts’ decisions about this entity, newest first (all time).',
    args: { first: t.arg.int({ required: false, description: '1–500, default 10.' }) },
    resolve: async (p, args, ctx) => {
      const first = boundFirst(args.first, 10);
      const type = p.kind.toLowerCase();
      return latestLoader(ctx, type, first).load(p.key);
    },
  }),
);
