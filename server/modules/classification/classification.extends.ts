import { EntityInterface } from '../../graph/entity.refs.js';
import { builder } from '../../schema/builder.js';
import { byKey } from '../../schema/loaders.js';
import { boundFirst } from '../../schema/paging.js';
import { Classification } from './classification.refs.js';
import { createClassificationRepository, type ClassificationRow } from './classification.repository.js';

builder.interfaceField(EntityInterface, 'classifications', (t) =>
  t.field({
    type: [Classification],
    description: 'Analysts’ decisions about this entity, newest first (all time).',
    args: { first: t.arg.int({ required: false, description: '1–500, default 10.' }) },
    resolve: async (p, args, ctx) => {
      const first = boundFirst(args.first, 10);
      const type = p.kind.toLowerCase();
      return ctx.loaders
        .get<string, ClassificationRow[]>('classification.latest', { type, first }, async (values) =>
          byKey(
            values,
            await createClassificationRepository(ctx.db).latest(type, values, first),
            (r) => r.entity_value,
            (rs) => rs,
          ),
        )
        .load(p.key);
    },
  }),
);
