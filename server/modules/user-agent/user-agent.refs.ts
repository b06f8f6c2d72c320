import { builder } from '../../schema/builder.js';
import { registerEntityRef, type EntityParent } from '../../graph/entity.refs.js';
import { linkConnection } from '../../graph/entity.links.js';

export const UserAgentRef = registerEntityRef('USER_AGENT', builder.objectRef<EntityParent>('UserAgent'));
export const UserAgentConnection = linkConnection(UserAgentRef, 'USER_AGENT');

export { browserFamily, classifyUserAgent, type UserAgentCategory } from './classify.js';

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
