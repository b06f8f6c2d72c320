import { addLink, addSingleLink } from '../../graph/entity.links.js';
import { IPRef } from '../ip/ip.refs.js';
import { JA4Ref } from '../ja4/ja4.refs.js';
import { HostRef } from '../host/host.refs.js';
import { CountryRef } from '../country/country.refs.js';
import { SubnetRef } from '../subnet/subnet.refs.js';
import { CampaignRef } from '../campaign/campaign.refs.js';
import { ASNConnection, ASNRef } from './asn.refs.js';

addSingleLink(IPRef, 'asn', 'ASN', ASNRef, 'The AS this IP belongs to.');
addSingleLink(SubnetRef, 'asn', 'ASN', ASNRef, 'The AS this network belongs to.');
addLink(JA4Ref, 'asns', 'ASN', ASNConnection, 'ASes this fingerprint was seen from: many ASes for one JA4 suggests a botnet.');
addLink(HostRef, 'asns', 'ASN', ASNConnection, 'ASes of this host’s clients.');
addLink(CountryRef, 'asns', 'ASN', ASNConnection, 'ASes seen from this country.');
addLink(CampaignRef, 'asns', 'ASN', ASNConnection, 'ASes of the campaign’s members.');
