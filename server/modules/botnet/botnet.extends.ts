import { builder } from '../../schema/builder.js';
import type { Context } from '../../context.js';
import type { EntityParent } from '../../graph/entity.refs.js';
import { activityLoader, degreeLoader } from '../../graph/entity.loaders.js';
import { BOTNET_RULE_TEXT, botnetEvidence } from './botnet.refs.js';
import { flaggedShareLoader } from './botnet.loaders.js';
import { JA4Ref } from '../../graph/entity.types.js';

/** One fingerprint's spread, by key: its countries and ASes (degrees), IPs (activity) and flagged share. */
async function spreadOf(ctx: Context, p: EntityParent) {
  const [countries, asns, activity, flagged_share] = await Promise.all([
    degreeLoader(ctx, 'JA4', ['COUNTRY'], p.window).load(p.key),
    degreeLoader(ctx, 'JA4', ['ASN'], p.window).load(p.key),
    activityLoader(ctx, 'JA4', p.window).load(p.key),
    flaggedShareLoader(ctx, p.window).load(p.key),
  ]);
  return botnetEvidence({ countries, asns, unique_ips: activity?.unique_ips ?? 0, flagged_share });
}

builder.objectFields(JA4Ref, (t) => ({
  suspectedBotnet: t.boolean({
    description: `A suspected botnet in the window it was reached with: ${BOTNET_RULE_TEXT} (here: its scored windows flagged; the same rule as \`JA4Spread.suspectedBotnet\` and \`JA4Population.concentration\`).`,
    resolve: async (p, _a, ctx) => (await spreadOf(ctx, p)).suspected,
  }),
  botnetEvidence: t.stringList({
    description: 'The figures the botnet verdict rests on, in words: countries, flagged share, ASes and IPs.',
    resolve: async (p, _a, ctx) => (await spreadOf(ctx, p)).evidence,
  }),
}));
