import { addLink } from '../../graph/entity.links.js';
import { ASNRef, CampaignRef, CountryRef, HostRef, IPRef, JA4Connection, UserAgentRef } from '../../graph/entity.types.js';

addLink(IPRef, 'ja4s', 'JA4', JA4Connection, 'Fingerprints this IP presented in the window (several: rotation).');
addLink(ASNRef, 'ja4s', 'JA4', JA4Connection, 'Fingerprints seen from this AS.');
addLink(HostRef, 'ja4s', 'JA4', JA4Connection, 'Fingerprints of this host’s clients.');
addLink(CountryRef, 'ja4s', 'JA4', JA4Connection, 'Fingerprints seen from this country.');
addLink(UserAgentRef, 'ja4s', 'JA4', JA4Connection, 'Fingerprints that sent this User-Agent (a browser UA over a script JA4 is a lie).');
addLink(CampaignRef, 'ja4s', 'JA4', JA4Connection, 'Fingerprints of the campaign’s detections.');
