import { builder } from '../../schema/builder.js';
import { registerEntityRef, type EntityParent } from '../../graph/entity.refs.js';
import { linkConnection } from '../../graph/entity.links.js';

export const CampaignRef = registerEntityRef('CAMPAIGN', builder.objectRef<EntityParent>('Campaign'));
export const CampaignConnection = linkConnection(CampaignRef, 'CAMPAIGN');
