import { builder } from '../../schema/builder.js';
import type { EntityParent } from '../../graph/entity.refs.js';
import { linkConnection } from '../../graph/entity.links.js';

export const ASNRef = builder.objectRef<EntityParent>('ASN');
export const ASNConnection = linkConnection(ASNRef, 'ASN');
