import { builder } from '../../schema/builder.js';
import { registerEntityRef, type EntityParent } from '../entity/entity.refs.js';
import { linkConnection } from '../entity/entity.links.js';

export const CountryRef = registerEntityRef('COUNTRY', builder.objectRef<EntityParent>('Country'));
export const CountryConnection = linkConnection(CountryRef, 'COUNTRY');
