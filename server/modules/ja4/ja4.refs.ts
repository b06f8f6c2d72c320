import { builder } from '../../schema/builder.js';
import { registerEntityRef, type EntityParent } from '../../graph/entity.refs.js';
import { linkConnection } from '../../graph/entity.links.js';

export const JA4Ref = registerEntityRef('JA4', builder.objectRef<EntityParent>('JA4'));
export const JA4Connection = linkConnection(JA4Ref, 'JA4');

export { KNOWN_APPLICATIONS as KNOWN_JA4 } from './known-applications.js';
