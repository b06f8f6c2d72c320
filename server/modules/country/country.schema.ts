import { defineEntityNode, defineRootLookup } from '../../graph/entity.node.js';
import { CountryRef } from '../../graph/entity.types.js';

import { countryName as nameOf } from './country.refs.js';

defineEntityNode('COUNTRY', CountryRef, 'A country, from IP geolocation.', (t) => ({
  code: t.string({ description: 'ISO 3166-1 alpha-2 code.', resolve: (p) => p.key }),
  name: t.string({ description: 'English name.', resolve: (p) => nameOf(p.key) }),
}));

defineRootLookup(
  'country',
  'COUNTRY',
  CountryRef,
  { name: 'code', type: 'String', description: 'Two-letter code, e.g. FR.' },
  'A country; null when no traffic came from it in the window.',
);
