import { builder } from '../../schema/builder.js';
import { registerEntityRef, type EntityParent } from '../entity/entity.refs.js';

export const ClusterRef = registerEntityRef('CLUSTER', builder.objectRef<EntityParent>('Cluster'));
