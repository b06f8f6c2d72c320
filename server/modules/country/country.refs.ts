import { builder } from '../../schema/builder.js';
import { registerEntityRef, type EntityParent } from '../../graph/entity.refs.js';
import { linkConnection } from '../../graph/entity.links.js';

export const CountryRef = registerEntityRef('COUNTRY', builder.objectRef<EntityParent>('Country'));
export const CountryConnection = linkConnection(CountryRef, 'COUNTRY');
