import { builder } from '../../schema/builder.js';
import { EntityInterface } from '../../graph/entity.refs.js';
import { WATCHABLE } from './watch.rules.js';
import { createWatchRepository, type WatchRow } from './watch.repository.js';
import { WatchRef } from './watch.refs.js';

builder.interfaceField(EntityInterface, 'watches', (t) =>
  t.field({
    type: [WatchRef],
    description: 'The watches on this entity the caller sees (their own and the team’s): what the watch toggle beside it shows.',
    resolve: (p, _a, ctx) => {
      if (!WATCHABLE.includes(p.kind)) return [];
      const admin = ctx.viewer.role === 'admin';
      return ctx.loaders
        .get<string, WatchRow[]>('watch.onTargets', { kind: p.kind }, async (keys) => {
          const rows = await createWatchRepository(ctx.db).onTargets(p.kind, keys, ctx.viewer.user, admin);
          return keys.map((k) => rows.filter((r) => r.target === k));
        })
        .load(p.key);
    },
  }),
);
