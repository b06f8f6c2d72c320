import { builder } from '../../schema/builder.js';
import { registerEntityRef, type EntityParent } from '../entity/entity.refs.js';
import { linkConnection } from '../entity/entity.links.js';

export const IPRef = registerEntityRef('IP', builder.objectRef<EntityParent>('IP'));
export const IPConnection = linkConnection(IPRef, 'IP');
