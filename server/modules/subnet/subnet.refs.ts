import { builder } from '../../schema/builder.js';
import { registerEntityRef, type EntityParent } from '../entity/entity.refs.js';
import { linkConnection } from '../entity/entity.links.js';

export const SubnetRef = registerEntityRef('SUBNET', builder.objectRef<EntityParent>('Subnet'));
export const SubnetConnection = linkConnection(SubnetRef, 'SUBNET');
