import { builder } from '../schema/builder.js';
import { linkConnection } from './entity.links.js';
import type { EntityParent } from './entity.refs.js';

/**
 * The graph's entity types, one handle per kind, with the connection that lists links to it. The
 * core names them so that a module adding a field of another entity's type needs only the core:
 * each type is implemented by its own module (`<m>.schema.ts`), which alone decides its fields.
 */

export const IPRef = builder.objectRef<EntityParent>('IP');
export const IPConnection = linkConnection(IPRef, 'IP');

export const JA4Ref = builder.objectRef<EntityParent>('JA4');
export const JA4Connection = linkConnection(JA4Ref, 'JA4');

export const ASNRef = builder.objectRef<EntityParent>('ASN');
export const ASNConnection = linkConnection(ASNRef, 'ASN');

export const HostRef = builder.objectRef<EntityParent>('Host');
export const HostConnection = linkConnection(HostRef, 'HOST');

export const CountryRef = builder.objectRef<EntityParent>('Country');
export const CountryConnection = linkConnection(CountryRef, 'COUNTRY');

export const UserAgentRef = builder.objectRef<EntityParent>('UserAgent');
export const UserAgentConnection = linkConnection(UserAgentRef, 'USER_AGENT');

export const SubnetRef = builder.objectRef<EntityParent>('Subnet');
export const SubnetConnection = linkConnection(SubnetRef, 'SUBNET');

export const CampaignRef = builder.objectRef<EntityParent>('Campaign');
export const CampaignConnection = linkConnection(CampaignRef, 'CAMPAIGN');

export const ClusterRef = builder.objectRef<EntityParent>('Cluster');
