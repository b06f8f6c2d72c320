import { builder } from '../../schema/builder.js';
import type { EntityParent } from '../../graph/entity.refs.js';

export const ClusterRef = builder.objectRef<EntityParent>('Cluster');
