import { defineEntityNode, defineRootLookup } from '../../graph/entity.node.js';
import { SubnetRef } from '../../graph/entity.types.js';

defineEntityNode('SUBNET', SubnetRef, 'A /24 (IPv4) or /64 (IPv6) network.', (t) => ({
  cidr: t.string({ description: 'The network in CIDR notation.', resolve: (p) => p.key }),
  version: t.int({ description: '4 or 6.', resolve: (p) => (p.key.includes(':') ? 6 : 4) }),
}));

defineRootLookup(
  'subnet',
  'SUBNET',
  SubnetRef,
  { name: 'cidr', type: 'String', description: 'a.b.c.0/24, an IPv6 /64, or any address in it.' },
  'A network; null when unseen in the window.',
);
