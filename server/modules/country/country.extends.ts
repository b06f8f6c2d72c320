import { addLink, addSingleLink } from '../../graph/entity.links.js';
import { IPRef } from '../ip/ip.refs.js';
import { JA4Ref } from '../ja4/ja4.refs.js';
import { ASNRef } from '../asn/asn.refs.js';
import { HostRef } from '../host/host.refs.js';
import { CampaignRef } from '../campaign/campaign.refs.js';
import { CountryConnection, CountryRef } from './country.refs.js';

addSingleLink(IPRef, 'country', 'COUNTRY', CountryRef, 'Where this IP is located.');
addLink(JA4Ref, 'countries', 'COUNTRY', CountryConnection, 'Countries this fingerprint was seen from: a wide spread suggests a botnet.');
addLink(ASNRef, 'countries', 'COUNTRY', CountryConnection, 'Countries this AS’s IPs are located in.');
addLink(HostRef, 'countries', 'COUNTRY', CountryConnection, 'Countries of this host’s clients.');
addLink(CampaignRef, 'countries', 'COUNTRY', CountryConnection, 'Countries of the campaign’s members.');
