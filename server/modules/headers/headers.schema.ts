import { builder } from '../../schema/builder.js';
import { badInput } from '../../schema/errors.js';
import { boundFirst } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import { entityParent } from '../../graph/entity.refs.js';
import { createHeadersRepository, type HeaderClusterRow } from './headers.repository.js';
import { IPRef } from '../../graph/entity.types.js';
import { COST } from '../../graphql/cost.js';

const HeaderIp = builder
  .objectRef<{ ip: string; hits: number; asn_org: string; country_code: string; user_agent: string; window: Window }>('HeaderFingerprintIp')
  .implement({
    description: 'An IP that sent a header layout.',
    fields: (t) => ({
      ip: t.field({ type: IPRef, description: 'The IP.', resolve: (r) => entityParent('IP', r.ip, r.window) }),
      hits: t.exposeFloat('hits', { description: 'Requests with the layout.' }),
      asnOrg: t.exposeString('asn_org', { description: 'AS organisation.' }),
      countryCode: t.exposeString('country_code', { description: 'Country.' }),
      userAgent: t.exposeString('user_agent', { description: 'A User-Agent sent with it.' }),
    }),
  });

const HeaderCluster = builder.objectRef<HeaderClusterRow & { window: Window }>('HeaderFingerprint').implement({
  description: 'Clients sending the same request headers in the same order: one client software, whatever User-Agent it claims.',
  fields: (t) => ({
    hash: t.exposeString('hash', { description: 'Hash of the header-name sequence (its id).' }),
    headers: t.exposeString('client_headers', { description: 'Header names, in the order sent.' }),
    headerCount: t.exposeInt('header_count', { description: 'How many headers.' }),
    uniqueIps: t.exposeInt('ips', { description: 'Distinct IPs.' }),
    hits: t.exposeFloat('hits', { description: 'Requests.' }),
    userAgents: t.exposeInt('user_agents', { description: 'Distinct User-Agents sent with this layout (many: a lying client).' }),
    sampleUserAgent: t.exposeString('sample_user_agent', { description: 'One of them.' }),
    sampleJa4: t.exposeString('sample_ja4', { description: 'A TLS fingerprint seen with it.' }),
    ips: t.field({
      type: [HeaderIp],
      description: 'IPs sending it, busiest first.',
      args: { first: t.arg.int({ required: false, description: '1–500, default 100.' }) },
      resolve: async (c, args, ctx) =>
        (await createHeadersRepository(ctx.db).ips(c.hash, c.window, boundFirst(args.first, 100))).map((r) => ({ ...r, window: c.window })),
    }),
  }),
});

const windowArg = builder.args((t) => ({ window: t.field({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }) }));

builder.queryFields((t) => ({
  headerFingerprints: t.field({
    extensions: { cost: COST.TRAFFIC_SCAN / 2 },
    type: [HeaderCluster],
    description: 'Header-order fingerprints, most IPs first.',
    args: { ...windowArg, first: t.arg.int({ required: false, description: '1–500, default 50.' }) },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      return (await createHeadersRepository(ctx.db).clusters(w, boundFirst(args.first, 50))).map((r) => ({ ...r, window: w }));
    },
  }),
  headerFingerprint: t.field({
    extensions: { cost: 60 },
    type: HeaderCluster,
    nullable: true,
    description: 'One header-order fingerprint by hash; null when unseen in the window.',
    args: { ...windowArg, hash: t.arg.string({ required: true, description: 'The fingerprint hash.' }) },
    resolve: async (_r, args, ctx) => {
      if (!/^\d{1,20}$/.test(args.hash)) throw badInput(`"${args.hash.slice(0, 40)}" is not a header fingerprint hash`);
      const w = resolveWindow(args.window, ctx.now);
      const [row] = await createHeadersRepository(ctx.db).clusters(w, 1, args.hash);
      return row ? { ...row, window: w } : null;
    },
  }),
}));
