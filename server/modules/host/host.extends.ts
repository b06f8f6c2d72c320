import { addLink } from '../../graph/entity.links.js';
import { IPRef } from '../ip/ip.refs.js';
import { JA4Ref } from '../ja4/ja4.refs.js';
import { ASNRef } from '../asn/asn.refs.js';
import { UserAgentRef } from '../user-agent/user-agent.refs.js';
import { CampaignRef } from '../campaign/campaign.refs.js';
import { HostConnection } from './host.refs.js';

addLink(IPRef, 'hosts', 'HOST', HostConnection, 'Hosts this IP sent requests to.');
addLink(JA4Ref, 'hosts', 'HOST', HostConnection, 'Hosts targeted with this fingerprint.');
addLink(ASNRef, 'hosts', 'HOST', HostConnection, 'Hosts targeted from this AS.');
addLink(UserAgentRef, 'hosts', 'HOST', HostConnection, 'Hosts that received this User-Agent.');
addLink(CampaignRef, 'hosts', 'HOST', HostConnection, 'Hosts the campaign targeted.');
