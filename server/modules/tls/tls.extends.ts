import { builder } from '../../schema/builder.js';
import { IPRef } from '../ip/ip.refs.js';
import { Evasion, evasionOf } from './evasion.schema.js';
import { fieldWindow } from '../../graph/entity.schema.js';
import { byKey } from '../../schema/loaders.js';
import { windowKey } from '../../schema/window.js';
import { tlsContradiction } from './tls.refs.js';
import { createCoherenceRepository, createTlsRepository, type PairRow } from './tls.repository.js';
import { Coherence, windowArg } from './tls.schema.js';

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
      const [tlsRows, tcp] = await Promise.all([
        ctx.loaders
          .get<string, (PairRow & { ip?: string })[]>('tls.pairsByIp', { w: windowKey(w) }, async (ips) =>
            byKey(
              ips,
              await createTlsRepository(ctx.db).pairs(w, ips),
              (r) => r.ip!,
              (rs) => rs,
            ),
          )
          .load(p.key),
        ctx.loaders
          .get<string, string | undefined>('tls.tcp', {}, async (ips) =>
            byKey(
              ips,
              await createCoherenceRepository(ctx.db).tcpContradictions(ips),
              (r) => r.ip,
              (rs) => rs[0]?.reason,
            ),
          )
          .load(p.key),
      ]);
      const tlsIssues = [...new Set(tlsRows.map((r) => tlsContradiction(r.ja4, r.user_agent)).filter((x): x is string => Boolean(x)))];
      return {
        userAgents: new Set(tlsRows.map((r) => r.user_agent)).size,
        ja4s: new Set(tlsRows.map((r) => r.ja4)).size,
        contradictions: [...tlsIssues, ...(tcp ? [tcp] : [])],
      };
    },
  }),
);
