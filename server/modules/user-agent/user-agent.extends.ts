import { addLink } from '../../graph/entity.links.js';
import { HostRef, IPRef, JA4Ref, UserAgentConnection } from '../../graph/entity.types.js';

addLink(IPRef, 'userAgents', 'USER_AGENT', UserAgentConnection, 'User-Agents this IP sent (many: rotation).');
addLink(JA4Ref, 'userAgents', 'USER_AGENT', UserAgentConnection, 'User-Agents sent over this fingerprint.');
addLink(HostRef, 'userAgents', 'USER_AGENT', UserAgentConnection, 'User-Agents of this host’s clients.');
