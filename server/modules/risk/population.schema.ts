import { builder } from '../../schema/builder.js';
import { BOTNET_RULE_TEXT, isMostly, isSpread } from '../botnet/botnet.refs.js';

interface Population {
  ips: number;
  subnets: number;
  asns: number;
  countries: number;
  browserShare: number;
  scriptShare: number;
  lyingShare: number;
}

const concentration = (p: Population) => {
  if (p.ips <= 2) return 'SINGLE_SOURCE';
  const spread = isSpread(p.countries, p.asns);
  if (spread && (isMostly(p.lyingShare) || isMostly(p.scriptShare))) return 'DISTRIBUTED_BOTNET';
  if (spread) return 'COMMON_CLIENT';
  return 'CONCENTRATED';
};

export const PopulationRef = builder.objectRef<Population>('JA4Population').implement({
  description: 'Who uses a fingerprint: one botnet, a common client, or a few machines?',
  fields: (t) => ({
    ips: t.exposeInt('ips', { description: 'Distinct IPs.' }),
    subnets: t.exposeInt('subnets', { description: 'Distinct /24 (or /64) networks.' }),
    asns: t.exposeInt('asns', { description: 'Distinct ASes.' }),
    countries: t.exposeInt('countries', { description: 'Distinct countries.' }),
    browserShare: t.exposeFloat('browserShare', { description: 'Share of requests whose User-Agent claims a browser.' }),
    scriptShare: t.exposeFloat('scriptShare', { description: 'Share of requests with a script, bot or headless User-Agent.' }),
    lyingShare: t.exposeFloat('lyingShare', { description: 'Share of requests whose browser User-Agent this fingerprint cannot be.' }),
    concentration: t.string({
      description: `SINGLE_SOURCE (≤ 2 IPs), DISTRIBUTED_BOTNET (${BOTNET_RULE_TEXT}: here, lying about its client or scripted — the same rule as \`JA4.suspectedBotnet\`), COMMON_CLIENT (as widely spread, honest) or CONCENTRATED.`,
      resolve: concentration,
    }),
  }),
});
