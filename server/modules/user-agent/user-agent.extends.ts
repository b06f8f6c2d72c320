import { addLink } from '../../graph/entity.links.js';
import { IPRef } from '../ip/ip.refs.js';
import { JA4Ref } from '../ja4/ja4.refs.js';
import { HostRef } from '../host/host.refs.js';
import { UserAgentConnection } from './user-agent.refs.js';

addLink(IPRef, 'userAgents', 'USER_AGENT', UserAgentConnection, 'User-Agents this IP sent (many: rotation).');
addLink(JA4Ref, 'userAgents', 'USER_AGENT', UserAgentConnection, 'User-Agents sent over this fingerprint.');
addLink(HostRef, 'userAgents', 'USER_AGENT', UserAgentConnection, 'User-Agents of this host’s clients.');
