import { addLink, addSingleLink } from '../../graph/entity.links.js';
import { ASNConnection, ASNRef, CampaignRef, CountryRef, HostRef, IPRef, JA4Ref, SubnetRef } from '../../graph/entity.types.js';

addSingleLink(IPRef, 'asn', 'ASN', ASNRef, 'The AS this IP belongs to.');
addSingleLink(SubnetRef, 'asn', 'ASN', ASNRef, 'The AS this network belongs to.');
addLink(JA4Ref, 'asns', 'ASN', ASNConnection, 'ASes this fingerprint was seen from: many ASes for one JA4 suggests a botnet.');
addLink(HostRef, 'asns', 'ASN', ASNConnection, 'ASes of this host’s clients.');
addLink(CountryRef, 'asns', 'ASN', ASNConnection, 'ASes seen from this country.');
addLink(CampaignRef, 'asns', 'ASN', ASNConnection, 'ASes of the campaign’s members.');
