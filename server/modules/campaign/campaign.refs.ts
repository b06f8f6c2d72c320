import { builder } from '../../schema/builder.js';
import type { EntityParent } from '../../graph/entity.refs.js';
import { linkConnection } from '../../graph/entity.links.js';

export const CampaignRef = builder.objectRef<EntityParent>('Campaign');
export const CampaignConnection = linkConnection(CampaignRef, 'CAMPAIGN');
