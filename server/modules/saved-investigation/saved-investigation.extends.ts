import { builder } from '../../schema/builder.js';
import { EntityInterface } from '../../graph/entity.refs.js';
import { InvestigationNoteRef } from './saved-investigation.schema.js';
import { canRead } from './saved-investigation.refs.js';
import { investigationLoader, notedInLoader } from './saved-investigation.loaders.js';

builder.interfaceField(EntityInterface, 'notes', (t) =>
  t.field({
    type: [InvestigationNoteRef],
    description: 'Analysts’ notes about this entity in the saved investigations the caller may open, newest first.',
    resolve: async (p, _a, ctx) => {
      const ids = await notedInLoader(ctx, p.kind).load(p.key);
      const rows = await investigationLoader(ctx).loadMany(ids);
      return rows
        .flatMap((r) =>
          r && !(r instanceof Error) && canRead(ctx, r)
            ? r.notes.filter((n) => n.entity_type === p.kind && n.entity_value === p.key).map((note) => ({ note, investigation: r }))
            : [],
        )
        .sort((a, b) => b.note.created_at.localeCompare(a.note.created_at));
    },
  }),
);
