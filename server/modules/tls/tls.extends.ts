import { builder } from '../../schema/builder.js';
import { Evasion, evasionOf } from './evasion.schema.js';
import { fieldWindow } from '../../graph/entity.schema.js';
import { tlsContradiction } from './tls.refs.js';
import { Coherence, windowArg } from './tls.schema.js';
import { pairsByIpLoader } from './tls.loaders.js';
import { tcpContradictionLoader } from './tls.refs.js';
import { IPRef } from '../../graph/entity.types.js';

builder.objectField(IPRef, 'evasion', (t) =>
  t.field({
    type: Evasion,
    description: 'The evasion techniques it uses in the window.',
    resolve: async (p, _a, ctx) => ({ techniques: await evasionOf(ctx, p.key, p.window) }),
  }),
);

builder.objectField(IPRef, 'coherence', (t) =>
  t.field({
    type: Coherence,
    description: 'Whether its TLS fingerprints, TCP stack and User-Agents are consistent.',
    args: windowArg,
    resolve: async (p, args, ctx) => {
      const w = fieldWindow(ctx, p, args.window);
      const [tlsRows, tcp] = await Promise.all([pairsByIpLoader(ctx, w).load(p.key), tcpContradictionLoader(ctx).load(p.key)]);
      const tlsIssues = [...new Set(tlsRows.map((r) => tlsContradiction(r.ja4, r.user_agent)).filter((x): x is string => Boolean(x)))];
      return {
        userAgents: new Set(tlsRows.map((r) => r.user_agent)).size,
        ja4s: new Set(tlsRows.map((r) => r.ja4)).size,
        contradictions: [...tlsIssues, ...(tcp ? [tcp] : [])],
      };
    },
  }),
);
