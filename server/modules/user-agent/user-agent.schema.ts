import { defineEntityNode, defineRootLookup } from '../../graph/entity.node.js';
import { UserAgentCategoryEnum } from './user-agent.refs.js';
import { browserFamily, classifyUserAgent } from './user-agent.refs.js';
import { UserAgentRef } from '../../graph/entity.types.js';

defineEntityNode('USER_AGENT', UserAgentRef, 'A User-Agent header value.', (t) => ({
  value: t.string({ description: 'The header value.', resolve: (p) => p.key }),
  category: t.field({
    type: UserAgentCategoryEnum,
    description: 'What it claims to be.',
    resolve: (p) => classifyUserAgent(p.key).toUpperCase() as 'BROWSER',
  }),
  browserFamily: t.string({ description: 'Chrome, Firefox, Safari, Edge, or empty.', resolve: (p) => browserFamily(p.key) }),
}));

defineRootLookup(
  'userAgent',
  'USER_AGENT',
  UserAgentRef,
  { name: 'value', type: 'String', description: 'The exact header value.' },
  'A User-Agent; null when unseen in the window.',
);
