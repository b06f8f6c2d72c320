import { builder } from '../../schema/builder.js';
import type { EntityParent } from '../../graph/entity.refs.js';
import { linkConnection } from '../../graph/entity.links.js';

export const CountryRef = builder.objectRef<EntityParent>('Country');
export const CountryConnection = linkConnection(CountryRef, 'COUNTRY');
