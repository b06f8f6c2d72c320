import { builder } from '../../schema/builder.js';
import type { EntityParent } from '../../graph/entity.refs.js';
import { linkConnection } from '../../graph/entity.links.js';

export const SubnetRef = builder.objectRef<EntityParent>('Subnet');
export const SubnetConnection = linkConnection(SubnetRef, 'SUBNET');
