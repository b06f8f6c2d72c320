import { builder } from '../../schema/builder.js';
import { badInput } from '../../schema/errors.js';
import { boundFirst } from '../../schema/paging.js';
import { resolveLayerWindow, TimeWindowInput } from '../../schema/window.js';
import { EntityInterface, EntityTypeEnum, entityParent, type EntityParent } from '../../graph/entity.refs.js';
import type { EntityKind } from '../../graph/entity.kinds.js';
import { planSearch, type MatchMode } from './search.plan.js';
import { createSearchRepository } from './search.repository.js';
import { COST } from '../../graphql/cost.js';

interface ResultShape {
  entity: EntityParent;
  match: MatchMode;
  label: string;
  hits: number;
}

const MatchEnum = builder.enumType('SearchMatch', {
  description: 'How a result matched the query.',
  values: {
    EXACT: { description: 'The query is this entity’s key.' },
    PREFIX: { description: 'The key starts with the query (IP prefixes).' },
    CONTAINS: { description: 'The key (or AS name, country name or CIDR range) contains the query.' },
  } as const,
});

const SearchResult = builder.objectRef<ResultShape>('SearchResult').implement({
  description: 'One quick-search hit, ready to open.',
  fields: (t) => ({
    entity: t.field({ type: EntityInterface, description: 'The entity found.', resolve: (r) => r.entity }),
    type: t.field({ type: EntityTypeEnum, description: 'Its type.', resolve: (r) => r.entity.kind }),
    key: t.string({ description: 'Its key.', resolve: (r) => r.entity.key }),
    label: t.string({ description: 'What to show: the key, or the name an AS or a country was found by.', resolve: (r) => r.label || r.entity.key }),
    match: t.field({ type: MatchEnum, description: 'How it matched.', resolve: (r) => r.match }),
    hits: t.float({ description: 'Its activity in the window (requests; detection hits for campaigns).', resolve: (r) => r.hits }),
  }),
});

const RANK: Record<MatchMode, number> = { EXACT: 0, PREFIX: 1, CONTAINS: 2 };

builder.queryField('search', (t) =>
  t.field({
    type: [SearchResult],
    extensions: { window: 'layer', cost: COST.TRAFFIC_SCAN },
    description:
      'Quick search across entities: an IP (exact, prefix or CIDR: a /24 or /64 is also its subnet), a JA4 (full or partial), an AS (number or organisation name), a country (code or English name), a host, a User-Agent or a campaign. Exact matches first, then by activity.',
    args: {
      query: t.arg.string({ required: true, description: 'What the analyst typed (1–200 characters).' }),
      first: t.arg.int({ required: false, description: 'How many results (1–500, default 20).' }),
      window: t.arg({ type: TimeWindowInput, required: false, description: 'Where to look (default: last 7 days).' }),
    },
    resolve: async (_r, args, ctx) => {
      const q = args.query.trim();
      if (q.length === 0 || q.length > 200) throw badInput('`query` must be 1 to 200 characters');
      const first = boundFirst(args.first);
      const w = resolveLayerWindow(args.window, ctx.now);
      const steps = planSearch(q);
      if (steps.length === 0) return [];
      const rows = await createSearchRepository(ctx.db).search(steps, w, first);
      const seen = new Set<string>();
      return rows
        .map((r) => ({ step: steps[r.step]!, r }))
        .sort((a, b) => RANK[a.step.mode] - RANK[b.step.mode] || b.r.hits - a.r.hits)
        .filter(({ step, r }) => !seen.has(`${step.kind}:${r.key}`) && Boolean(seen.add(`${step.kind}:${r.key}`)))
        .slice(0, first)
        .map(({ step, r }) => ({
          entity: entityParent(step.kind as EntityKind, r.key, w),
          match: step.mode,
          label: r.label || step.label || '',
          hits: r.hits,
        }));
    },
  }),
);
