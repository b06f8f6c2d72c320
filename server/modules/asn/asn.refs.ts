import { builder } from '../../schema/builder.js';
import { registerEntityRef, type EntityParent } from '../../graph/entity.refs.js';
import { linkConnection } from '../../graph/entity.links.js';

export const ASNRef = registerEntityRef('ASN', builder.objectRef<EntityParent>('ASN'));
export const ASNConnection = linkConnection(ASNRef, 'ASN');
