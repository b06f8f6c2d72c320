import { builder } from '../../schema/builder.js';
import { registerEntityRef, type EntityParent } from '../entity/entity.refs.js';
import { linkConnection } from '../entity/entity.links.js';

export const UserAgentRef = registerEntityRef('USER_AGENT', builder.objectRef<EntityParent>('UserAgent'));
export const UserAgentConnection = linkConnection(UserAgentRef, 'USER_AGENT');
