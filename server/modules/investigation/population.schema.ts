import { builder } from '../../schema/builder.js';

interface Population {
  ips: number;
  subnets: number;
  asns: number;
  countries: number;
  browserShare: number;
  scriptShare: number;
  lyingShare: number;
}

/** Spread needed to call a population distributed, and the share of lies or scripts that makes it a botnet. */
const SPREAD_COUNTRIES = 5;
const SPREAD_ASNS = 5;
const BOTNET_SHARE = 0.5;

const concentration = (p: Population) => {
  if (p.ips <= 2) return 'SINGLE_SOURCE';
  const spread = p.countries >= SPREAD_COUNTRIES && p.asns >= SPREAD_ASNS;
  if (spread && (p.lyingShare >= BOTNET_SHARE || p.scriptShare >= BOTNET_SHARE)) return 'DISTRIBUTED_BOTNET';
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
      description: `SINGLE_SOURCE (≤ 2 IPs), DISTRIBUTED_BOTNET (${SPREAD_COUNTRIES}+ countries and ${SPREAD_ASNS}+ ASes, mostly lying or scripted), COMMON_CLIENT (as widely spread, honest) or CONCENTRATED.`,
      resolve: concentration,
    }),
  }),
});
