import { builder } from '../../schema/builder.js';
import { registerEntityRef, type EntityParent } from '../entity/entity.refs.js';
import { linkConnection } from '../entity/entity.links.js';

export const ASNRef = registerEntityRef('ASN', builder.objectRef<EntityParent>('ASN'));
export const ASNConnection = linkConnection(ASNRef, 'ASN');
