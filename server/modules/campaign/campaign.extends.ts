import { addLink } from '../../graph/entity.links.js';
import { CampaignConnection, IPRef, JA4Ref } from '../../graph/entity.types.js';

addLink(IPRef, 'campaigns', 'CAMPAIGN', CampaignConnection, 'Campaigns this IP took part in (from its detections).');
addLink(JA4Ref, 'campaigns', 'CAMPAIGN', CampaignConnection, 'Campaigns whose detections used this fingerprint.');
