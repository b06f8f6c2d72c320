import { addLink, addValueList } from '../../graph/entity.links.js';
import { ASNRef, CampaignRef, HostConnection, HostRef, IPRef, JA4Ref, UserAgentRef } from '../../graph/entity.types.js';

addLink(IPRef, 'hosts', 'HOST', HostConnection, 'Hosts this IP sent requests to.');
addLink(JA4Ref, 'hosts', 'HOST', HostConnection, 'Hosts targeted with this fingerprint.');
addLink(ASNRef, 'hosts', 'HOST', HostConnection, 'Hosts targeted from this AS.');
addLink(UserAgentRef, 'hosts', 'HOST', HostConnection, 'Hosts that received this User-Agent.');
addLink(CampaignRef, 'hosts', 'HOST', HostConnection, 'Hosts the campaign targeted.');

addValueList(HostRef, 'paths', 'PATH', 'The most requested URL paths of this host.');
addValueList(IPRef, 'paths', 'PATH', 'The URL paths this IP requested most.');
