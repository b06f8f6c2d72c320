import { builder } from '../../schema/builder.js';
import { registerEntityRef, type EntityParent } from '../../graph/entity.refs.js';

export const ClusterRef = registerEntityRef('CLUSTER', builder.objectRef<EntityParent>('Cluster'));
