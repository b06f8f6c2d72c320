import { builder } from '../../schema/builder.js';
import { defineEntityNode, defineRootLookup } from '../entity/entity.node.js';
import { UserAgentRef } from './user-agent.refs.js';
import { browserFamily, classifyUserAgent } from './classify.js';

export const UserAgentCategoryEnum = builder.enumType('UserAgentCategory', {
  description: 'What kind of client a User-Agent claims to be.',
  values: {
    BROWSER: { description: 'A desktop or mobile browser.' },
    BOT: { description: 'A declared crawler or bot.' },
    SCRIPT: { description: 'An HTTP library or command-line tool (python-requests, curl, Go, …).' },
    HEADLESS: { description: 'A headless or automated browser.' },
    UNKNOWN: { description: 'None of the above.' },
  } as const,
});

defineEntityNode('USER_AGENT', UserAgentRef, 'A User-Agent header value.', (t) => ({
  value: t.string({ description: 'The header value.', resolve: (p) => p.key }),
  category: t.field({
    type: UserAgentCategoryEnum,
    description: 'What it claims to be.',
    resolve: (p) => classifyUserAgent(p.key).toUpperCase() as 'BROWSER',
  }),
  browserFamily: t.string({ description: 'Chrome, Firefox, Safari, Edge, or empty.', resolve: (p) => browserFamily(p.key) }),
}));

defineRootLookup('userAgent', 'USER_AGENT', UserAgentRef, { name: 'value', type: 'String', description: 'The exact header value.' }, 'A User-Agent; null when unseen in the window.');
