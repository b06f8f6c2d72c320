import { builder } from '../../schema/builder.js';
import { entityParent } from '../../graph/entity.refs.js';
import { subnetOfIp } from '../../graph/entity.kinds.js';
import { addLink } from '../../graph/entity.links.js';
import { IPRef, JA4Ref, SubnetConnection, SubnetRef } from '../../graph/entity.types.js';

builder.objectField(IPRef, 'subnet', (t) =>
  t.field({
    type: SubnetRef,
    description: 'Its /24 (IPv4) or /64 (IPv6) network.',
    resolve: (p) => entityParent('SUBNET', subnetOfIp(p.key), p.window),
  }),
);

addLink(JA4Ref, 'subnets', 'SUBNET', SubnetConnection, 'Networks (/24, /64) this fingerprint was seen from, busiest first.');
