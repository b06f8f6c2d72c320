import { builder } from '../../schema/builder.js';
import { boundFirst } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import { entityParent } from '../entity/entity.refs.js';
import { IPRef } from '../ip/ip.refs.js';
import { JA4Ref } from '../ja4/ja4.refs.js';
import { createTcpSpoofingRepository, type SpoofRow } from './tcp-spoofing.repository.js';

const Spoof = builder.objectRef<SpoofRow & { window: Window }>('TcpSpoofing').implement({
  description: 'An IP whose TCP stack (initial TTL family) contradicts the operating system its User-Agent claims.',
  fields: (t) => ({
    ip: t.field({ type: IPRef, description: 'The IP.', resolve: (r) => entityParent('IP', r.ip, r.window) }),
    claimedOs: t.exposeString('ua_os', { description: 'The OS the User-Agent claims.' }),
    inferredOs: t.exposeString('tcp_os', { description: 'The OS family the TCP stack fits.' }),
    ttl: t.exposeInt('ttl', { description: 'TTL as received.' }),
    mss: t.exposeInt('mss', { description: 'TCP maximum segment size.' }),
    windowSize: t.exposeInt('window_size', { description: 'TCP window size.' }),
    ja4: t.field({ type: JA4Ref, nullable: true, description: 'TLS fingerprint.', resolve: (r) => (r.ja4 ? entityParent('JA4', r.ja4, r.window) : null) }),
    ja4t: t.exposeString('ja4t', { description: 'TCP fingerprint (JA4T).' }),
    userAgent: t.exposeString('user_agent', { description: 'A User-Agent it sent.' }),
    asnOrg: t.exposeString('asn_org', { description: 'AS organisation.' }),
    countryCode: t.exposeString('country_code', { description: 'Country.' }),
    hits: t.exposeFloat('hits', { description: 'Requests with this contradiction (over the retained logs).' }),
    firstSeen: t.field({ type: 'DateTime', description: 'First such request.', resolve: (r) => r.first_seen }),
    lastSeen: t.field({ type: 'DateTime', description: 'Last such request.', resolve: (r) => r.last_seen }),
    reason: t.exposeString('reason', { description: 'The contradiction, in words.' }),
  }),
});

builder.queryField('tcpSpoofing', (t) =>
  t.field({
    type: [Spoof],
    description: 'TCP/OS spoofing: TCP stacks contradicting the User-Agent’s OS, most requests first (default window: last 7 days).',
    args: {
      first: t.arg.int({ required: false, description: '1–500, default 100.' }),
      window: t.arg({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }),
    },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      return (await createTcpSpoofingRepository(ctx.db).list(w, boundFirst(args.first, 100))).map((r) => ({ ...r, window: w }));
    },
  }),
);
