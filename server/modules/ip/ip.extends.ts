import { addLink } from '../../graph/entity.links.js';
import { ASNRef, CampaignRef, CountryRef, HostRef, IPConnection, JA4Ref, SubnetRef, UserAgentRef } from '../../graph/entity.types.js';

addLink(JA4Ref, 'ips', 'IP', IPConnection, 'IPs that used this fingerprint in the window, busiest first.');
addLink(ASNRef, 'ips', 'IP', IPConnection, 'IPs of this AS seen in the window.');
addLink(HostRef, 'ips', 'IP', IPConnection, 'Clients of this host (its attackers, for a targeted host), busiest first.');
addLink(CountryRef, 'ips', 'IP', IPConnection, 'IPs located in this country.');
addLink(UserAgentRef, 'ips', 'IP', IPConnection, 'IPs that sent this User-Agent.');
addLink(SubnetRef, 'ips', 'IP', IPConnection, 'IPs of this network seen in the window.');
addLink(CampaignRef, 'ips', 'IP', IPConnection, 'Member IPs of the campaign (from its detections).');
