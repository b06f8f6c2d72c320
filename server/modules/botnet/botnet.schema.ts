import { builder } from '../../schema/builder.js';
import { boundFirst } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import { entityParent } from '../../graph/entity.refs.js';
import { KNOWN_APPLICATIONS } from '../ja4/ja4.refs.js';
import { createBotnetRepository, type SpreadRow } from './botnet.repository.js';
import { BOTNET_RULE, BOTNET_RULE_TEXT, botnetEvidence } from './botnet.refs.js';
import { JA4Ref } from '../../graph/entity.types.js';

const Spread = builder.objectRef<SpreadRow & { window: Window }>('JA4Spread').implement({
  description: 'How widely one fingerprint is spread: one JA4 from many countries and networks is a botnet indicator.',
  fields: (t) => ({
    ja4: t.field({ type: JA4Ref, description: 'The fingerprint.', resolve: (s) => entityParent('JA4', s.ja4, s.window) }),
    uniqueIps: t.exposeInt('unique_ips', { description: 'Distinct IPs.' }),
    countries: t.exposeInt('countries', { description: 'Distinct countries.' }),
    asns: t.exposeInt('asns', { description: 'Distinct ASes.' }),
    hits: t.exposeFloat('hits', { description: 'Requests.' }),
    flaggedShare: t.exposeFloat('flagged_share', {
      description: 'Share of its scored windows the detector flagged (known crawlers excluded): near 1 for a botnet, near 0 for a browser.',
    }),
    suspectedBotnet: t.boolean({
      description: `A suspected botnet: ${BOTNET_RULE_TEXT} (here: its scored windows flagged). The product's one definition; REST and the UI read it.`,
      resolve: (s) => botnetEvidence(s).suspected,
    }),
    botnetEvidence: t.stringList({ description: 'The figures the botnet verdict rests on, in words.', resolve: (s) => botnetEvidence(s).evidence }),
    knownClient: t.boolean({
      description: 'Whether the FoxIO mapping knows it (a browser or library, not necessarily a bot).',
      resolve: (s) => KNOWN_APPLICATIONS.has(s.ja4),
    }),
  }),
});

builder.queryField('ja4Spread', (t) =>
  t.field({
    type: [Spread],
    description: 'Fingerprints ranked by geographic spread (countries, then ASes, then IPs).',
    args: {
      first: t.arg.int({ required: false, description: '1–500, default 20.' }),
      minCountries: t.arg.int({ required: false, description: 'Only fingerprints seen from at least this many countries (default 1).' }),
      suspectedOnly: t.arg.boolean({ required: false, description: 'Only suspected botnets (see `JA4Spread.suspectedBotnet`).' }),
      window: t.arg({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }),
    },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      const minCountries = Math.max(1, args.minCountries ?? 1, args.suspectedOnly ? BOTNET_RULE.minCountries : 1);
      const rows = await createBotnetRepository(ctx.db).spread(w, minCountries, boundFirst(args.first));
      return rows.filter((r) => !args.suspectedOnly || botnetEvidence(r).suspected).map((r) => ({ ...r, window: w }));
    },
  }),
);
