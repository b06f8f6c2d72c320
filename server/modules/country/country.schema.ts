import { defineEntityNode, defineRootLookup } from '../../graph/entity.node.js';
import { CountryRef } from '../../graph/entity.types.js';

const names = new Intl.DisplayNames(['en'], { type: 'region' });
const nameOf = (code: string) => {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
};

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
