import { builder } from '../../schema/builder.js';
import { entityParent } from '../entity/entity.refs.js';
import { subnetOfIp } from '../entity/entity.kinds.js';
import { IPRef } from '../ip/ip.refs.js';
import { SubnetRef } from './subnet.refs.js';

builder.objectField(IPRef, 'subnet', (t) =>
  t.field({
    type: SubnetRef,
    description: 'Its /24 (IPv4) or /64 (IPv6) network.',
    resolve: (p) => entityParent('SUBNET', subnetOfIp(p.key), p.window),
  }),
);
