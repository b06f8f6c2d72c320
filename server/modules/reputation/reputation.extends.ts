import { builder } from '../../schema/builder.js';
import { ReputationRef } from './reputation.schema.js';
import { reputationOf } from './reputation.loaders.js';
import { IPRef } from '../../graph/entity.types.js';

builder.objectField(IPRef, 'reputation', (t) =>
  t.field({
    extensions: { cost: 10 },
    type: ReputationRef,
    description:
      'Public reputation (ip-api.com, ipinfo.io) merged with our own data; cached 24 h; at most 100 uncached addresses go to the providers per request.',
    resolve: (p, _a, ctx) => reputationOf(ctx, p.key),
  }),
);
