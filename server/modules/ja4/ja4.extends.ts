import { addLink } from '../../graph/entity.links.js';
import { IPRef } from '../ip/ip.refs.js';
import { ASNRef } from '../asn/asn.refs.js';
import { HostRef } from '../host/host.refs.js';
import { CountryRef } from '../country/country.refs.js';
import { UserAgentRef } from '../user-agent/user-agent.refs.js';
import { CampaignRef } from '../campaign/campaign.refs.js';
import { JA4Connection } from './ja4.refs.js';

addLink(IPRef, 'ja4s', 'JA4', JA4Connection, 'Fingerprints this IP presented in the window (several: rotation).');
addLink(ASNRef, 'ja4s', 'JA4', JA4Connection, 'Fingerprints seen from this AS.');
addLink(HostRef, 'ja4s', 'JA4', JA4Connection, 'Fingerprints of this host’s clients.');
addLink(CountryRef, 'ja4s', 'JA4', JA4Connection, 'Fingerprints seen from this country.');
addLink(UserAgentRef, 'ja4s', 'JA4', JA4Connection, 'Fingerprints that sent this User-Agent (a browser UA over a script JA4 is a lie).');
addLink(CampaignRef, 'ja4s', 'JA4', JA4Connection, 'Fingerprints of the campaign’s detections.');
