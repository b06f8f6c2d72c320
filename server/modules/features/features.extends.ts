import { fieldWindow } from '../../graph/entity.schema.js';
import { builder } from '../../schema/builder.js';
import { ipFeatureProfile } from './features.refs.js';
import { Profile, windowArg } from './features.schema.js';
import { IPRef } from '../../graph/entity.types.js';

builder.objectField(IPRef, 'features', (t) =>
  t.field({
    extensions: { cost: 10 },
    type: Profile,
    nullable: true,
    description: 'Its mean behavioural features over its sessions in the window (null when it has none).',
    args: windowArg,
    resolve: async (p, args, ctx) => (await ipFeatureProfile(ctx, p.key, fieldWindow(ctx, p, args.window))) ?? null,
  }),
);
