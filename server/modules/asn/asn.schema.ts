import type { Context } from '../../context.js';
import { defineEntityNode, defineRootLookup } from '../../graph/entity.node.js';
import { asnNameLoader } from '../../graph/entity.loaders.js';
import type { EntityParent } from '../../graph/entity.refs.js';
import { ASNRef } from '../../graph/entity.types.js';

/** Names come from the small AS-names table, whatever the window: an AS keeps its name. */
const info = (ctx: Context, p: EntityParent) => asnNameLoader(ctx).load(p.key);

defineEntityNode('ASN', ASNRef, 'An autonomous system: the network an IP belongs to.', (t) => ({
  number: t.int({ description: 'The AS number.', resolve: (p) => Number(p.key) }),
  name: t.string({
    description: 'The organisation operating it (as last seen in the traffic).',
    resolve: async (p, _a, ctx) => (await info(ctx, p))?.org ?? '',
  }),
  label: t.string({
    description: 'What kind of network it is: isp, mobile, hosting, datacenter, search_engine (empty when unknown).',
    resolve: async (p, _a, ctx) => (await info(ctx, p))?.label ?? '',
  }),
}));

defineRootLookup(
  'asn',
  'ASN',
  ASNRef,
  { name: 'number', type: 'Int', description: 'The AS number, e.g. 16276.' },
  'An AS by number; null when unseen in the window.',
);
