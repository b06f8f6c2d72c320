import { addLink, addSingleLink } from '../../graph/entity.links.js';
import { ASNRef, CampaignRef, CountryConnection, CountryRef, HostRef, IPRef, JA4Ref } from '../../graph/entity.types.js';

addSingleLink(IPRef, 'country', 'COUNTRY', CountryRef, 'Where this IP is located.');
addLink(JA4Ref, 'countries', 'COUNTRY', CountryConnection, 'Countries this fingerprint was seen from: a wide spread suggests a botnet.');
addLink(ASNRef, 'countries', 'COUNTRY', CountryConnection, 'Countries this AS’s IPs are located in.');
addLink(HostRef, 'countries', 'COUNTRY', CountryConnection, 'Countries of this host’s clients.');
addLink(CampaignRef, 'countries', 'COUNTRY', CountryConnection, 'Countries of the campaign’s members.');
