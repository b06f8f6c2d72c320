import { builder } from '../../schema/builder.js';
import { registerEntityRef, type EntityParent } from '../../graph/entity.refs.js';
import { linkConnection } from '../../graph/entity.links.js';

export const SubnetRef = registerEntityRef('SUBNET', builder.objectRef<EntityParent>('Subnet'));
export const SubnetConnection = linkConnection(SubnetRef, 'SUBNET');
