import { builder } from '../../schema/builder.js';
import { registerEntityRef, type EntityParent } from '../entity/entity.refs.js';
import { linkConnection } from '../entity/entity.links.js';

export const HostRef = registerEntityRef('HOST', builder.objectRef<EntityParent>('Host'));
export const HostConnection = linkConnection(HostRef, 'HOST');
