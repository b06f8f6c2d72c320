import { addLink } from '../../graph/entity.links.js';
import { IPRef } from '../ip/ip.refs.js';
import { JA4Ref } from '../ja4/ja4.refs.js';
import { CampaignConnection } from './campaign.refs.js';

addLink(IPRef, 'campaigns', 'CAMPAIGN', CampaignConnection, 'Campaigns this IP took part in (from its detections).');
addLink(JA4Ref, 'campaigns', 'CAMPAIGN', CampaignConnection, 'Campaigns whose detections used this fingerprint.');
