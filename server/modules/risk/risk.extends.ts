import { fieldWindow } from '../../graph/entity.schema.js';
import { builder } from '../../schema/builder.js';
import { TimeWindowInput } from '../../schema/window.js';
import { correlationOf, RiskAssessmentRef } from './risk.schema.js';
import { PREFETCH, selectedFieldNames } from '../../schema/prefetch.js';
import { linkLoader } from '../../graph/entity.loaders.js';
import { tlsContradiction } from '../tls/tls.refs.js';
import { classifyUserAgent } from '../user-agent/user-agent.refs.js';
import { PopulationRef } from './population.schema.js';
import { signalsLoader } from './risk.loaders.js';
import { IPRef, JA4Ref } from '../../graph/entity.types.js';

builder.objectField(IPRef, 'investigation', (t) =>
  t.field({
    type: RiskAssessmentRef,
    nullable: true,
    description: 'Risk score with its breakdown and a recommended classification (null when the IP has no traffic in the window).',
    extensions: { ...PREFETCH, cost: 200 },
    args: { window: t.arg({ type: TimeWindowInput, required: false, description: 'Overrides the window the IP was reached with.' }) },
    resolve: async (p, args, ctx, info) => {
      const w = fieldWindow(ctx, p, args.window);
      // the recommendation's correlation needs only the IP: its reads go out with the signals'
      if (selectedFieldNames(info).has('recommendation')) correlationOf(ctx, p.key, w).catch(() => {});
      const signals = await signalsLoader(ctx, w).load(p.key);
      return signals ? { ip: p.key, window: w, signals } : null;
    },
  }),
);

builder.objectField(JA4Ref, 'population', (t) =>
  t.field({
    extensions: { cost: 3 },
    type: PopulationRef,
    description: 'Its population in the window, and what kind of population that is.',
    resolve: async (p, _a, ctx) => {
      const total = async (to: 'IP' | 'SUBNET' | 'ASN' | 'COUNTRY') => (await linkLoader(ctx, 'JA4', to, p.window, 1).load(p.key))[0]?.total ?? 0;
      const [ips, subnets, asns, countries, uas] = await Promise.all([
        total('IP'),
        total('SUBNET'),
        total('ASN'),
        total('COUNTRY'),
        linkLoader(ctx, 'JA4', 'USER_AGENT', p.window, 500).load(p.key),
      ]);
      const requests = uas.reduce((n, u) => n + u.rows, 0) || 1;
      const share = (keep: (ua: string) => boolean) => uas.filter((u) => keep(u.to_key)).reduce((n, u) => n + u.rows, 0) / requests;
      return {
        ips,
        subnets,
        asns,
        countries,
        browserShare: share((ua) => classifyUserAgent(ua) === 'browser'),
        scriptShare: share((ua) => ['script', 'bot', 'headless'].includes(classifyUserAgent(ua))),
        lyingShare: share((ua) => Boolean(tlsContradiction(p.key, ua))),
      };
    },
  }),
);
