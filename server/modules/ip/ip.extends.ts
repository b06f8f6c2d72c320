import { addLink } from '../../graph/entity.links.js';
import { JA4Ref } from '../ja4/ja4.refs.js';
import { ASNRef } from '../asn/asn.refs.js';
import { HostRef } from '../host/host.refs.js';
import { CountryRef } from '../country/country.refs.js';
import { UserAgentRef } from '../user-agent/user-agent.refs.js';
import { SubnetRef } from '../subnet/subnet.refs.js';
import { CampaignRef } from '../campaign/campaign.refs.js';
import { IPConnection } from './ip.refs.js';

addLink(JA4Ref, 'ips', 'IP', IPConnection, 'IPs that used this fingerprint in the window, busiest first.');
addLink(ASNRef, 'ips', 'IP', IPConnection, 'IPs of this AS seen in the window.');
addLink(HostRef, 'ips', 'IP', IPConnection, 'Clients of this host (its attackers, for a targeted host), busiest first.');
addLink(CountryRef, 'ips', 'IP', IPConnection, 'IPs located in this country.');
addLink(UserAgentRef, 'ips', 'IP', IPConnection, 'IPs that sent this User-Agent.');
addLink(SubnetRef, 'ips', 'IP', IPConnection, 'IPs of this network seen in the window.');
addLink(CampaignRef, 'ips', 'IP', IPConnection, 'Member IPs of the campaign (from its detections).');
