/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** An IPv4 or IPv6 address. Accepts IPv4 (203.0.113.7), IPv6 (2001:db8::1) and IPv4-mapped IPv6 (::ffff:203.0.113.7); always prints IPv4 without the ::ffff: prefix. */
  IPAddress: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  _Any: { input: any; output: any; }
};

/** An autonomous system: the network an IP belongs to. */
export type Asn = Entity & Node & {
  __typename?: 'ASN';
  /** Analysts’ decisions about this entity, newest first (all time). */
  classifications: Array<Classification>;
  /** Countries this AS’s IPs are located in. Window: up to 365 days (read from the graph layer). */
  countries: CountryConnection;
  /** Detections (flagged scoring windows, both models) in the window. Window: up to 365 days (read from the graph layer). */
  detectionCount: Scalars['Int']['output'];
  /** Detections of IPs of this AS in the window, newest first. Window: up to 31 days (reads raw rows). */
  detections: DetectionConnection;
  /** First activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Requests in the window (for campaigns and detections: requests in the flagged scoring windows). Window: up to 365 days (read from the graph layer). */
  hits: Scalars['Float']['output'];
  /** Hosts targeted from this AS. Window: up to 365 days (read from the graph layer). */
  hosts: HostConnection;
  /** Global id: stable, opaque, usable with `node` and in shared links. */
  id: Scalars['ID']['output'];
  /** IPs of this AS seen in the window. Window: up to 365 days (read from the graph layer). */
  ips: IpConnection;
  /** Fingerprints seen from this AS. Window: up to 365 days (read from the graph layer). */
  ja4s: Ja4Connection;
  /** The natural key: an address, fingerprint, AS number, host name, country code, … */
  key: Scalars['String']['output'];
  /** What kind of network it is: isp, mobile, hosting, datacenter, search_engine (empty when unknown). */
  label: Scalars['String']['output'];
  /** Last activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** The organisation operating it (as last seen in the traffic). */
  name: Scalars['String']['output'];
  /** Typed expansion, like a Maltego transform: for each requested type, the linked entities with link weight, and how many neighbours each of them has in turn. Window: up to 365 days (read from the graph layer). */
  neighbors: Array<NeighborGroup>;
  /** Analysts’ notes about this entity in the saved investigations the caller may open, newest first. */
  notes: Array<InvestigationNote>;
  /** The AS number. */
  number: Scalars['Int']['output'];
  /** Detections per threat level in the window, most severe first (every level, zeros included). Window: up to 365 days (read from the graph layer). */
  threatLevels: Array<ThreatLevelCount>;
  /** Requests per time bucket across the window, zero-filled; the bucket (1 hour … 1 week) keeps it within 72 points. Window: up to 365 days (read from the graph layer). */
  timeline: Array<TimelinePoint>;
  /** The kind of entity. */
  type: EntityType;
  /** Distinct source IPs in the window (exact: per-hour sets of addresses merged, never summed or estimated). Window: up to 365 days (read from the graph layer). */
  uniqueIps: Scalars['Int']['output'];
  /** The watches on this entity the caller sees (their own and the team’s): what the watch toggle beside it shows. */
  watches: Array<Watch>;
  /** The window its fields cover by default: the one it was reached with, rounded out to whole UTC hours. */
  window: ResolvedWindow;
};


/** An autonomous system: the network an IP belongs to. */
export type AsnClassificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An autonomous system: the network an IP belongs to. */
export type AsnCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** An autonomous system: the network an IP belongs to. */
export type AsnDetectionCountArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** An autonomous system: the network an IP belongs to. */
export type AsnDetectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** An autonomous system: the network an IP belongs to. */
export type AsnFirstSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** An autonomous system: the network an IP belongs to. */
export type AsnHitsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** An autonomous system: the network an IP belongs to. */
export type AsnHostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** An autonomous system: the network an IP belongs to. */
export type AsnIpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** An autonomous system: the network an IP belongs to. */
export type AsnJa4sArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** An autonomous system: the network an IP belongs to. */
export type AsnLastSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** An autonomous system: the network an IP belongs to. */
export type AsnNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  window?: InputMaybe<TimeWindow>;
};


/** An autonomous system: the network an IP belongs to. */
export type AsnThreatLevelsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** An autonomous system: the network an IP belongs to. */
export type AsnTimelineArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** An autonomous system: the network an IP belongs to. */
export type AsnUniqueIpsArgs = {
  window?: InputMaybe<TimeWindow>;
};

/** Linked ASN entities, heaviest link first. */
export type AsnConnection = {
  __typename?: 'ASNConnection';
  /** The items of this page, with their link data. */
  edges: Array<AsnEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** How many distinct linked entities there are in the window (exact: merged per-hour sets, never an estimate). */
  totalCount: Scalars['Int']['output'];
};

/** A link to a ASN, with its weight. */
export type AsnEdge = {
  __typename?: 'ASNEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** First request carrying the link. */
  firstSeen: Scalars['DateTime']['output'];
  /** Requests that carry both ends of the link in the window (its weight). */
  hits: Scalars['Float']['output'];
  /** Last request carrying the link. */
  lastSeen: Scalars['DateTime']['output'];
  /** The item. */
  node: Asn;
  /** Distinct source IPs behind the link. */
  uniqueIps: Scalars['Int']['output'];
};

/** A behavioural feature of the bot-detector. */
export type AiFeature =
  /** The asset_ratio feature. */
  | 'ASSET_RATIO'
  /** The direct_access_ratio feature. */
  | 'DIRECT_ACCESS_RATIO'
  /** The distinct_ja4_count feature. */
  | 'DISTINCT_JA4_COUNT'
  /** The fuzzing_index feature. */
  | 'FUZZING_INDEX'
  /** The header_count feature. */
  | 'HEADER_COUNT'
  /** The hit_velocity feature. */
  | 'HIT_VELOCITY'
  /** The is_ua_rotating feature. */
  | 'IS_UA_ROTATING'
  /** The modern_browser_score feature. */
  | 'MODERN_BROWSER_SCORE'
  /** The path_diversity_ratio feature. */
  | 'PATH_DIVERSITY_RATIO'
  /** The post_ratio feature. */
  | 'POST_RATIO'
  /** The src_port_density feature. */
  | 'SRC_PORT_DENSITY'
  /** The temporal_entropy feature. */
  | 'TEMPORAL_ENTROPY';

/** A watch’s rule firing on one entity for one episode: raised once (by whichever server instance evaluated first), extended while the episode lasts, then worked through its states. Every change is audited. */
export type Alert = {
  __typename?: 'Alert';
  /** Who is on it. */
  assignee?: Maybe<Scalars['String']['output']>;
  /** Comments, oldest first. */
  comments: Array<AlertComment>;
  /** The entity it fired on, over the day before the episode to its last hour. */
  entity: Entity;
  /** The first hour of its episode. */
  episodeStart: Scalars['DateTime']['output'];
  /** What fired, as the evaluation saw it: `neighbours` (type, value, firstSeen, requests) and `neighbourCount`; `hours` (hour, requests, detections); or `lastActiveBefore` and `returnedAt`. */
  evidence: Scalars['JSON']['output'];
  /** Its id: the same watch, rule, entity and first hour always give the same id. */
  id: Scalars['ID']['output'];
  /** The latest hour its rule fired in this episode. */
  lastHour: Scalars['DateTime']['output'];
  /** NEW_NEIGHBOURS: the new neighbours as graph nodes (first seen first, at most 500): what the explorer highlights. */
  newEntities: Array<Entity>;
  /** When it was raised. */
  raisedAt: Scalars['DateTime']['output'];
  /** The rule that fired, as `KIND:parameters` (e.g. `NEW_NEIGHBOURS:IP:30`). */
  rule: Scalars['String']['output'];
  /** Where it stands. */
  state: AlertState;
  /** What happened, in a line. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version of this state; give it back on a change to be refused (CONFLICT) if it changed since. */
  version: Scalars['Float']['output'];
  /** The watch that raised it (null once deleted). */
  watch?: Maybe<Watch>;
  /** The watch’s name when it raised it. */
  watchName: Scalars['String']['output'];
};

/** An analyst’s comment on an alert. */
export type AlertComment = {
  __typename?: 'AlertComment';
  /** Who wrote it. */
  author: Scalars['String']['output'];
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** Its id. */
  id: Scalars['String']['output'];
  /** Markdown. */
  text: Scalars['String']['output'];
};

/** One evaluation run of every watch. */
export type AlertEvaluation = {
  __typename?: 'AlertEvaluation';
  /** Watched entities (an investigation’s count one each). */
  entities: Scalars['Int']['output'];
  /** Alerts whose episode this run extended. */
  extended: Array<Alert>;
  /** How long it took. */
  ms: Scalars['Float']['output'];
  /** Alerts raised by this run. */
  raised: Array<Alert>;
  /** The first hour read (the watermark). */
  since: Scalars['DateTime']['output'];
  /** ClickHouse statements it took. */
  statements: Scalars['Int']['output'];
  /** The end of the hours read. */
  until: Scalars['DateTime']['output'];
  /** Watches evaluated (muted ones left out). */
  watches: Scalars['Int']['output'];
};

/** A page of alerts, newest first. */
export type AlertList = {
  __typename?: 'AlertList';
  /** This page. */
  items: Array<Alert>;
  /** How many of those are NEW: the notification badge. */
  newCount: Scalars['Int']['output'];
  /** How many match. */
  totalCount: Scalars['Int']['output'];
};

/** Whose alerts. */
export type AlertScope =
  /** Raised by the caller’s own watches. */
  | 'MINE'
  /** Every alert the caller may see: their own and the team’s (admins: all). */
  | 'VISIBLE';

/** Where an alert stands. */
export type AlertState =
  /** Someone is on it. */
  | 'ACKNOWLEDGED'
  /** Dealt with. Its episode does not raise it again; a later episode raises a new alert. */
  | 'CLOSED'
  /** Raised, nobody has looked yet. */
  | 'NEW';

/** What to count. */
export type AttributeSource =
  /** Detections (ml_detected_anomalies), as the legacy variability screens count. */
  | 'DETECTIONS'
  /** HTTP requests (http_logs). */
  | 'TRAFFIC';

/** Anything requests can be grouped by: entities, and URL paths, header layouts and query-parameter names. */
export type AttributeType =
  /** AS number. */
  | 'ASN'
  /** Request header names in the order sent. */
  | 'CLIENT_HEADERS'
  /** Country code. */
  | 'COUNTRY'
  /** Target host. */
  | 'HOST'
  /** Source IP. */
  | 'IP'
  /** TLS fingerprint. */
  | 'JA4'
  /** URL path. */
  | 'PATH'
  /** Query-parameter name. */
  | 'QUERY_PARAM'
  /** /24 or /64 network. */
  | 'SUBNET'
  /** User-Agent header. */
  | 'USER_AGENT';

/** One attribute value (an IP, a path, a header layout, …) and what was seen with it. */
export type AttributeView = {
  __typename?: 'AttributeView';
  /** Share (0–1) of its requests whose User-Agent is not a recognised browser: bot, script, headless or unrecognised (over its 500 commonest User-Agents). */
  botShare: Scalars['Float']['output'];
  /** Rows carrying it: requests for TRAFFIC, detections for DETECTIONS. */
  count: Scalars['Int']['output'];
  /** The entity it is, for entity types (to pivot in the graph). */
  entity?: Maybe<Entity>;
  /** First seen in the window. */
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Requests (or detections’ requests) carrying it. */
  hits: Scalars['Float']['output'];
  /** Automatic observations (script-like, distributed, rotation, …). */
  insights: Array<Insight>;
  /** Last seen in the window. */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Its type. */
  type: AttributeType;
  /** Distinct IPs. */
  uniqueIps: Scalars['Int']['output'];
  /** User-Agents seen with it, most frequent first, each classified. */
  userAgents: Array<ClassifiedUserAgent>;
  /** The value. */
  value: Scalars['String']['output'];
  /** The values of another attribute seen with this one, most frequent first. */
  values: ValueCountList;
};


/** One attribute value (an IP, a path, a header layout, …) and what was seen with it. */
export type AttributeViewUserAgentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One attribute value (an IP, a path, a header layout, …) and what was seen with it. */
export type AttributeViewValuesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  of: AttributeType;
};

/** One write attempt: who, what, on what, and whether it landed. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What they did (classify, classify_incident, …). */
  action: Scalars['String']['output'];
  /** Who. */
  actor: Scalars['String']['output'];
  /** When (UTC). */
  at: Scalars['DateTime']['output'];
  /** Where the request came from. */
  clientIp: Scalars['String']['output'];
  /** What was written. */
  details: Scalars['String']['output'];
  /** success, refused (not allowed, or over its budget), invalid (malformed or unknown target) or failed (not stored). */
  outcome: Scalars['String']['output'];
  /** The request it came with. */
  requestId: Scalars['String']['output'];
  /** Their role then. */
  role: Scalars['String']['output'];
  /** Its key. */
  target: Scalars['String']['output'];
  /** What kind of thing it was done to. */
  targetType: Scalars['String']['output'];
};

/** An action a client reports for the audit trail. */
export type AuditEntryInput = {
  /** What was done (letters, digits and _ - . :, at most 64; e.g. contract.check, ui:export). */
  action: Scalars['String']['input'];
  /** Free details (at most 4 000 characters). */
  details?: InputMaybe<Scalars['String']['input']>;
  /** Its key (at most 512 characters). */
  target?: InputMaybe<Scalars['String']['input']>;
  /** What kind of thing it was done to. */
  targetType?: InputMaybe<Scalars['String']['input']>;
};

/** A page of audit entries, newest first. */
export type AuditPage = {
  __typename?: 'AuditPage';
  /** This page. */
  items: Array<AuditEntry>;
  /** Entries matching. */
  totalCount: Scalars['Int']['output'];
};

/** Audit entries counted by outcome, action and actor. */
export type AuditStats = {
  __typename?: 'AuditStats';
  /** Per action. */
  byAction: Array<AuditTally>;
  /** Per actor. */
  byActor: Array<AuditTally>;
  /** Per outcome. */
  byOutcome: Array<AuditTally>;
  /** Entries. */
  total: Scalars['Int']['output'];
};

/** Entries for one value. */
export type AuditTally = {
  __typename?: 'AuditTally';
  /** Entries. */
  count: Scalars['Int']['output'];
  /** The value. */
  key: Scalars['String']['output'];
};

/** Brute force and credential stuffing: repeated POSTs on authentication paths. */
export type BruteForce = {
  __typename?: 'BruteForce';
  /** Attacking (IP, host) pairs, most POSTs first. */
  attackers: Array<BruteForceAttack>;
  /** Targeted hosts, most attackers first. */
  targets: Array<BruteForceTarget>;
  /** Login POSTs by brute-forcing IPs per time bucket (empty buckets omitted). */
  timeline: Array<BruteForcePoint>;
};


/** Brute force and credential stuffing: repeated POSTs on authentication paths. */
export type BruteForceAttackersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  host?: InputMaybe<Scalars['String']['input']>;
};

/** One IP brute-forcing one host: at least 20 POSTs on authentication paths in the window. */
export type BruteForceAttack = {
  __typename?: 'BruteForceAttack';
  /** The attacker’s AS organisation. */
  asnOrg: Scalars['String']['output'];
  /** The attacker’s country. */
  countryCode: Scalars['String']['output'];
  /** Distinct login paths tried. */
  distinctPaths: Scalars['Int']['output'];
  /** Of which refused (401, 403, 429). */
  failed: Scalars['Int']['output'];
  /** First attempt. */
  firstSeen: Scalars['DateTime']['output'];
  /** The target. */
  host: Host;
  /** The attacker. */
  ip: Ip;
  /** Its TLS fingerprint. */
  ja4?: Maybe<Ja4>;
  /** Last attempt. */
  lastSeen: Scalars['DateTime']['output'];
  /** POSTs on authentication paths. */
  posts: Scalars['Int']['output'];
};

/** Brute-force activity in one time bucket. */
export type BruteForcePoint = {
  __typename?: 'BruteForcePoint';
  /** Brute-forcing IPs active. */
  attackers: Scalars['Int']['output'];
  /** Login POSTs by brute-forcing IPs. */
  posts: Scalars['Int']['output'];
  /** Bucket start. */
  start: Scalars['DateTime']['output'];
};

/** A host under brute force, summed over its attackers. */
export type BruteForceTarget = {
  __typename?: 'BruteForceTarget';
  /** Attacking IPs. */
  attackers: Scalars['Int']['output'];
  /** Of which refused. */
  failed: Scalars['Int']['output'];
  /** First attempt. */
  firstSeen: Scalars['DateTime']['output'];
  /** The host. */
  host: Host;
  /** Last attempt. */
  lastSeen: Scalars['DateTime']['output'];
  /** Login POSTs by them. */
  posts: Scalars['Int']['output'];
};

/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type Campaign = Entity & Node & {
  __typename?: 'Campaign';
  /** ASes of the campaign’s members. Window: up to 365 days (read from the graph layer). */
  asns: AsnConnection;
  /** Mean anomaly score of its detections in the window. */
  averageScore?: Maybe<Scalars['Float']['output']>;
  /** The detector’s campaign id. */
  campaignId: Scalars['String']['output'];
  /** Analysts’ decisions about this entity, newest first (all time). */
  classifications: Array<Classification>;
  /** Countries of the campaign’s members. Window: up to 365 days (read from the graph layer). */
  countries: CountryConnection;
  /** Detections (flagged scoring windows, both models) in the window. Window: up to 365 days (read from the graph layer). */
  detectionCount: Scalars['Int']['output'];
  /** Detections of the campaign in the window, newest first. Window: up to 31 days (reads raw rows). */
  detections: DetectionConnection;
  /** First activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Requests in the window (for campaigns and detections: requests in the flagged scoring windows). Window: up to 365 days (read from the graph layer). */
  hits: Scalars['Float']['output'];
  /** Hosts the campaign targeted. Window: up to 365 days (read from the graph layer). */
  hosts: HostConnection;
  /** Global id: stable, opaque, usable with `node` and in shared links. */
  id: Scalars['ID']['output'];
  /** Member IPs of the campaign (from its detections). Window: up to 365 days (read from the graph layer). */
  ips: IpConnection;
  /** Fingerprints of the campaign’s detections. Window: up to 365 days (read from the graph layer). */
  ja4s: Ja4Connection;
  /** The natural key: an address, fingerprint, AS number, host name, country code, … */
  key: Scalars['String']['output'];
  /** Last activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Highest anomaly score of its detections in the window. */
  maxScore?: Maybe<Scalars['Float']['output']>;
  /** Typed expansion, like a Maltego transform: for each requested type, the linked entities with link weight, and how many neighbours each of them has in turn. Window: up to 365 days (read from the graph layer). */
  neighbors: Array<NeighborGroup>;
  /** Analysts’ notes about this entity in the saved investigations the caller may open, newest first. */
  notes: Array<InvestigationNote>;
  /** Detections per threat level in the window, most severe first (every level, zeros included). Window: up to 365 days (read from the graph layer). */
  threatLevels: Array<ThreatLevelCount>;
  /** Requests per time bucket across the window, zero-filled; the bucket (1 hour … 1 week) keeps it within 72 points. Window: up to 365 days (read from the graph layer). */
  timeline: Array<TimelinePoint>;
  /** The kind of entity. */
  type: EntityType;
  /** Distinct source IPs in the window (exact: per-hour sets of addresses merged, never summed or estimated). Window: up to 365 days (read from the graph layer). */
  uniqueIps: Scalars['Int']['output'];
  /** The watches on this entity the caller sees (their own and the team’s): what the watch toggle beside it shows. */
  watches: Array<Watch>;
  /** The window its fields cover by default: the one it was reached with, rounded out to whole UTC hours. */
  window: ResolvedWindow;
};


/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type CampaignAsnsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type CampaignClassificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type CampaignCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type CampaignDetectionCountArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type CampaignDetectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type CampaignFirstSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type CampaignHitsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type CampaignHostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type CampaignIpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type CampaignJa4sArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type CampaignLastSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type CampaignNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  window?: InputMaybe<TimeWindow>;
};


/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type CampaignThreatLevelsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type CampaignTimelineArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A bot campaign: detections the bot-detector grouped as one coordinated operation. */
export type CampaignUniqueIpsArgs = {
  window?: InputMaybe<TimeWindow>;
};

/** Linked Campaign entities, heaviest link first. */
export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  /** The items of this page, with their link data. */
  edges: Array<CampaignEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** How many distinct linked entities there are in the window (exact: merged per-hour sets, never an estimate). */
  totalCount: Scalars['Int']['output'];
};

/** A link to a Campaign, with its weight. */
export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** First request carrying the link. */
  firstSeen: Scalars['DateTime']['output'];
  /** Requests that carry both ends of the link in the window (its weight). */
  hits: Scalars['Float']['output'];
  /** Last request carrying the link. */
  lastSeen: Scalars['DateTime']['output'];
  /** The item. */
  node: Campaign;
  /** Distinct source IPs behind the link. */
  uniqueIps: Scalars['Int']['output'];
};

/** An analyst’s recorded decision about an entity. */
export type Classification = {
  __typename?: 'Classification';
  /** Who recorded it. */
  analyst: Scalars['String']['output'];
  /** The analyst’s comment. */
  comment: Scalars['String']['output'];
  /** The analyst’s confidence, 0–1. */
  confidence: Scalars['Float']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** The entity, to pivot to (null for incidents and unknown types). */
  entity?: Maybe<Entity>;
  /** What was classified (ip, ja4, asn, …, incident). */
  entityType: Scalars['String']['output'];
  /** Its id. */
  id: Scalars['String']['output'];
  /** The verdict (null for legacy labels outside the three). */
  label?: Maybe<ClassificationLabel>;
  /** The label as stored (legacy clients also wrote “bot”). */
  rawLabel: Scalars['String']['output'];
  /** Tags attached. */
  tags: Array<Scalars['String']['output']>;
  /** Its key. */
  value: Scalars['String']['output'];
};

/** How many classifications carry one value. */
export type ClassificationCount = {
  __typename?: 'ClassificationCount';
  /** Classifications. */
  count: Scalars['Int']['output'];
  /** The value. */
  value: Scalars['String']['output'];
};

/** An analyst’s verdict. */
export type ClassificationLabel =
  /** A real user or a welcome crawler. */
  | 'LEGITIMATE'
  /** A bot or an attacker. */
  | 'MALICIOUS'
  /** Needs watching. */
  | 'SUSPICIOUS';

/** A page of classifications, newest first. */
export type ClassificationList = {
  __typename?: 'ClassificationList';
  /** This page. */
  items: Array<Classification>;
  /** Classifications matching. */
  totalCount: Scalars['Int']['output'];
};

/** Classifications counted by label, tag, analyst and entity type. */
export type ClassificationStats = {
  __typename?: 'ClassificationStats';
  /** Per analyst. */
  byAnalyst: Array<ClassificationCount>;
  /** Per label. */
  byLabel: Array<ClassificationCount>;
  /** Per tag. */
  byTag: Array<ClassificationCount>;
  /** Per entity type. */
  byType: Array<ClassificationCount>;
  /** Classifications. */
  total: Scalars['Int']['output'];
};

/** The predefined tags an analyst can attach. */
export type ClassificationTag =
  /** Tag “api-abuse”. */
  | 'API_ABUSE'
  /** Tag “bot-network”. */
  | 'BOT_NETWORK'
  /** Tag “brute-force”. */
  | 'BRUTE_FORCE'
  /** Tag “credential-stuffing”. */
  | 'CREDENTIAL_STUFFING'
  /** Tag “distributed-campaign”. */
  | 'DISTRIBUTED_CAMPAIGN'
  /** Tag “false-positive”. */
  | 'FALSE_POSITIVE'
  /** Tag “headless-browser”. */
  | 'HEADLESS_BROWSER'
  /** Tag “hosting-asn”. */
  | 'HOSTING_ASN'
  /** Tag “ja4-rotation”. */
  | 'JA4_ROTATION'
  /** Tag “known-crawler”. */
  | 'KNOWN_CRAWLER'
  /** Tag “legitimate-user”. */
  | 'LEGITIMATE_USER'
  /** Tag “persistent-threat”. */
  | 'PERSISTENT_THREAT'
  /** Tag “residential-proxy”. */
  | 'RESIDENTIAL_PROXY'
  /** Tag “scraping”. */
  | 'SCRAPING'
  /** Tag “tcp-spoofing”. */
  | 'TCP_SPOOFING'
  /** Tag “tls-spoofing”. */
  | 'TLS_SPOOFING'
  /** Tag “tor-exit”. */
  | 'TOR_EXIT'
  /** Tag “ua-rotation”. */
  | 'UA_ROTATION'
  /** Tag “vpn-proxy”. */
  | 'VPN_PROXY'
  /** Tag “vulnerability-scan”. */
  | 'VULNERABILITY_SCAN';

/** A User-Agent seen with an attribute value, and what kind of client it claims to be. */
export type ClassifiedUserAgent = {
  __typename?: 'ClassifiedUserAgent';
  /** browser, bot, script, headless or unknown. */
  category: UserAgentCategory;
  /** Rows carrying it (requests or detections). */
  count: Scalars['Int']['output'];
  /** Requests carrying it. */
  hits: Scalars['Float']['output'];
  /** Distinct IPs that sent it. */
  uniqueIps: Scalars['Int']['output'];
  /** The User-Agent. */
  value: Scalars['String']['output'];
};

/** A decision about an entity. */
export type ClassifyInput = {
  /** Free comment (at most 2 000 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Confidence 0–1 (default 1). */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** The verdict. */
  label: ClassificationLabel;
  /** Predefined tags. */
  tags?: InputMaybe<Array<ClassificationTag>>;
  /** What is classified. */
  type: EntityType;
  /** Its key (an IP, a JA4, an AS number, …). */
  value: Scalars['String']['input'];
};

/** A K-Means cluster of IPs with similar behaviour (standardized ML features) in a window. */
export type Cluster = Entity & Node & {
  __typename?: 'Cluster';
  /** The centroid, feature by feature. */
  centroid: Array<FeatureValue>;
  /** Analysts’ decisions about this entity, newest first (all time). */
  classifications: Array<Classification>;
  /** Its index within the clustering of the window (ids change when the clustering is recomputed). */
  clusterId: Scalars['String']['output'];
  /** Detections (flagged scoring windows, both models) in the window. Window: up to 31 days (reads raw rows). */
  detectionCount: Scalars['Int']['output'];
  /** First activity in the window (null when none). Window: up to 31 days (reads raw rows). */
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Requests in the window (for campaigns and detections: requests in the flagged scoring windows). Window: up to 31 days (reads raw rows). */
  hits: Scalars['Float']['output'];
  /** Global id: stable, opaque, usable with `node` and in shared links. */
  id: Scalars['ID']['output'];
  /** Member IPs, busiest first. Window: up to 31 days (reads raw rows). */
  ips: IpConnection;
  /** The natural key: an address, fingerprint, AS number, host name, country code, … */
  key: Scalars['String']['output'];
  /** Last activity in the window (null when none). Window: up to 31 days (reads raw rows). */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Typed expansion, like a Maltego transform: for each requested type, the linked entities with link weight, and how many neighbours each of them has in turn. Window: up to 31 days (reads raw rows). */
  neighbors: Array<NeighborGroup>;
  /** Analysts’ notes about this entity in the saved investigations the caller may open, newest first. */
  notes: Array<InvestigationNote>;
  /** Member IPs as points of a scatter plot (PCA of the standardized features), busiest first. */
  points: Array<ClusterPoint>;
  /** The three features that set it apart most, e.g. “high post_ratio (+3.1σ)”. */
  profile: Scalars['String']['output'];
  /** Member IPs. */
  size: Scalars['Int']['output'];
  /** Detections per threat level in the window, most severe first (every level, zeros included). Window: up to 31 days (reads raw rows). */
  threatLevels: Array<ThreatLevelCount>;
  /** Requests per time bucket across the window, zero-filled; the bucket (1 hour … 1 week) keeps it within 72 points. Window: up to 31 days (reads raw rows). */
  timeline: Array<TimelinePoint>;
  /** The kind of entity. */
  type: EntityType;
  /** Distinct source IPs in the window (exact: per-hour sets of addresses merged, never summed or estimated). Window: up to 31 days (reads raw rows). */
  uniqueIps: Scalars['Int']['output'];
  /** The watches on this entity the caller sees (their own and the team’s): what the watch toggle beside it shows. */
  watches: Array<Watch>;
  /** The window its fields cover by default: the one it was reached with, rounded out to whole UTC hours. */
  window: ResolvedWindow;
};


/** A K-Means cluster of IPs with similar behaviour (standardized ML features) in a window. */
export type ClusterClassificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A K-Means cluster of IPs with similar behaviour (standardized ML features) in a window. */
export type ClusterDetectionCountArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A K-Means cluster of IPs with similar behaviour (standardized ML features) in a window. */
export type ClusterFirstSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A K-Means cluster of IPs with similar behaviour (standardized ML features) in a window. */
export type ClusterHitsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A K-Means cluster of IPs with similar behaviour (standardized ML features) in a window. */
export type ClusterIpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A K-Means cluster of IPs with similar behaviour (standardized ML features) in a window. */
export type ClusterLastSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A K-Means cluster of IPs with similar behaviour (standardized ML features) in a window. */
export type ClusterNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  window?: InputMaybe<TimeWindow>;
};


/** A K-Means cluster of IPs with similar behaviour (standardized ML features) in a window. */
export type ClusterPointsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A K-Means cluster of IPs with similar behaviour (standardized ML features) in a window. */
export type ClusterThreatLevelsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A K-Means cluster of IPs with similar behaviour (standardized ML features) in a window. */
export type ClusterTimelineArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A K-Means cluster of IPs with similar behaviour (standardized ML features) in a window. */
export type ClusterUniqueIpsArgs = {
  window?: InputMaybe<TimeWindow>;
};

/** How well a number of clusters fits the data. */
export type ClusterCountScore = {
  __typename?: 'ClusterCountScore';
  /** Number of clusters tried. */
  k: Scalars['Int']['output'];
  /** Mean silhouette (−1…1, higher is better). */
  silhouette: Scalars['Float']['output'];
};

/** A member IP placed on the plane of the first two principal components of the clustered features. */
export type ClusterPoint = {
  __typename?: 'ClusterPoint';
  /** Its requests in the scored windows (for the marker size). */
  hits: Scalars['Float']['output'];
  /** The IP. */
  ip: Ip;
  /** First principal component. */
  x: Scalars['Float']['output'];
  /** Second principal component. */
  y: Scalars['Float']['output'];
};

/** Whether a clustering is ready. */
export type ClusteringCacheState =
  /** Being computed now. */
  | 'COMPUTING'
  /** Not computed yet for this window. */
  | 'EMPTY'
  /** Computed, past its time to live: the next read recomputes it. */
  | 'EXPIRED'
  /** Computed and within its time to live. */
  | 'FRESH';

/** The K-Means clustering cache for a window: what is computed, when, and how good it is. */
export type ClusteringStatus = {
  __typename?: 'ClusteringStatus';
  /** When it was computed. */
  computedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How long computing it took. */
  durationMs?: Maybe<Scalars['Int']['output']>;
  /** When it will be recomputed. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Variance explained by the two components the points are drawn on. */
  explainedVariance: Array<Scalars['Float']['output']>;
  /** Features clustered (z-scored). */
  features: Array<Scalars['String']['output']>;
  /** Clusters chosen. */
  k: Scalars['Int']['output'];
  /** IPs clustered. */
  points: Scalars['Int']['output'];
  /** Silhouette of the chosen k. */
  silhouette?: Maybe<Scalars['Float']['output']>;
  /** Cache state. */
  state: ClusteringCacheState;
  /** Every k tried, with its silhouette. */
  tried: Array<ClusterCountScore>;
  /** How long a clustering is reused. */
  ttlSeconds: Scalars['Int']['output'];
};

/** One way two entities are linked: the entities along it, both ends included. */
export type ConnectionPath = {
  __typename?: 'ConnectionPath';
  /** From the first entity to the second. */
  entities: Array<Entity>;
  /** Links along the path (1–3). */
  hops: Scalars['Int']['output'];
  /** Requests carried by its lightest link: how strong the path is. */
  weight: Scalars['Float']['output'];
};

/** How two entities are connected in the window. */
export type Connections = {
  __typename?: 'Connections';
  /** Entities linked to both (the middles of the 2-hop paths), heaviest first. */
  common: Array<Entity>;
  /** The shortest paths of up to `maxHops` links, shortest then strongest first, at most 50. */
  paths: Array<ConnectionPath>;
};

/** What the IP shares with others. */
export type CorrelationIndicators = {
  __typename?: 'CorrelationIndicators';
  /** Active IPs in its AS. */
  asnIpsCount: Scalars['Int']['output'];
  /** Kind of network it is in. */
  asnLabel: Scalars['String']['output'];
  /** Percentage (0–100) of its requests whose User-Agent is not a recognised browser (bot, script, headless or unrecognised). */
  botUaPercentage: Scalars['Float']['output'];
  /** Other IPs using its (most shared) JA4. */
  ja4SharedIps: Scalars['Int']['output'];
  /** Active IPs in its /24 (or /64). */
  subnetIpsCount: Scalars['Int']['output'];
  /** Distinct User-Agents. */
  userAgentsCount: Scalars['Int']['output'];
};

/** A country, from IP geolocation. */
export type Country = Entity & Node & {
  __typename?: 'Country';
  /** ASes seen from this country. Window: up to 365 days (read from the graph layer). */
  asns: AsnConnection;
  /** Analysts’ decisions about this entity, newest first (all time). */
  classifications: Array<Classification>;
  /** ISO 3166-1 alpha-2 code. */
  code: Scalars['String']['output'];
  /** Detections (flagged scoring windows, both models) in the window. Window: up to 365 days (read from the graph layer). */
  detectionCount: Scalars['Int']['output'];
  /** Detections of IPs in this country in the window, newest first. Window: up to 31 days (reads raw rows). */
  detections: DetectionConnection;
  /** First activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Requests in the window (for campaigns and detections: requests in the flagged scoring windows). Window: up to 365 days (read from the graph layer). */
  hits: Scalars['Float']['output'];
  /** Global id: stable, opaque, usable with `node` and in shared links. */
  id: Scalars['ID']['output'];
  /** IPs located in this country. Window: up to 365 days (read from the graph layer). */
  ips: IpConnection;
  /** Fingerprints seen from this country. Window: up to 365 days (read from the graph layer). */
  ja4s: Ja4Connection;
  /** The natural key: an address, fingerprint, AS number, host name, country code, … */
  key: Scalars['String']['output'];
  /** Last activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** English name. */
  name: Scalars['String']['output'];
  /** Typed expansion, like a Maltego transform: for each requested type, the linked entities with link weight, and how many neighbours each of them has in turn. Window: up to 365 days (read from the graph layer). */
  neighbors: Array<NeighborGroup>;
  /** Analysts’ notes about this entity in the saved investigations the caller may open, newest first. */
  notes: Array<InvestigationNote>;
  /** Detections per threat level in the window, most severe first (every level, zeros included). Window: up to 365 days (read from the graph layer). */
  threatLevels: Array<ThreatLevelCount>;
  /** Requests per time bucket across the window, zero-filled; the bucket (1 hour … 1 week) keeps it within 72 points. Window: up to 365 days (read from the graph layer). */
  timeline: Array<TimelinePoint>;
  /** The kind of entity. */
  type: EntityType;
  /** Distinct source IPs in the window (exact: per-hour sets of addresses merged, never summed or estimated). Window: up to 365 days (read from the graph layer). */
  uniqueIps: Scalars['Int']['output'];
  /** The watches on this entity the caller sees (their own and the team’s): what the watch toggle beside it shows. */
  watches: Array<Watch>;
  /** The window its fields cover by default: the one it was reached with, rounded out to whole UTC hours. */
  window: ResolvedWindow;
};


/** A country, from IP geolocation. */
export type CountryAsnsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A country, from IP geolocation. */
export type CountryClassificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A country, from IP geolocation. */
export type CountryDetectionCountArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A country, from IP geolocation. */
export type CountryDetectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A country, from IP geolocation. */
export type CountryFirstSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A country, from IP geolocation. */
export type CountryHitsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A country, from IP geolocation. */
export type CountryIpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A country, from IP geolocation. */
export type CountryJa4sArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A country, from IP geolocation. */
export type CountryLastSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A country, from IP geolocation. */
export type CountryNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  window?: InputMaybe<TimeWindow>;
};


/** A country, from IP geolocation. */
export type CountryThreatLevelsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A country, from IP geolocation. */
export type CountryTimelineArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A country, from IP geolocation. */
export type CountryUniqueIpsArgs = {
  window?: InputMaybe<TimeWindow>;
};

/** Linked Country entities, heaviest link first. */
export type CountryConnection = {
  __typename?: 'CountryConnection';
  /** The items of this page, with their link data. */
  edges: Array<CountryEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** How many distinct linked entities there are in the window (exact: merged per-hour sets, never an estimate). */
  totalCount: Scalars['Int']['output'];
};

/** A link to a Country, with its weight. */
export type CountryEdge = {
  __typename?: 'CountryEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** First request carrying the link. */
  firstSeen: Scalars['DateTime']['output'];
  /** Requests that carry both ends of the link in the window (its weight). */
  hits: Scalars['Float']['output'];
  /** Last request carrying the link. */
  lastSeen: Scalars['DateTime']['output'];
  /** The item. */
  node: Country;
  /** Distinct source IPs behind the link. */
  uniqueIps: Scalars['Int']['output'];
};

/** Requests in one hour of one day of the week. */
export type DayHourTraffic = {
  __typename?: 'DayHourTraffic';
  /** 0 = Monday … 6 = Sunday (UTC). */
  dayOfWeek: Scalars['Int']['output'];
  /** Requests. */
  hits: Scalars['Float']['output'];
  /** 0–23 (UTC). */
  hour: Scalars['Int']['output'];
};

/** One scoring window (model × hour × IP × JA4 × host) and the bot-detector’s verdict on it. */
export type Detection = Entity & Node & {
  __typename?: 'Detection';
  /** Autoencoder reconstruction error. */
  aeReconError: Scalars['Float']['output'];
  /** 0–1, higher is more anomalous. */
  anomalyScore: Scalars['Float']['output'];
  /** The source AS. */
  asn?: Maybe<Asn>;
  /** AS kind recorded with the detection (isp, hosting, …). */
  asnLabel: Scalars['String']['output'];
  /** AS number recorded with the detection (0 when unknown). */
  asnNumber: Scalars['Int']['output'];
  /** AS organisation recorded with the detection. */
  asnOrg: Scalars['String']['output'];
  /** Known bot name, if any. */
  botName: Scalars['String']['output'];
  /** Browser family its User-Agent claims. */
  browserFamily: Scalars['String']['output'];
  /** The campaign it belongs to, if any. */
  campaign?: Maybe<Campaign>;
  /** Analysts’ decisions about this entity, newest first (all time). */
  classifications: Array<Classification>;
  /** Request header names, in the order sent. */
  clientHeaders: Scalars['String']['output'];
  /** The behavioural cluster of the detection’s IP. */
  cluster?: Maybe<Cluster>;
  /** The source country. */
  country?: Maybe<Country>;
  /** Country recorded with the detection. */
  countryCode: Scalars['String']['output'];
  /** When it was scored. */
  detectedAt: Scalars['DateTime']['output'];
  /** Detections (flagged scoring windows, both models) in the window. Window: up to 31 days (reads raw rows). */
  detectionCount: Scalars['Int']['output'];
  /** The detection’s id. */
  detectionId: Scalars['String']['output'];
  /** The scored features. */
  features: DetectionFeatures;
  /** First activity in the window (null when none). Window: up to 31 days (reads raw rows). */
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Requests in the window (for campaigns and detections: requests in the flagged scoring windows). Window: up to 31 days (reads raw rows). */
  hits: Scalars['Float']['output'];
  /** The targeted host. */
  host: Host;
  /** Global id: stable, opaque, usable with `node` and in shared links. */
  id: Scalars['ID']['output'];
  /** The source IP. */
  ip: Ip;
  /** False for windows scored as a legitimate browser. */
  isAnomaly: Scalars['Boolean']['output'];
  /** The TLS fingerprint (null for plain HTTP). */
  ja4?: Maybe<Ja4>;
  /** The natural key: an address, fingerprint, AS number, host name, country code, … */
  key: Scalars['String']['output'];
  /** Last activity in the window (null when none). Window: up to 31 days (reads raw rows). */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** The model that scored it. */
  model: DetectionModel;
  /** Typed expansion, like a Maltego transform: for each requested type, the linked entities with link weight, and how many neighbours each of them has in turn. Window: up to 31 days (reads raw rows). */
  neighbors: Array<NeighborGroup>;
  /** Analysts’ notes about this entity in the saved investigations the caller may open, newest first. */
  notes: Array<InvestigationNote>;
  /** Isolation Forest decision function (negative = anomalous). */
  rawAnomalyScore: Scalars['Float']['output'];
  /** Why the detector flagged it. */
  reason: Scalars['String']['output'];
  /** Days on which the IP was scored. */
  recurrence: Scalars['Int']['output'];
  /** The verdict. */
  threatLevel: ThreatLevel;
  /** Detections per threat level in the window, most severe first (every level, zeros included). Window: up to 31 days (reads raw rows). */
  threatLevels: Array<ThreatLevelCount>;
  /** Requests per time bucket across the window, zero-filled; the bucket (1 hour … 1 week) keeps it within 72 points. Window: up to 31 days (reads raw rows). */
  timeline: Array<TimelinePoint>;
  /** The kind of entity. */
  type: EntityType;
  /** Distinct source IPs in the window (exact: per-hour sets of addresses merged, never summed or estimated). Window: up to 31 days (reads raw rows). */
  uniqueIps: Scalars['Int']['output'];
  /** A User-Agent of the window. */
  userAgent: Scalars['String']['output'];
  /** The watches on this entity the caller sees (their own and the team’s): what the watch toggle beside it shows. */
  watches: Array<Watch>;
  /** The window its fields cover by default: the one it was reached with, rounded out to whole UTC hours. */
  window: ResolvedWindow;
  /** Requests in the scored window. */
  windowHits: Scalars['Float']['output'];
  /** Start of the scored hour. */
  windowStart: Scalars['DateTime']['output'];
  /** Supervised model’s bot probability. */
  xgbProb: Scalars['Float']['output'];
};


/** One scoring window (model × hour × IP × JA4 × host) and the bot-detector’s verdict on it. */
export type DetectionClassificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One scoring window (model × hour × IP × JA4 × host) and the bot-detector’s verdict on it. */
export type DetectionDetectionCountArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** One scoring window (model × hour × IP × JA4 × host) and the bot-detector’s verdict on it. */
export type DetectionFirstSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** One scoring window (model × hour × IP × JA4 × host) and the bot-detector’s verdict on it. */
export type DetectionHitsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** One scoring window (model × hour × IP × JA4 × host) and the bot-detector’s verdict on it. */
export type DetectionLastSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** One scoring window (model × hour × IP × JA4 × host) and the bot-detector’s verdict on it. */
export type DetectionNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  window?: InputMaybe<TimeWindow>;
};


/** One scoring window (model × hour × IP × JA4 × host) and the bot-detector’s verdict on it. */
export type DetectionThreatLevelsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** One scoring window (model × hour × IP × JA4 × host) and the bot-detector’s verdict on it. */
export type DetectionTimelineArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** One scoring window (model × hour × IP × JA4 × host) and the bot-detector’s verdict on it. */
export type DetectionUniqueIpsArgs = {
  window?: InputMaybe<TimeWindow>;
};

/** A page of detections. */
export type DetectionConnection = {
  __typename?: 'DetectionConnection';
  /** The items of this page, with their link data. */
  edges: Array<DetectionEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Where the page starts in the whole list (0 for the first row), for “rows n–m of N”; rows arriving meanwhile may shift it. */
  startIndex: Scalars['Int']['output'];
  /** Detections matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A detection. */
export type DetectionEdge = {
  __typename?: 'DetectionEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Detection;
};

/** The behavioural features the model scored (per scoring window). */
export type DetectionFeatures = {
  __typename?: 'DetectionFeatures';
  /** Share of static sub-resources (browsers fetch many). */
  assetRatio: Scalars['Float']['output'];
  /** Share of pages requested without a Referer. */
  directAccessRatio: Scalars['Float']['output'];
  /** JA4s the IP used in the same hour. */
  distinctJa4Count: Scalars['Int']['output'];
  /** Share of 4xx answers (probing for paths that do not exist). */
  fuzzingIndex: Scalars['Float']['output'];
  /** Mean number of request headers. */
  headerCount: Scalars['Float']['output'];
  /** Requests per minute of activity. */
  hitVelocity: Scalars['Float']['output'];
  /** 0–1: Sec-CH-UA, Sec-Fetch, Accept-Language, brotli present. */
  modernBrowserScore: Scalars['Float']['output'];
  /** Distinct paths per request. */
  pathDiversityRatio: Scalars['Float']['output'];
  /** Share of POST requests. */
  postRatio: Scalars['Float']['output'];
  /** Distinct source ports per request (new connection per request ≈ 1). */
  srcPortDensity: Scalars['Float']['output'];
  /** Entropy of activity over 5-minute slots of the hour. */
  temporalEntropy: Scalars['Float']['output'];
  /** Three or more User-Agents in the window. */
  uaRotating: Scalars['Boolean']['output'];
};

/** Restricts a detection list; every given criterion must hold. */
export type DetectionFilter = {
  /** Any of these AS organisations (exact names). */
  asnOrgs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these AS numbers. */
  asns?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** This known bot, e.g. Googlebot. */
  botName?: InputMaybe<Scalars['String']['input']>;
  /** This browser family, e.g. Chrome. */
  browserFamily?: InputMaybe<Scalars['String']['input']>;
  /** This campaign. */
  campaignId?: InputMaybe<Scalars['String']['input']>;
  /** Any of these countries (ISO codes). */
  countryCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** This exact host. */
  host?: InputMaybe<Scalars['String']['input']>;
  /** This exact JA4. */
  ja4?: InputMaybe<Scalars['String']['input']>;
  /** Anomaly score at least this (0–1). */
  minScore?: InputMaybe<Scalars['Float']['input']>;
  /** Any of these models. */
  models?: InputMaybe<Array<DetectionModel>>;
  /** Text found in the IP, host, JA4, bot name or AS organisation (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Any of these levels. */
  threatLevels?: InputMaybe<Array<ThreatLevel>>;
};

/** What a list of detections grouped by IP can be sorted on. */
export type DetectionGroupSort =
  /** Number of detections. */
  | 'DETECTIONS'
  /** Requests in its flagged windows. */
  | 'HITS'
  /** The address. */
  | 'IP'
  /** Latest detection. */
  | 'LAST_SEEN'
  /** Highest anomaly score. */
  | 'WORST_SCORE';

/** The detections of one IP, summarised. */
export type DetectionIpGroup = {
  __typename?: 'DetectionIpGroup';
  /** Its AS number. */
  asnNumber: Scalars['Int']['output'];
  /** Its AS organisation. */
  asnOrg: Scalars['String']['output'];
  /** Its country. */
  countryCode: Scalars['String']['output'];
  /** Its detections. */
  detections: Scalars['Int']['output'];
  /** First detection. */
  firstSeen: Scalars['DateTime']['output'];
  /** Requests in its flagged windows. */
  hits: Scalars['Float']['output'];
  /** Distinct hosts targeted. */
  hosts: Scalars['Int']['output'];
  /** The IP. */
  ip: Ip;
  /** Distinct JA4s used. */
  ja4s: Scalars['Int']['output'];
  /** Latest detection. */
  lastSeen: Scalars['DateTime']['output'];
  /** The level of that detection. */
  worstLevel: ThreatLevel;
  /** Its highest anomaly score. */
  worstScore: Scalars['Float']['output'];
};

/** A page of IPs with their detections. */
export type DetectionIpGroupList = {
  __typename?: 'DetectionIpGroupList';
  /** This page. */
  items: Array<DetectionIpGroup>;
  /** IPs matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The dashboard’s numbers for a window: detections by level, scored windows, traffic, top IPs. */
export type DetectionMetrics = {
  __typename?: 'DetectionMetrics';
  /** Detections per threat level, every level. */
  byLevel: Array<LevelCount>;
  /** Scoring statistics per model. */
  models: Array<ModelStats>;
  /** Scored windows per browser family claimed (empty family left out). */
  scoredByBrowser: Array<ValueShare>;
  /** Scored windows (legitimate ones too) per level. */
  scoredByLevel: Array<LevelCount>;
  /** Scored windows per model. */
  scoredByModel: Array<ValueShare>;
  /** Window start. */
  since: Scalars['DateTime']['output'];
  /** Detections per hour and level, zero-filled. */
  timeline: Array<LevelTimelinePoint>;
  /** IPs with the most detections. */
  topIps: Array<TopDetectedIp>;
  /** Detections (flagged windows, both models). */
  totalDetections: Scalars['Int']['output'];
  /** HTTP requests received. */
  traffic: Scalars['Float']['output'];
  /** Distinct IPs with a detection. */
  uniqueIps: Scalars['Int']['output'];
  /** Window end. */
  until: Scalars['DateTime']['output'];
};


/** The dashboard’s numbers for a window: detections by level, scored windows, traffic, top IPs. */
export type DetectionMetricsTopIpsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The bot-detector model that scored the window. */
export type DetectionModel =
  /** Applicatif: HTTP behaviour only. */
  | 'APPLICATIF'
  /** Complet: HTTP behaviour plus TLS (JA4) and TCP signals. */
  | 'COMPLET';

/** Sort order of a detection list (ties broken by id). */
export type DetectionOrder = {
  /** Default DESC. */
  direction?: InputMaybe<SortDirection>;
  /** The column. */
  field: DetectionSortField;
};

/** What to sort detections by. */
export type DetectionSortField =
  /** By anomaly_score. */
  | 'ANOMALY_SCORE'
  /** By asn_number. */
  | 'ASN'
  /** By asn_org. */
  | 'ASN_ORG'
  /** By bot_name. */
  | 'BOT_NAME'
  /** By browser_family. */
  | 'BROWSER_FAMILY'
  /** By campaign_id. */
  | 'CAMPAIGN'
  /** By country_code. */
  | 'COUNTRY'
  /** By detected_at. */
  | 'DETECTED_AT'
  /** By fuzzing_index. */
  | 'FUZZING_INDEX'
  /** By hits. */
  | 'HITS'
  /** By hit_velocity. */
  | 'HIT_VELOCITY'
  /** By host. */
  | 'HOST'
  /** By src_ip. */
  | 'IP'
  /** By ja4. */
  | 'JA4'
  /** By model_name. */
  | 'MODEL'
  /** By post_ratio. */
  | 'POST_RATIO'
  /** By recurrence. */
  | 'RECURRENCE'
  /** By threat_level. */
  | 'THREAT_LEVEL';

/** Anything an analyst can pivot on. Activity fields cover a time window: the one given to the field, else the one the entity was reached with, widened to the whole UTC hours that cover it (the graph layer is hourly; `window` says which). */
export type Entity = {
  /** Analysts’ decisions about this entity, newest first (all time). */
  classifications: Array<Classification>;
  /** Detections (flagged scoring windows, both models) in the window. Window: up to 365 days for IP, JA4, ASN, HOST, COUNTRY, USER_AGENT, SUBNET, CAMPAIGN (read from the graph layer), else 31 (raw rows). */
  detectionCount: Scalars['Int']['output'];
  /** First activity in the window (null when none). Window: up to 365 days for IP, JA4, ASN, HOST, COUNTRY, USER_AGENT, SUBNET, CAMPAIGN (read from the graph layer), else 31 (raw rows). */
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Requests in the window (for campaigns and detections: requests in the flagged scoring windows). Window: up to 365 days for IP, JA4, ASN, HOST, COUNTRY, USER_AGENT, SUBNET, CAMPAIGN (read from the graph layer), else 31 (raw rows). */
  hits: Scalars['Float']['output'];
  /** The natural key: an address, fingerprint, AS number, host name, country code, … */
  key: Scalars['String']['output'];
  /** Last activity in the window (null when none). Window: up to 365 days for IP, JA4, ASN, HOST, COUNTRY, USER_AGENT, SUBNET, CAMPAIGN (read from the graph layer), else 31 (raw rows). */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Typed expansion, like a Maltego transform: for each requested type, the linked entities with link weight, and how many neighbours each of them has in turn. Window: up to 365 days for IP, JA4, ASN, HOST, COUNTRY, USER_AGENT, SUBNET, CAMPAIGN (read from the graph layer), else 31 (raw rows). */
  neighbors: Array<NeighborGroup>;
  /** Analysts’ notes about this entity in the saved investigations the caller may open, newest first. */
  notes: Array<InvestigationNote>;
  /** Detections per threat level in the window, most severe first (every level, zeros included). Window: up to 365 days for IP, JA4, ASN, HOST, COUNTRY, USER_AGENT, SUBNET, CAMPAIGN (read from the graph layer), else 31 (raw rows). */
  threatLevels: Array<ThreatLevelCount>;
  /** Requests per time bucket across the window, zero-filled; the bucket (1 hour … 1 week) keeps it within 72 points. Window: up to 365 days for IP, JA4, ASN, HOST, COUNTRY, USER_AGENT, SUBNET, CAMPAIGN (read from the graph layer), else 31 (raw rows). */
  timeline: Array<TimelinePoint>;
  /** The kind of entity. */
  type: EntityType;
  /** Distinct source IPs in the window (exact: per-hour sets of addresses merged, never summed or estimated). Window: up to 365 days for IP, JA4, ASN, HOST, COUNTRY, USER_AGENT, SUBNET, CAMPAIGN (read from the graph layer), else 31 (raw rows). */
  uniqueIps: Scalars['Int']['output'];
  /** The watches on this entity the caller sees (their own and the team’s): what the watch toggle beside it shows. */
  watches: Array<Watch>;
  /** The window its fields cover by default: the one it was reached with, rounded out to whole UTC hours. */
  window: ResolvedWindow;
};


/** Anything an analyst can pivot on. Activity fields cover a time window: the one given to the field, else the one the entity was reached with, widened to the whole UTC hours that cover it (the graph layer is hourly; `window` says which). */
export type EntityClassificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Anything an analyst can pivot on. Activity fields cover a time window: the one given to the field, else the one the entity was reached with, widened to the whole UTC hours that cover it (the graph layer is hourly; `window` says which). */
export type EntityDetectionCountArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Anything an analyst can pivot on. Activity fields cover a time window: the one given to the field, else the one the entity was reached with, widened to the whole UTC hours that cover it (the graph layer is hourly; `window` says which). */
export type EntityFirstSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Anything an analyst can pivot on. Activity fields cover a time window: the one given to the field, else the one the entity was reached with, widened to the whole UTC hours that cover it (the graph layer is hourly; `window` says which). */
export type EntityHitsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Anything an analyst can pivot on. Activity fields cover a time window: the one given to the field, else the one the entity was reached with, widened to the whole UTC hours that cover it (the graph layer is hourly; `window` says which). */
export type EntityLastSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Anything an analyst can pivot on. Activity fields cover a time window: the one given to the field, else the one the entity was reached with, widened to the whole UTC hours that cover it (the graph layer is hourly; `window` says which). */
export type EntityNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  window?: InputMaybe<TimeWindow>;
};


/** Anything an analyst can pivot on. Activity fields cover a time window: the one given to the field, else the one the entity was reached with, widened to the whole UTC hours that cover it (the graph layer is hourly; `window` says which). */
export type EntityThreatLevelsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Anything an analyst can pivot on. Activity fields cover a time window: the one given to the field, else the one the entity was reached with, widened to the whole UTC hours that cover it (the graph layer is hourly; `window` says which). */
export type EntityTimelineArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Anything an analyst can pivot on. Activity fields cover a time window: the one given to the field, else the one the entity was reached with, widened to the whole UTC hours that cover it (the graph layer is hourly; `window` says which). */
export type EntityUniqueIpsArgs = {
  window?: InputMaybe<TimeWindow>;
};

/** One entity by type and natural key. */
export type EntityRefInput = {
  /** The kind of entity. */
  type: EntityType;
  /** Its key, as for `entity(type:, value:)`. */
  value: Scalars['String']['input'];
};

/** The kinds of entity an analyst pivots between. */
export type EntityType =
  /** An autonomous system (network operator). */
  | 'ASN'
  /** A bot campaign found by the detector. */
  | 'CAMPAIGN'
  /** A behavioural K-Means cluster of IPs. */
  | 'CLUSTER'
  /** A country (IP geolocation). */
  | 'COUNTRY'
  /** A scored window the detector flagged. */
  | 'DETECTION'
  /** A protected web host. */
  | 'HOST'
  /** A source IP address. */
  | 'IP'
  /** A JA4 TLS client fingerprint. */
  | 'JA4'
  /** A /24 (IPv4) or /64 (IPv6) network. */
  | 'SUBNET'
  /** A User-Agent header value. */
  | 'USER_AGENT';

/** The evasion techniques an IP uses, and how sophisticated that makes it. */
export type Evasion = {
  __typename?: 'Evasion';
  /** Share of the 6 techniques used (0–1). */
  score: Scalars['Float']['output'];
  /** Techniques found. */
  techniques: Array<EvasionTechnique>;
};

/** A way a client hides what it is. */
export type EvasionTechnique =
  /** Part of a distributed campaign. */
  | 'CAMPAIGN'
  /** 3+ TLS fingerprints. */
  | 'JA4_ROTATION'
  /** Flagged on 3+ days. */
  | 'PERSISTENCE'
  /** A TCP stack contradicting the claimed OS. */
  | 'TCP_SPOOFING'
  /** A browser User-Agent over a fingerprint that cannot be that browser. */
  | 'TLS_SPOOFING'
  /** 3+ User-Agents. */
  | 'UA_ROTATION';

/** How many objects (STIX types, MISP objects, rules, rows) of one kind an export holds. */
export type ExportCount = {
  __typename?: 'ExportCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: Scalars['String']['output'];
};

/** An export, ready to save or send. */
export type ExportFile = {
  __typename?: 'ExportFile';
  /** The file itself (JSON or text). */
  content: Scalars['String']['output'];
  /** Its media type. */
  contentType: Scalars['String']['output'];
  /** What it holds, by kind. */
  counts: Array<ExportCount>;
  /** A file name for it. */
  filename: Scalars['String']['output'];
  /** Its format. */
  format: ExportFormat;
};

/** What another security tool takes in. */
export type ExportFormat =
  /** Nodes and links as one CSV table with a header row. */
  | 'CSV'
  /** A MISP event (JSON) with one `ja4-plus` object per JA4 and ip-src, AS, hostname and user-agent attributes; `to_ids` by the IDS policy. */
  | 'MISP'
  /** A STIX 2.1 bundle (JSON): report, observables, indicators (by the IDS policy), relationships, notes (OpenCTI, TAXII feeds). */
  | 'STIX'
  /** Suricata rules: one `ja4.hash` rule per JA4 the IDS policy sends to an IDS (optionally IP rules). */
  | 'SURICATA';

/** Which verdicts an export sends to an IDS (MISP `to_ids`, Suricata rules, STIX indicators). A SUSPICIOUS verdict never does; hosts, ASes, countries and campaigns are never judged. */
export type ExportIdsPolicy =
  /** Only what an analyst classified MALICIOUS (an IP, JA4, User-Agent or subnet). */
  | 'ANALYST'
  /** That, and the IPs the detector rated CRITICAL or HIGH in the window that no analyst has classified. */
  | 'ANALYST_AND_DETECTOR';

/** One feature’s value in a profile (a mean, or a variance). */
export type FeatureMean = {
  __typename?: 'FeatureMean';
  /** The feature. */
  feature: Scalars['String']['output'];
  /** Whether the behaviour radar draws it: the eight rates and ratios, not the header count, port density, JA4 count or UA rotation flag. */
  onRadar: Scalars['Boolean']['output'];
  /** Its value. */
  value: Scalars['Float']['output'];
};

/** Mean behavioural features of a population of sessions (IP × JA4 × hour). */
export type FeatureProfile = {
  __typename?: 'FeatureProfile';
  /** Mean of each feature. */
  features: Array<FeatureMean>;
  /** Their requests. */
  hits: Scalars['Float']['output'];
  /** Sessions averaged. */
  sessions: Scalars['Int']['output'];
};

/** One feature of a centroid. */
export type FeatureValue = {
  __typename?: 'FeatureValue';
  /** The feature (hit_velocity, post_ratio, …). */
  feature: Scalars['String']['output'];
  /** Its value, in the feature’s own unit. */
  value: Scalars['Float']['output'];
  /** Standard deviations from the mean of all clustered IPs. */
  zScore: Scalars['Float']['output'];
};

/** Whether an IP’s TLS fingerprint, TCP stack and User-Agents tell the same story. */
export type FingerprintCoherence = {
  __typename?: 'FingerprintCoherence';
  /** No contradiction found. */
  coherent: Scalars['Boolean']['output'];
  /** Each contradiction found, in words. */
  contradictions: Array<Scalars['String']['output']>;
  /** Distinct JA4s. */
  ja4s: Scalars['Int']['output'];
  /** 1 when coherent, lower with each contradiction and with many fingerprints or User-Agents. */
  score: Scalars['Float']['output'];
  /** Distinct User-Agents. */
  userAgents: Scalars['Int']['output'];
};

/** A link between two entities of a set, over a window. */
export type GraphLink = {
  __typename?: 'GraphLink';
  /** First request carrying the link. */
  firstSeen: Scalars['DateTime']['output'];
  /** One end (the kind listed first in `linkKind`). */
  from: Entity;
  /** Last request carrying the link. */
  lastSeen: Scalars['DateTime']['output'];
  /** The kind of link, e.g. IP_JA4 (an IP used a fingerprint). */
  linkKind: Scalars['String']['output'];
  /** “traffic” (requests seen together) or “detections” (flagged together by the detector). */
  source: Scalars['String']['output'];
  /** The other end. */
  to: Entity;
  /** Distinct source IPs behind the link (exact). */
  uniqueIps: Scalars['Int']['output'];
  /** Requests carrying the link in the window. */
  weight: Scalars['Float']['output'];
};

/** Clients sending the same request headers in the same order: one client software, whatever User-Agent it claims. */
export type HeaderFingerprint = {
  __typename?: 'HeaderFingerprint';
  /** Hash of the header-name sequence (its id). */
  hash: Scalars['String']['output'];
  /** How many headers. */
  headerCount: Scalars['Int']['output'];
  /** Header names, in the order sent. */
  headers: Scalars['String']['output'];
  /** Requests. */
  hits: Scalars['Float']['output'];
  /** IPs sending it, busiest first. */
  ips: Array<HeaderFingerprintIp>;
  /** A TLS fingerprint seen with it. */
  sampleJa4: Scalars['String']['output'];
  /** One of them. */
  sampleUserAgent: Scalars['String']['output'];
  /** Distinct IPs. */
  uniqueIps: Scalars['Int']['output'];
  /** Distinct User-Agents sent with this layout (many: a lying client). */
  userAgents: Scalars['Int']['output'];
};


/** Clients sending the same request headers in the same order: one client software, whatever User-Agent it claims. */
export type HeaderFingerprintIpsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An IP that sent a header layout. */
export type HeaderFingerprintIp = {
  __typename?: 'HeaderFingerprintIp';
  /** AS organisation. */
  asnOrg: Scalars['String']['output'];
  /** Country. */
  countryCode: Scalars['String']['output'];
  /** Requests with the layout. */
  hits: Scalars['Float']['output'];
  /** The IP. */
  ip: Ip;
  /** A User-Agent sent with it. */
  userAgent: Scalars['String']['output'];
};

/** Whether the product can reach ClickHouse, and how much data it holds. */
export type Health = {
  __typename?: 'Health';
  /** When this check ran. */
  checkedAt: Scalars['DateTime']['output'];
  /** Processing database name. */
  database: Scalars['String']['output'];
  /** HTTP logs database name. */
  logsDatabase: Scalars['String']['output'];
  /** `embedded` (chDB in-process) or `server` (ClickHouse over HTTP). */
  mode: Scalars['String']['output'];
  /** True when ClickHouse answered. */
  ok: Scalars['Boolean']['output'];
  /** Row counts of the main tables. */
  tables: Array<TableCount>;
  /** ClickHouse version. */
  version?: Maybe<Scalars['String']['output']>;
};

/** Sessions whose feature rounds to one value. */
export type HistogramBucket = {
  __typename?: 'HistogramBucket';
  /** Sessions. */
  count: Scalars['Int']['output'];
  /** The value (rounded to 2 decimals). */
  value: Scalars['Float']['output'];
};

/** A protected web host (virtual host name). */
export type Host = Entity & Node & {
  __typename?: 'Host';
  /** ASes of this host’s clients. Window: up to 365 days (read from the graph layer). */
  asns: AsnConnection;
  /** Analysts’ decisions about this entity, newest first (all time). */
  classifications: Array<Classification>;
  /** Countries of this host’s clients. Window: up to 365 days (read from the graph layer). */
  countries: CountryConnection;
  /** Detections (flagged scoring windows, both models) in the window. Window: up to 365 days (read from the graph layer). */
  detectionCount: Scalars['Int']['output'];
  /** Detections of clients of this host in the window, newest first. Window: up to 31 days (reads raw rows). */
  detections: DetectionConnection;
  /** First activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Requests in the window (for campaigns and detections: requests in the flagged scoring windows). Window: up to 365 days (read from the graph layer). */
  hits: Scalars['Float']['output'];
  /** Requests per hour of the day (24 points, zero-filled): when is it hit? Window: up to 31 days (reads raw rows). */
  hourlyActivity: Array<HourActivity>;
  /** Global id: stable, opaque, usable with `node` and in shared links. */
  id: Scalars['ID']['output'];
  /** Clients of this host (its attackers, for a targeted host), busiest first. Window: up to 365 days (read from the graph layer). */
  ips: IpConnection;
  /** Fingerprints of this host’s clients. Window: up to 365 days (read from the graph layer). */
  ja4s: Ja4Connection;
  /** The natural key: an address, fingerprint, AS number, host name, country code, … */
  key: Scalars['String']['output'];
  /** Last activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** The host name. */
  name: Scalars['String']['output'];
  /** Typed expansion, like a Maltego transform: for each requested type, the linked entities with link weight, and how many neighbours each of them has in turn. Window: up to 365 days (read from the graph layer). */
  neighbors: Array<NeighborGroup>;
  /** Analysts’ notes about this entity in the saved investigations the caller may open, newest first. */
  notes: Array<InvestigationNote>;
  /** The most requested URL paths of this host. Window: up to 31 days (reads raw rows). */
  paths: ValueCountList;
  /** Detections per threat level in the window, most severe first (every level, zeros included). Window: up to 365 days (read from the graph layer). */
  threatLevels: Array<ThreatLevelCount>;
  /** Requests per time bucket across the window, zero-filled; the bucket (1 hour … 1 week) keeps it within 72 points. Window: up to 365 days (read from the graph layer). */
  timeline: Array<TimelinePoint>;
  /** The kind of entity. */
  type: EntityType;
  /** Distinct source IPs in the window (exact: per-hour sets of addresses merged, never summed or estimated). Window: up to 365 days (read from the graph layer). */
  uniqueIps: Scalars['Int']['output'];
  /** User-Agents of this host’s clients. Window: up to 365 days (read from the graph layer). */
  userAgents: UserAgentConnection;
  /** The watches on this entity the caller sees (their own and the team’s): what the watch toggle beside it shows. */
  watches: Array<Watch>;
  /** The window its fields cover by default: the one it was reached with, rounded out to whole UTC hours. */
  window: ResolvedWindow;
};


/** A protected web host (virtual host name). */
export type HostAsnsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A protected web host (virtual host name). */
export type HostClassificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A protected web host (virtual host name). */
export type HostCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A protected web host (virtual host name). */
export type HostDetectionCountArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A protected web host (virtual host name). */
export type HostDetectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A protected web host (virtual host name). */
export type HostFirstSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A protected web host (virtual host name). */
export type HostHitsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A protected web host (virtual host name). */
export type HostHourlyActivityArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A protected web host (virtual host name). */
export type HostIpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A protected web host (virtual host name). */
export type HostJa4sArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A protected web host (virtual host name). */
export type HostLastSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A protected web host (virtual host name). */
export type HostNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  window?: InputMaybe<TimeWindow>;
};


/** A protected web host (virtual host name). */
export type HostPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A protected web host (virtual host name). */
export type HostThreatLevelsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A protected web host (virtual host name). */
export type HostTimelineArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A protected web host (virtual host name). */
export type HostUniqueIpsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A protected web host (virtual host name). */
export type HostUserAgentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};

/** Linked Host entities, heaviest link first. */
export type HostConnection = {
  __typename?: 'HostConnection';
  /** The items of this page, with their link data. */
  edges: Array<HostEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** How many distinct linked entities there are in the window (exact: merged per-hour sets, never an estimate). */
  totalCount: Scalars['Int']['output'];
};

/** A link to a Host, with its weight. */
export type HostEdge = {
  __typename?: 'HostEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** First request carrying the link. */
  firstSeen: Scalars['DateTime']['output'];
  /** Requests that carry both ends of the link in the window (its weight). */
  hits: Scalars['Float']['output'];
  /** Last request carrying the link. */
  lastSeen: Scalars['DateTime']['output'];
  /** The item. */
  node: Host;
  /** Distinct source IPs behind the link. */
  uniqueIps: Scalars['Int']['output'];
};

/** Activity in one hour of the day (UTC), summed over the window’s days. */
export type HourActivity = {
  __typename?: 'HourActivity';
  /** Requests in that hour. */
  hits: Scalars['Float']['output'];
  /** Hour of the day, 0–23 (UTC). */
  hour: Scalars['Int']['output'];
  /** Busiest second of a single client. */
  maxRps: Scalars['Int']['output'];
  /** Distinct client IPs in that hour. */
  uniqueIps: Scalars['Int']['output'];
};

/** One HTTP request joined with its TLS handshake and TCP fingerprint. */
export type HttpRequest = {
  __typename?: 'HttpRequest';
  /** Source country. */
  countryCode: Scalars['String']['output'];
  /** The host it was sent to. */
  host: Host;
  /** HTTP version. */
  httpVersion: Scalars['String']['output'];
  /** The source IP. */
  ip: Ip;
  /** Its TLS fingerprint. */
  ja4?: Maybe<Ja4>;
  /** HTTP method. */
  method: Scalars['String']['output'];
  /** URL path. */
  path: Scalars['String']['output'];
  /** Query string (without ?). */
  query: Scalars['String']['output'];
  /** Referer header. */
  referer: Scalars['String']['output'];
  /** Source port. */
  srcPort: Scalars['Int']['output'];
  /** Response status. */
  status: Scalars['Int']['output'];
  /** TCP maximum segment size of the SYN. */
  tcpMss: Scalars['Int']['output'];
  /** TCP window size of the SYN. */
  tcpWindow: Scalars['Int']['output'];
  /** When it arrived. */
  time: Scalars['DateTime']['output'];
  /** IP TTL as received (initial TTL minus hops). */
  ttl: Scalars['Int']['output'];
  /** User-Agent header. */
  userAgent: Scalars['String']['output'];
};

/** Requests, newest first. */
export type HttpRequestConnection = {
  __typename?: 'HttpRequestConnection';
  /** The items of this page, with their link data. */
  edges: Array<HttpRequestEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Requests in the window. */
  totalCount: Scalars['Int']['output'];
};

/** A request. */
export type HttpRequestEdge = {
  __typename?: 'HttpRequestEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: HttpRequest;
};

/** Detections per threat level. */
export type HuntDetections = {
  __typename?: 'HuntDetections';
  /** CRITICAL detections. */
  critical: Scalars['Int']['output'];
  /** HIGH detections. */
  high: Scalars['Int']['output'];
  /** Verified crawlers’ windows. */
  knownBot: Scalars['Int']['output'];
  /** LOW detections. */
  low: Scalars['Int']['output'];
  /** MEDIUM detections. */
  medium: Scalars['Int']['output'];
  /** All of them. */
  total: Scalars['Int']['output'];
};

/** The format of a retro-hunt document. */
export type HuntFormat =
  /** A CSV: the indicator column named by `column`, else detected; a `type` column names each row’s kind. */
  | 'CSV'
  /** A MISP event: ip-src/ip-dst, hostname, domain, url, AS, user-agent attributes and ja4-plus objects. */
  | 'MISP'
  /** A STIX 2.1 bundle: observables, and indicators’ STIX (or Suricata) patterns. */
  | 'STIX'
  /** Suricata rules: `ja4.hash` contents and rule addresses. */
  | 'SURICATA'
  /** Pasted text: one indicator per line, or prose; defanged forms (1[.]2[.]3[.]4, hxxp://) re-fanged; a line in double quotes is a User-Agent. */
  | 'TEXT';

/** What an indicator of a retro-hunt is. */
export type HuntIndicatorKind =
  /** An autonomous system number. */
  | 'ASN'
  /** A range of addresses (any prefix but /24 and /64, which are subnets): matches the IPs inside it. */
  | 'CIDR'
  /** A host name (a URL counts as its host). */
  | 'HOST'
  /** An IPv4 or IPv6 address. */
  | 'IP'
  /** A JA4 TLS client fingerprint. */
  | 'JA4'
  /** A /24 (IPv4) or /64 (IPv6) network, as the graph keys subnets. */
  | 'SUBNET'
  /** A User-Agent header value. */
  | 'USER_AGENT';

/** One indicator of a retro-hunt and what the traffic holds of it in the window. */
export type HuntMatch = {
  __typename?: 'HuntMatch';
  /** Where the document holds it: a line, a row, a STIX id or a MISP uuid. */
  at: Scalars['String']['output'];
  /** The detector’s detections of it in the window, per level. */
  detections: HuntDetections;
  /** The graph’s entity (null for a CIDR range, which is none): its page, its links, its investigation. */
  entity?: Maybe<Entity>;
  /** First seen in the window. */
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** What it is. */
  kind: HuntIndicatorKind;
  /** Last seen in the window. */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** The busiest of those, at most 5. */
  linked: Array<Entity>;
  /** How many linked entities matched: the JA4s an IP presented; the addresses that presented a JA4, or were seen inside a subnet, a range or an AS. */
  linkedCount: Scalars['Int']['output'];
  /** Its requests in the window (a range’s or a network’s: all of its addresses’). */
  requests: Scalars['Float']['output'];
  /** Whether the traffic or the detector saw it in the window. */
  seen: Scalars['Boolean']['output'];
  /** Distinct source IPs behind those requests. */
  uniqueIps: Scalars['Int']['output'];
  /** Its canonical form (the graph’s key; a CIDR’s network and prefix). */
  value: Scalars['String']['output'];
  /** The analyst’s latest verdict on it (all time), if any. */
  verdict?: Maybe<ClassificationLabel>;
};

/** A page of a hunt’s matches. */
export type HuntMatchConnection = {
  __typename?: 'HuntMatchConnection';
  /** The items of this page, with their link data. */
  edges: Array<HuntMatchEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Matches passing the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An indicator and what was seen of it. */
export type HuntMatchEdge = {
  __typename?: 'HuntMatchEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: HuntMatch;
};

/** The order of a hunt’s matches. */
export type HuntSort =
  /** Most detections first. */
  | 'DETECTIONS'
  /** As the document lists them. */
  | 'DOCUMENT'
  /** Most recently seen first. */
  | 'LAST_SEEN'
  /** Most requests first. */
  | 'REQUESTS';

/** Something worth a look that the detector may not have flagged everywhere yet. */
export type HuntSuggestion = {
  __typename?: 'HuntSuggestion';
  /** Where to start in the graph. */
  entity: Entity;
  /** Why. */
  evidence: Scalars['String']['output'];
  /** LYING_FINGERPRINT, ROTATING_IP or HOT_SUBNET. */
  kind: Scalars['String']['output'];
  /** What to hunt. */
  title: Scalars['String']['output'];
};

/** How the hunt went. */
export type HuntSummary = {
  __typename?: 'HuntSummary';
  /** Distinct indicators read. */
  indicators: Scalars['Int']['output'];
  /** Of those, not seen. */
  notSeen: Scalars['Int']['output'];
  /** Of those, seen in the window. */
  seen: Scalars['Int']['output'];
  /** Parts of the document not read (listed in `unreadable`). */
  unreadable: Scalars['Int']['output'];
};

/** A part of the document that could not be read as an indicator, and why. */
export type HuntUnreadable = {
  __typename?: 'HuntUnreadable';
  /** Where: a line, a row, a STIX id or a MISP uuid. */
  at: Scalars['String']['output'];
  /** Why it was not read. */
  reason: Scalars['String']['output'];
  /** Its start (at most 120 characters), as text. */
  text: Scalars['String']['output'];
};

/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type Ip = Entity & Node & {
  __typename?: 'IP';
  /** The address. */
  address: Scalars['IPAddress']['output'];
  /** The AS this IP belongs to. */
  asn?: Maybe<Asn>;
  /** Campaigns this IP took part in (from its detections). Window: up to 365 days (read from the graph layer). */
  campaigns: CampaignConnection;
  /** Its page → sub-resource cascades per host and hour, newest first (headless-browser evidence). Window: up to 31 days (reads raw rows). */
  cascades: Array<ResourceCascade>;
  /** Analysts’ decisions about this entity, newest first (all time). */
  classifications: Array<Classification>;
  /** The behavioural cluster this IP falls in for the window (null when it was not scored). */
  cluster?: Maybe<Cluster>;
  /** Whether its TLS fingerprints, TCP stack and User-Agents are consistent. Window: up to 31 days (reads raw rows). */
  coherence: FingerprintCoherence;
  /** Where this IP is located. */
  country?: Maybe<Country>;
  /** Detections (flagged scoring windows, both models) in the window. Window: up to 365 days (read from the graph layer). */
  detectionCount: Scalars['Int']['output'];
  /** Detections of this IP in the window, newest first. Window: up to 31 days (reads raw rows). */
  detections: DetectionConnection;
  /** The evasion techniques it uses in the window. */
  evasion: Evasion;
  /** Its mean behavioural features over its sessions in the window (null when it has none). Window: up to 31 days (reads raw rows). */
  features?: Maybe<FeatureProfile>;
  /** First activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Requests in the window (for campaigns and detections: requests in the flagged scoring windows). Window: up to 365 days (read from the graph layer). */
  hits: Scalars['Float']['output'];
  /** Hosts this IP sent requests to. Window: up to 365 days (read from the graph layer). */
  hosts: HostConnection;
  /** Its requests in the window, newest first. Window: up to 31 days (reads raw rows). */
  httpLogs: HttpRequestConnection;
  /** Global id: stable, opaque, usable with `node` and in shared links. */
  id: Scalars['ID']['output'];
  /** Risk score with its breakdown and a recommended classification (null when the IP has no traffic in the window). Window: up to 31 days (reads raw rows). */
  investigation?: Maybe<RiskAssessment>;
  /** Fingerprints this IP presented in the window (several: rotation). Window: up to 365 days (read from the graph layer). */
  ja4s: Ja4Connection;
  /** The natural key: an address, fingerprint, AS number, host name, country code, … */
  key: Scalars['String']['output'];
  /** Last activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Typed expansion, like a Maltego transform: for each requested type, the linked entities with link weight, and how many neighbours each of them has in turn. Window: up to 365 days (read from the graph layer). */
  neighbors: Array<NeighborGroup>;
  /** Analysts’ notes about this entity in the saved investigations the caller may open, newest first. */
  notes: Array<InvestigationNote>;
  /** The URL paths this IP requested most. Window: up to 31 days (reads raw rows). */
  paths: ValueCountList;
  /** Persistence across days (null when flagged on fewer than two days). */
  recurrence?: Maybe<Recurrence>;
  /** Public reputation (ip-api.com, ipinfo.io) merged with our own data; cached 24 h; at most 100 uncached addresses go to the providers per request. */
  reputation: Reputation;
  /** Every scored window of this IP (legitimate ones too), newest first. Window: up to 31 days (reads raw rows). */
  scores: DetectionConnection;
  /** Its /24 (IPv4) or /64 (IPv6) network. */
  subnet: Subnet;
  /** Detections per threat level in the window, most severe first (every level, zeros included). Window: up to 365 days (read from the graph layer). */
  threatLevels: Array<ThreatLevelCount>;
  /** Requests per time bucket across the window, zero-filled; the bucket (1 hour … 1 week) keeps it within 72 points. Window: up to 365 days (read from the graph layer). */
  timeline: Array<TimelinePoint>;
  /** The kind of entity. */
  type: EntityType;
  /** Distinct source IPs in the window (exact: per-hour sets of addresses merged, never summed or estimated). Window: up to 365 days (read from the graph layer). */
  uniqueIps: Scalars['Int']['output'];
  /** User-Agents this IP sent (many: rotation). Window: up to 365 days (read from the graph layer). */
  userAgents: UserAgentConnection;
  /** 4 or 6. */
  version: Scalars['Int']['output'];
  /** The watches on this entity the caller sees (their own and the team’s): what the watch toggle beside it shows. */
  watches: Array<Watch>;
  /** The window its fields cover by default: the one it was reached with, rounded out to whole UTC hours. */
  window: ResolvedWindow;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpCascadesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpClassificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpCoherenceArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpDetectionCountArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpDetectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpFeaturesArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpFirstSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpHitsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpHostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpHttpLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpInvestigationArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpJa4sArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpLastSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpScoresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpThreatLevelsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpTimelineArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpUniqueIpsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A source IP address (IPv4 shown without ::ffff:, or IPv6). */
export type IpUserAgentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};

/** Linked IP entities, heaviest link first. */
export type IpConnection = {
  __typename?: 'IPConnection';
  /** The items of this page, with their link data. */
  edges: Array<IpEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** How many distinct linked entities there are in the window (exact: merged per-hour sets, never an estimate). */
  totalCount: Scalars['Int']['output'];
};

/** A link to a IP, with its weight. */
export type IpEdge = {
  __typename?: 'IPEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** First request carrying the link. */
  firstSeen: Scalars['DateTime']['output'];
  /** Requests that carry both ends of the link in the window (its weight). */
  hits: Scalars['Float']['output'];
  /** Last request carrying the link. */
  lastSeen: Scalars['DateTime']['output'];
  /** The item. */
  node: Ip;
  /** Distinct source IPs behind the link. */
  uniqueIps: Scalars['Int']['output'];
};

/** Detections that share a TLS fingerprint and the client they claim: one coordinated activity, to review and classify as a whole. */
export type Incident = {
  __typename?: 'Incident';
  /** Detections in the last 24 hours. */
  active: Scalars['Boolean']['output'];
  /** ASes. */
  asns: Scalars['Int']['output'];
  /** The detector’s campaign, if it named one. */
  campaign?: Maybe<Campaign>;
  /** What the User-Agents claim: Chrome, Firefox, …, script, headless, bot, other. */
  claimedClient: Scalars['String']['output'];
  /** Countries. */
  countries: Scalars['Int']['output'];
  /** Detections. */
  detections: Scalars['Int']['output'];
  /** First detection. */
  firstSeen: Scalars['DateTime']['output'];
  /** Targeted hosts (up to five). */
  hosts: Array<Host>;
  /** Stable id (from the fingerprint and the claimed client). */
  id: Scalars['String']['output'];
  /** The shared fingerprint. */
  ja4?: Maybe<Ja4>;
  /** Last detection. */
  lastSeen: Scalars['DateTime']['output'];
  /** Highest anomaly score. */
  maxScore: Scalars['Float']['output'];
  /** Member IPs, most detections first. */
  members: Array<IncidentMember>;
  /** The most frequent detection reason. */
  reason: Scalars['String']['output'];
  /** IPs. */
  uniqueIps: Scalars['Int']['output'];
  /** Most severe level. */
  worstThreat: ThreatLevel;
};


/** Detections that share a TLS fingerprint and the client they claim: one coordinated activity, to review and classify as a whole. */
export type IncidentMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An IP taking part in an incident. */
export type IncidentMember = {
  __typename?: 'IncidentMember';
  /** Its detections in the incident. */
  detections: Scalars['Int']['output'];
  /** The IP. */
  ip: Ip;
  /** Its highest anomaly score. */
  maxScore: Scalars['Float']['output'];
};

/** An automatic observation about an attribute value. */
export type Insight = {
  __typename?: 'Insight';
  /** SCRIPT_LIKE, DISTRIBUTED, GEO_SPREAD, BOT_USER_AGENTS, UA_ROTATION or FINGERPRINT_ROTATION. */
  kind: Scalars['String']['output'];
  /** The observation, in words. */
  message: Scalars['String']['output'];
  /** INFO, WARNING or CRITICAL. */
  severity: Scalars['String']['output'];
};

/** A saved investigation: a named set of entities with the explorer canvas that shows them, notes, an owner and who may see it. Every change is stored as a new version and audited; deleting is soft (admins restore). */
export type Investigation = Node & {
  __typename?: 'Investigation';
  /** Whether the caller may rename, change, share or delete it. */
  canEdit: Scalars['Boolean']['output'];
  /** Whether the caller may add notes to it. */
  canNote: Scalars['Boolean']['output'];
  /** Whether the caller may publish it or withdraw it (its owner and admins, once it is shared with the team). */
  canPublish: Scalars['Boolean']['output'];
  /** The explorer canvas as it was saved. */
  canvas: InvestigationCanvas;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Deleted (only admins see it, and may restore it). */
  deleted: Scalars['Boolean']['output'];
  /** What it is about (markdown). */
  description: Scalars['String']['output'];
  /** Its entities, as graph nodes over its window (any entity field is reachable from here), in the order saved. */
  entities: Array<Entity>;
  /** How many entities it holds. */
  entityCount: Scalars['Int']['output'];
  /** The investigation as a file another tool imports, built from the graph over its window, with the analysts’ verdicts and its notes. At most 1000 entities. */
  export: ExportFile;
  /** Its TAXII collection’s objects, for OpenCTI or MISP to pull (null while it is not published). */
  feedUrl?: Maybe<Scalars['String']['output']>;
  /** Global id, usable with `node`. */
  id: Scalars['ID']['output'];
  /** Its UUID: what REST paths and shared links use. */
  key: Scalars['String']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Its notes, oldest first: on the investigation and on its entities. */
  notes: Array<InvestigationNote>;
  /** Who created it (or duplicated it). */
  owner: Scalars['String']['output'];
  /** Whether its STIX is served on the TAXII 2.1 feed (`/taxii2/`), as a collection of its own and in the collection of all published indicators. Only an investigation shared with the team is served. */
  published: Scalars['Boolean']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version of this state (milliseconds since 1970); give it back on a change to be refused (CONFLICT) if someone changed it since. */
  version: Scalars['Float']['output'];
  /** Who may open it. */
  visibility: InvestigationVisibility;
  /** The window it was saved over: its entities’ fields and its exports cover it. */
  window: ResolvedWindow;
};


/** A saved investigation: a named set of entities with the explorer canvas that shows them, notes, an owner and who may see it. Every change is stored as a new version and audited; deleting is soft (admins restore). */
export type InvestigationEntitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** A saved investigation: a named set of entities with the explorer canvas that shows them, notes, an owner and who may see it. Every change is stored as a new version and audited; deleting is soft (admins restore). */
export type InvestigationExportArgs = {
  format: ExportFormat;
  idsPolicy?: InputMaybe<ExportIdsPolicy>;
  ipRules?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the graph explorer needs to draw a saved investigation as it was left. */
export type InvestigationCanvas = {
  __typename?: 'InvestigationCanvas';
  /** Nodes hidden from the canvas. */
  hidden: Array<Scalars['String']['output']>;
  /** The layout chosen (force, concentric, hierarchy, type). */
  layout: Scalars['String']['output'];
  /** Nodes pinned in place. */
  pinned: Array<Scalars['String']['output']>;
  /** Node positions when saved (rounded to whole pixels). */
  positions: Array<NodePosition>;
  /** The explorer’s steps, in order, as its share links write them (`step=` values). */
  steps: Array<Scalars['String']['output']>;
  /** The window preset the explorer was on. */
  window: WindowPreset;
};

/** The explorer canvas to save with an investigation. */
export type InvestigationCanvasInput = {
  /** Hidden node ids. */
  hidden?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Layout name. */
  layout?: InputMaybe<Scalars['String']['input']>;
  /** Pinned node ids. */
  pinned?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Node positions (at most 2000). */
  positions?: InputMaybe<Array<NodePositionInput>>;
  /** The explorer's steps, as its share links write them (at most 1000). */
  steps: Array<Scalars['String']['input']>;
  /** The window preset (default: last 7 days); the investigation keeps the absolute window it covers now. */
  window?: InputMaybe<WindowPreset>;
};

/** What to change; fields left out stay as they are. */
export type InvestigationChanges = {
  /** The new canvas. */
  canvas?: InputMaybe<InvestigationCanvasInput>;
  /** A new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The new set of entities (replaces it; entities with notes stay). */
  entities?: InputMaybe<Array<EntityRefInput>>;
  /** A new name (renames it). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The version you changed: CONFLICT if it changed since. */
  version?: InputMaybe<Scalars['Float']['input']>;
  /** Share with the team, or make private. */
  visibility?: InputMaybe<InvestigationVisibility>;
};

/** A new saved investigation. */
export type InvestigationInput = {
  /** The explorer canvas. */
  canvas?: InputMaybe<InvestigationCanvasInput>;
  /** What it is about (markdown). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its entities (at most 2000); each must have been seen. */
  entities?: InputMaybe<Array<EntityRefInput>>;
  /** Its name (at most 200 characters). */
  name: Scalars['String']['input'];
  /** Notes to start with. */
  notes?: InputMaybe<Array<InvestigationNoteInput>>;
  /** Default: private. */
  visibility?: InputMaybe<InvestigationVisibility>;
};

/** A page of saved investigations, most recently changed first. */
export type InvestigationList = {
  __typename?: 'InvestigationList';
  /** This page. */
  items: Array<InvestigationSummary>;
  /** How many match. */
  totalCount: Scalars['Int']['output'];
};

/** An analyst’s note (markdown) on a saved investigation, or on one entity in it. */
export type InvestigationNote = {
  __typename?: 'InvestigationNote';
  /** Who wrote it. */
  author: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Who made its latest revision (its author, until someone else edits it; the author never changes). */
  editedBy: Scalars['String']['output'];
  /** The entity it is about; null for a note on the investigation as a whole. */
  entity?: Maybe<Entity>;
  /** Its id within the investigation. */
  id: Scalars['String']['output'];
  /** The investigation that holds it. */
  investigation: Investigation;
  /** Markdown text. */
  text: Scalars['String']['output'];
  /** When it was last edited. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A note: on the investigation, or on one entity (which joins the investigation). */
export type InvestigationNoteInput = {
  /** The entity it is about; omit for the investigation as a whole. */
  entity?: InputMaybe<EntityRefInput>;
  /** Markdown, at most 10000 characters. */
  text: Scalars['String']['input'];
};

/** Which saved investigations to list. */
export type InvestigationScope =
  /** Both (the default). */
  | 'ALL'
  /** The caller’s own. */
  | 'MINE'
  /** Others’ investigations shared with the team. */
  | 'SHARED';

/** A saved investigation in a list: what to pick one by (open it with `investigation(id:)`). */
export type InvestigationSummary = {
  __typename?: 'InvestigationSummary';
  /** Whether the caller may publish it or withdraw it (its owner and admins, once it is shared with the team). */
  canPublish: Scalars['Boolean']['output'];
  /** Created. */
  createdAt: Scalars['DateTime']['output'];
  /** Deleted (admins only see these). */
  deleted: Scalars['Boolean']['output'];
  /** What it is about. */
  description: Scalars['String']['output'];
  /** Entities it holds. */
  entityCount: Scalars['Int']['output'];
  /** Its TAXII collection’s objects, for OpenCTI or MISP to pull (null while it is not published). */
  feedUrl?: Maybe<Scalars['String']['output']>;
  /** The whole investigation. */
  investigation: Investigation;
  /** Its UUID. */
  key: Scalars['String']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Notes it holds. */
  noteCount: Scalars['Int']['output'];
  /** Who created it. */
  owner: Scalars['String']['output'];
  /** Whether its STIX is served on the TAXII 2.1 feed (`/taxii2/`), as a collection of its own and in the collection of all published indicators. Only an investigation shared with the team is served. */
  published: Scalars['Boolean']['output'];
  /** Last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who may open it. */
  visibility: InvestigationVisibility;
};

/** Who may open a saved investigation. */
export type InvestigationVisibility =
  /** Its owner (and admins). */
  | 'PRIVATE'
  /** Everyone on the team; only its owner and admins change it, analysts may add notes. */
  | 'TEAM';

/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4 = Entity & Node & {
  __typename?: 'JA4';
  /** ASes this fingerprint was seen from: many ASes for one JA4 suggests a botnet. Window: up to 365 days (read from the graph layer). */
  asns: AsnConnection;
  /** The figures the botnet verdict rests on, in words: countries, flagged share, ASes and IPs. */
  botnetEvidence: Array<Scalars['String']['output']>;
  /** Campaigns whose detections used this fingerprint. Window: up to 365 days (read from the graph layer). */
  campaigns: CampaignConnection;
  /** Analysts’ decisions about this entity, newest first (all time). */
  classifications: Array<Classification>;
  /** Countries this fingerprint was seen from: a wide spread suggests a botnet. Window: up to 365 days (read from the graph layer). */
  countries: CountryConnection;
  /** Detections (flagged scoring windows, both models) in the window. Window: up to 365 days (read from the graph layer). */
  detectionCount: Scalars['Int']['output'];
  /** Detections of this fingerprint in the window, newest first. Window: up to 31 days (reads raw rows). */
  detections: DetectionConnection;
  /** The fingerprint. */
  fingerprint: Scalars['String']['output'];
  /** First activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Requests in the window (for campaigns and detections: requests in the flagged scoring windows). Window: up to 365 days (read from the graph layer). */
  hits: Scalars['Float']['output'];
  /** Hosts targeted with this fingerprint. Window: up to 365 days (read from the graph layer). */
  hosts: HostConnection;
  /** Global id: stable, opaque, usable with `node` and in shared links. */
  id: Scalars['ID']['output'];
  /** IPs that used this fingerprint in the window, busiest first. Window: up to 365 days (read from the graph layer). */
  ips: IpConnection;
  /** The natural key: an address, fingerprint, AS number, host name, country code, … */
  key: Scalars['String']['output'];
  /** Clients known to produce exactly this fingerprint (empty when unknown). */
  knownApplications: Array<KnownApplication>;
  /** Last activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Typed expansion, like a Maltego transform: for each requested type, the linked entities with link weight, and how many neighbours each of them has in turn. Window: up to 365 days (read from the graph layer). */
  neighbors: Array<NeighborGroup>;
  /** Analysts’ notes about this entity in the saved investigations the caller may open, newest first. */
  notes: Array<InvestigationNote>;
  /** Its population in the window, and what kind of population that is. */
  population: Ja4Population;
  /** Its parts, decoded. */
  sections: Ja4Sections;
  /** Other fingerprints seen in the window that share sections a and c: what survives cipher-list rotation. Window: up to 365 days (read from the graph layer). */
  similar: Array<SimilarJa4>;
  /** Networks (/24, /64) this fingerprint was seen from, busiest first. Window: up to 31 days (reads raw rows). */
  subnets: SubnetConnection;
  /** A suspected botnet in the window it was reached with: 5+ countries and 5+ ASes, with 50%+ of its traffic bad (here: its scored windows flagged; the same rule as `JA4Spread.suspectedBotnet` and `JA4Population.concentration`). */
  suspectedBotnet: Scalars['Boolean']['output'];
  /** Detections per threat level in the window, most severe first (every level, zeros included). Window: up to 365 days (read from the graph layer). */
  threatLevels: Array<ThreatLevelCount>;
  /** Requests per time bucket across the window, zero-filled; the bucket (1 hour … 1 week) keeps it within 72 points. Window: up to 365 days (read from the graph layer). */
  timeline: Array<TimelinePoint>;
  /** The kind of entity. */
  type: EntityType;
  /** Distinct source IPs in the window (exact: per-hour sets of addresses merged, never summed or estimated). Window: up to 365 days (read from the graph layer). */
  uniqueIps: Scalars['Int']['output'];
  /** User-Agents sent over this fingerprint. Window: up to 365 days (read from the graph layer). */
  userAgents: UserAgentConnection;
  /** The watches on this entity the caller sees (their own and the team’s): what the watch toggle beside it shows. */
  watches: Array<Watch>;
  /** The window its fields cover by default: the one it was reached with, rounded out to whole UTC hours. */
  window: ResolvedWindow;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4AsnsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4CampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4ClassificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4CountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4DetectionCountArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4DetectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4FirstSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4HitsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4HostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4IpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4LastSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4NeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4SimilarArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4SubnetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4ThreatLevelsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4TimelineArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4UniqueIpsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A JA4 TLS client fingerprint (a_b_c). */
export type Ja4UserAgentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};

/** How one fingerprint spreads over networks: concentrated in one hosting AS, or spread like a browser. */
export type Ja4AsnCorrelation = {
  __typename?: 'JA4AsnCorrelation';
  /** Distinct ASes. */
  asnCount: Scalars['Int']['output'];
  /** Share of its scored windows the detector flagged. */
  flaggedShare: Scalars['Float']['output'];
  /** Requests. */
  hits: Scalars['Float']['output'];
  /** The fingerprint. */
  ja4: Ja4;
  /** Clients the FoxIO mapping knows for it. */
  knownApplications: Array<Scalars['String']['output']>;
  /** Its busiest AS. */
  topAsn: Asn;
  /** Share of its requests from that AS. */
  topAsnShare: Scalars['Float']['output'];
  /** Distinct IPs. */
  uniqueIps: Scalars['Int']['output'];
};

/** Linked JA4 entities, heaviest link first. */
export type Ja4Connection = {
  __typename?: 'JA4Connection';
  /** The items of this page, with their link data. */
  edges: Array<Ja4Edge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** How many distinct linked entities there are in the window (exact: merged per-hour sets, never an estimate). */
  totalCount: Scalars['Int']['output'];
};

/** A link to a JA4, with its weight. */
export type Ja4Edge = {
  __typename?: 'JA4Edge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** First request carrying the link. */
  firstSeen: Scalars['DateTime']['output'];
  /** Requests that carry both ends of the link in the window (its weight). */
  hits: Scalars['Float']['output'];
  /** Last request carrying the link. */
  lastSeen: Scalars['DateTime']['output'];
  /** The item. */
  node: Ja4;
  /** Distinct source IPs behind the link. */
  uniqueIps: Scalars['Int']['output'];
};

/** Who uses a fingerprint: one botnet, a common client, or a few machines? */
export type Ja4Population = {
  __typename?: 'JA4Population';
  /** Distinct ASes. */
  asns: Scalars['Int']['output'];
  /** Share of requests whose User-Agent claims a browser. */
  browserShare: Scalars['Float']['output'];
  /** SINGLE_SOURCE (≤ 2 IPs), DISTRIBUTED_BOTNET (5+ countries and 5+ ASes, with 50%+ of its traffic bad: here, lying about its client or scripted — the same rule as `JA4.suspectedBotnet`), COMMON_CLIENT (as widely spread, honest) or CONCENTRATED. */
  concentration: Scalars['String']['output'];
  /** Distinct countries. */
  countries: Scalars['Int']['output'];
  /** Distinct IPs. */
  ips: Scalars['Int']['output'];
  /** Share of requests whose browser User-Agent this fingerprint cannot be. */
  lyingShare: Scalars['Float']['output'];
  /** Share of requests with a script, bot or headless User-Agent. */
  scriptShare: Scalars['Float']['output'];
  /** Distinct /24 (or /64) networks. */
  subnets: Scalars['Int']['output'];
};

/** An IP presenting several TLS fingerprints to one host in one day: evasion by rotation. */
export type Ja4Rotation = {
  __typename?: 'JA4Rotation';
  /** The day (UTC). */
  day: Scalars['DateTime']['output'];
  /** Fingerprints used that day. */
  distinctJa4: Scalars['Int']['output'];
  /** Requests that day. */
  hits: Scalars['Float']['output'];
  /** The host. */
  host: Host;
  /** The IP. */
  ip: Ip;
  /** The fingerprints. */
  ja4s: Array<Ja4>;
};

/** The three parts of a JA4 fingerprint, a_b_c. */
export type Ja4Sections = {
  __typename?: 'JA4Sections';
  /** Protocol, TLS version, SNI, cipher and extension counts, ALPN (e.g. t13d1516h2). */
  a: Scalars['String']['output'];
  /** First and last character of the first ALPN value (h2, h1, 00 = none). */
  alpn: Scalars['String']['output'];
  /** Truncated SHA-256 of the sorted cipher list: changes when a client rotates ciphers. */
  b: Scalars['String']['output'];
  /** Truncated SHA-256 of the sorted extensions and signature algorithms. */
  c: Scalars['String']['output'];
  /** Number of cipher suites offered. */
  cipherCount: Scalars['Int']['output'];
  /** Number of extensions. */
  extensionCount: Scalars['Int']['output'];
  /** TCP, QUIC or DTLS. */
  protocol: Scalars['String']['output'];
  /** Whether the client sent a server name (d) rather than an IP (i). */
  sni: Scalars['Boolean']['output'];
  /** Highest TLS version offered. */
  tlsVersion: Scalars['String']['output'];
};

/** How widely one fingerprint is spread: one JA4 from many countries and networks is a botnet indicator. */
export type Ja4Spread = {
  __typename?: 'JA4Spread';
  /** Distinct ASes. */
  asns: Scalars['Int']['output'];
  /** The figures the botnet verdict rests on, in words. */
  botnetEvidence: Array<Scalars['String']['output']>;
  /** Distinct countries. */
  countries: Scalars['Int']['output'];
  /** Share of its scored windows the detector flagged (known crawlers excluded): near 1 for a botnet, near 0 for a browser. */
  flaggedShare: Scalars['Float']['output'];
  /** Requests. */
  hits: Scalars['Float']['output'];
  /** The fingerprint. */
  ja4: Ja4;
  /** Whether the FoxIO mapping knows it (a browser or library, not necessarily a bot). */
  knownClient: Scalars['Boolean']['output'];
  /** A suspected botnet: 5+ countries and 5+ ASes, with 50%+ of its traffic bad (here: its scored windows flagged). The product's one definition; REST and the UI read it. */
  suspectedBotnet: Scalars['Boolean']['output'];
  /** Distinct IPs. */
  uniqueIps: Scalars['Int']['output'];
};

/** Requests of one JA4 whose User-Agents claim one kind of client. */
export type Ja4UserAgentCell = {
  __typename?: 'JA4UserAgentCell';
  /** The browser family, for browsers. */
  browserFamily: Scalars['String']['output'];
  /** What the User-Agents claim. */
  category: UserAgentCategory;
  /** Requests. */
  hits: Scalars['Float']['output'];
  /** Distinct IPs (an IP counted once, however many User-Agents it sent). */
  ipCount: Scalars['Int']['output'];
  /** The fingerprint. */
  ja4: Ja4;
  /** Distinct User-Agents. */
  userAgents: Scalars['Int']['output'];
};

/** A client known to produce this fingerprint (FoxIO JA4+ mapping). */
export type KnownApplication = {
  __typename?: 'KnownApplication';
  /** Application, e.g. Chromium Browser, Sliver Agent. */
  application: Scalars['String']['output'];
  /** Device, when known. */
  device: Scalars['String']['output'];
  /** Library, e.g. Python, GoLang. */
  library: Scalars['String']['output'];
  /** Notes from the mapping. */
  notes: Scalars['String']['output'];
  /** Operating system, when known. */
  os: Scalars['String']['output'];
};

/** A count at one threat level. */
export type LevelCount = {
  __typename?: 'LevelCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The level. */
  level: ThreatLevel;
};

/** Detections in one hour, per threat level. */
export type LevelTimelinePoint = {
  __typename?: 'LevelTimelinePoint';
  /** Per level (levels with detections only). */
  levels: Array<LevelCount>;
  /** Start of the hour. */
  start: Scalars['DateTime']['output'];
  /** Detections in the hour. */
  total: Scalars['Int']['output'];
};

/** One link’s activity over a window. */
export type LinkActivity = {
  __typename?: 'LinkActivity';
  /** One end. */
  from: Entity;
  /** Requests per bucket, only the buckets with any (the same buckets as `linkActivity.bucketSeconds`). */
  timeline: Array<LinkPoint>;
  /** The other end. */
  to: Entity;
};

/** The activity of many links, on common time buckets. */
export type LinkActivityList = {
  __typename?: 'LinkActivityList';
  /** Length of a bucket: 1 hour up to 1 day, at most 72 buckets. */
  bucketSeconds: Scalars['Int']['output'];
  /** In the order asked. */
  links: Array<LinkActivity>;
  /** The window covered, in whole UTC hours. */
  window: ResolvedWindow;
};

/** Requests carrying a link in one time bucket. */
export type LinkPoint = {
  __typename?: 'LinkPoint';
  /** Requests carrying both ends in the bucket. */
  hits: Scalars['Float']['output'];
  /** Start of the bucket. */
  start: Scalars['DateTime']['output'];
};

/** A link between two entities, as the graph draws it. */
export type LinkRefInput = {
  /** One end. */
  from: EntityRefInput;
  /** The other end. */
  to: EntityRefInput;
};

/** The links among a set of entities. */
export type LinksAmong = {
  __typename?: 'LinksAmong';
  /** Each linked pair once, heaviest first. */
  links: Array<GraphLink>;
  /** The window covered, in whole UTC hours. */
  window: ResolvedWindow;
};

/** One labelled IP for the bot-detector: the analyst’s latest verdict and the IP’s mean features. */
export type MlTrainingExample = {
  __typename?: 'MlTrainingExample';
  /** The IP, as text. */
  address: Scalars['IPAddress']['output'];
  /** Who decided. */
  analyst: Scalars['String']['output'];
  /** When. */
  classifiedAt: Scalars['DateTime']['output'];
  /** The analyst’s confidence, 0–1. */
  confidence: Scalars['Float']['output'];
  /** Feature name → mean value, in `featureNames` order; null when the IP had no traffic in the window. */
  features?: Maybe<Scalars['JSON']['output']>;
  /** The IP, to pivot to. */
  ip: Ip;
  /** The verdict: legitimate, suspicious or malicious. */
  label: Scalars['String']['output'];
  /** Sessions (IP × JA4 × hour) the features average over; 0 when the IP had no traffic in the window. */
  sessions: Scalars['Int']['output'];
  /** Tags attached. */
  tags: Array<Scalars['String']['output']>;
};

/** Labelled IPs with their features, as JSON the bot-detector can retrain on. */
export type MlTrainingSet = {
  __typename?: 'MlTrainingSet';
  /** This page of examples, newest decision first. */
  examples: Array<MlTrainingExample>;
  /** The features, in the bot-detector’s order. */
  featureNames: Array<Scalars['String']['output']>;
  /** When this export was made. */
  generatedAt: Scalars['DateTime']['output'];
  /** Decisions and features from… */
  since: Scalars['DateTime']['output'];
  /** Labelled IPs matching. */
  totalCount: Scalars['Int']['output'];
  /** …until. */
  until: Scalars['DateTime']['output'];
};

/** What one bot-detector model scored in the window. */
export type ModelStats = {
  __typename?: 'ModelStats';
  /** First scoring. */
  firstSeen: Scalars['DateTime']['output'];
  /** Of which flagged (not legitimate). */
  flagged: Scalars['Int']['output'];
  /** Last scoring. */
  lastSeen: Scalars['DateTime']['output'];
  /** The model (Complet, Applicatif). */
  model: Scalars['String']['output'];
  /** Windows scored. */
  scored: Scalars['Int']['output'];
};

/** Analyst decisions; every attempt is audited. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Marks an alert as being worked on (analysts and admins who may see it; audited). */
  acknowledgeAlert: Alert;
  /** Adds a note to an investigation, or to an entity in it (anyone who may write and open it; audited). */
  addInvestigationNote: InvestigationNote;
  /** Assigns an alert to a user, or to nobody with null (audited). */
  assignAlert: Alert;
  /** Records an analyst’s decision about an entity (analysts and admins only). It is stored with its audit row in one insert, or not at all. */
  classify: Classification;
  /** Classifies an incident as a whole (analysts and admins; one audited decision). */
  classifyIncident: Classification;
  /** Closes an alert (audited). Its episode never raises it again. */
  closeAlert: Alert;
  /** Adds a comment to an alert (markdown, at most 10000 characters; audited). */
  commentOnAlert: AlertComment;
  /** Saves a new investigation owned by the caller (analysts and admins; audited). */
  createInvestigation: Investigation;
  /** Watches an entity or a saved investigation (analysts and admins; audited). Invalid rules are BAD_USER_INPUT, an entity never seen NOT_FOUND. */
  createWatch: Watch;
  /** Adds a webhook (admins; audited, the secret never in the audit trail). A URL outside http(s) or outside WEBHOOK_DESTINATIONS is BAD_USER_INPUT. */
  createWebhook: WebhookCreated;
  /** Deletes an investigation (its owner and admins; soft: an admin can restore it; audited). */
  deleteInvestigation: Investigation;
  /** Removes a note (its author, or whoever may edit the investigation; audited). Returns the investigation without it. */
  deleteInvestigationNote: Investigation;
  /** Stops a watch (its owner and admins; audited). Its alerts stay. */
  deleteWatch: Watch;
  /** Removes a webhook (admins; audited). */
  deleteWebhook: Webhook;
  /** Copies an investigation the caller may open into a new private one of theirs, notes included (audited). */
  duplicateInvestigation: Investigation;
  /** Serves a saved investigation on the TAXII feed, or stops serving it. Its owner and admins may; a private investigation is never published (share it with the team first). Consumers receive a new version of each object the investigation changes. */
  publishInvestigation: Investigation;
  /** Adds an entry to the audit trail on behalf of the caller (analysts and admins only). */
  recordAuditEntry: Scalars['Boolean']['output'];
  /** Sets an alert back to NEW (audited). */
  reopenAlert: Alert;
  /** Restores a deleted investigation (admins; audited). */
  restoreInvestigation: Investigation;
  /** Evaluates every watch now instead of at the next scheduled run (admins). What it raises is delivered as a scheduled run’s would be. */
  runAlertEvaluation: AlertEvaluation;
  /** Sends a signed test event to a webhook now, once (no retries), and says how it went (admins). */
  testWebhook: WebhookDelivery;
  /** Renames, re-describes, shares or re-draws an investigation (its owner and admins; audited). */
  updateInvestigation: Investigation;
  /** Edits a note (its author, or whoever may edit the investigation; audited). */
  updateInvestigationNote: InvestigationNote;
  /** Renames, re-rules, shares, mutes or unmutes a watch (its owner and admins; audited). */
  updateWatch: Watch;
  /** Changes a webhook (admins; audited). */
  updateWebhook: Webhook;
};


/** Analyst decisions; every attempt is audited. */
export type MutationAcknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Float']['input']>;
};


/** Analyst decisions; every attempt is audited. */
export type MutationAddInvestigationNoteArgs = {
  id: Scalars['ID']['input'];
  input: InvestigationNoteInput;
  version?: InputMaybe<Scalars['Float']['input']>;
};


/** Analyst decisions; every attempt is audited. */
export type MutationAssignAlertArgs = {
  assignee?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Float']['input']>;
};


/** Analyst decisions; every attempt is audited. */
export type MutationClassifyArgs = {
  input: ClassifyInput;
};


/** Analyst decisions; every attempt is audited. */
export type MutationClassifyIncidentArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  confidence?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['String']['input'];
  label: ClassificationLabel;
  tags?: InputMaybe<Array<ClassificationTag>>;
};


/** Analyst decisions; every attempt is audited. */
export type MutationCloseAlertArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Float']['input']>;
};


/** Analyst decisions; every attempt is audited. */
export type MutationCommentOnAlertArgs = {
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


/** Analyst decisions; every attempt is audited. */
export type MutationCreateInvestigationArgs = {
  input: InvestigationInput;
};


/** Analyst decisions; every attempt is audited. */
export type MutationCreateWatchArgs = {
  input: WatchInput;
};


/** Analyst decisions; every attempt is audited. */
export type MutationCreateWebhookArgs = {
  input: WebhookInput;
};


/** Analyst decisions; every attempt is audited. */
export type MutationDeleteInvestigationArgs = {
  id: Scalars['ID']['input'];
};


/** Analyst decisions; every attempt is audited. */
export type MutationDeleteInvestigationNoteArgs = {
  id: Scalars['ID']['input'];
  noteId: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Float']['input']>;
};


/** Analyst decisions; every attempt is audited. */
export type MutationDeleteWatchArgs = {
  id: Scalars['ID']['input'];
};


/** Analyst decisions; every attempt is audited. */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Analyst decisions; every attempt is audited. */
export type MutationDuplicateInvestigationArgs = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};


/** Analyst decisions; every attempt is audited. */
export type MutationPublishInvestigationArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


/** Analyst decisions; every attempt is audited. */
export type MutationRecordAuditEntryArgs = {
  input: AuditEntryInput;
};


/** Analyst decisions; every attempt is audited. */
export type MutationReopenAlertArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Float']['input']>;
};


/** Analyst decisions; every attempt is audited. */
export type MutationRestoreInvestigationArgs = {
  id: Scalars['ID']['input'];
};


/** Analyst decisions; every attempt is audited. */
export type MutationTestWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Analyst decisions; every attempt is audited. */
export type MutationUpdateInvestigationArgs = {
  id: Scalars['ID']['input'];
  input: InvestigationChanges;
};


/** Analyst decisions; every attempt is audited. */
export type MutationUpdateInvestigationNoteArgs = {
  id: Scalars['ID']['input'];
  noteId: Scalars['String']['input'];
  text: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Float']['input']>;
};


/** Analyst decisions; every attempt is audited. */
export type MutationUpdateWatchArgs = {
  id: Scalars['ID']['input'];
  input: WatchChanges;
};


/** Analyst decisions; every attempt is audited. */
export type MutationUpdateWebhookArgs = {
  id: Scalars['ID']['input'];
  input: WebhookChanges;
};

/** One linked entity in an expansion. */
export type Neighbor = {
  __typename?: 'Neighbor';
  /** The linked entity. */
  entity: Entity;
  /** First request carrying the link. */
  firstSeen: Scalars['DateTime']['output'];
  /** How many entities this neighbour links to besides the one being expanded (what expanding it would add); exact, from the graph layer’s per-hour degrees. */
  hiddenNeighborCount: Scalars['Int']['output'];
  /** Last request carrying the link. */
  lastSeen: Scalars['DateTime']['output'];
  /** The kind of link, e.g. IP_JA4 (an IP used a fingerprint). */
  linkKind: Scalars['String']['output'];
  /** Distinct source IPs behind the link. */
  uniqueIps: Scalars['Int']['output'];
  /** Requests carrying the link in the window. */
  weight: Scalars['Float']['output'];
};

/** The neighbours of one type: a row of the graph explorer’s expand menu. */
export type NeighborGroup = {
  __typename?: 'NeighborGroup';
  /** The heaviest links, at most `first`. */
  neighbors: Array<Neighbor>;
  /** How many linked entities of this type exist in the window (equals the matching connection’s totalCount). */
  totalCount: Scalars['Int']['output'];
  /** Their entity type. */
  type: EntityType;
};

/** What kind of network an address is in, from the merged reputation. */
export type NetworkType =
  /** A proxy, VPN or Tor exit. */
  | 'ANONYMIZER'
  /** A hosting provider or data centre. */
  | 'HOSTING'
  /** An access provider (residential or business). */
  | 'ISP'
  /** A mobile carrier. */
  | 'MOBILE'
  /** Nothing says. */
  | 'UNKNOWN';

/** Anything with a global id, resolvable through `node`. */
export type Node = {
  /** Global id: stable, opaque, usable with `node` and in shared links. */
  id: Scalars['ID']['output'];
};

/** Where a node was on the canvas when the investigation was saved. */
export type NodePosition = {
  __typename?: 'NodePosition';
  /** The node: TYPE:key (e.g. IP:203.0.113.7), or a group id. */
  node: Scalars['String']['output'];
  /** Canvas x. */
  x: Scalars['Float']['output'];
  /** Canvas y. */
  y: Scalars['Float']['output'];
};

/** A node’s place on the canvas. */
export type NodePositionInput = {
  /** TYPE:key, or a group id. */
  node: Scalars['String']['input'];
  /** Canvas x. */
  x: Scalars['Float']['input'];
  /** Canvas y. */
  y: Scalars['Float']['input'];
};

/** Where a page sits in its list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item: pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items after this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An IP flagged on several days: a persistent threat. */
export type PersistentThreat = {
  __typename?: 'PersistentThreat';
  /** Days with a detection. */
  days: Scalars['Int']['output'];
  /** First detection. */
  firstSeen: Scalars['DateTime']['output'];
  /** The IP. */
  ip: Ip;
  /** Last detection. */
  lastSeen: Scalars['DateTime']['output'];
  /** Its most targeted host. */
  topHost: Scalars['String']['output'];
  /** Its most frequent JA4. */
  topJa4: Scalars['String']['output'];
  /** Highest anomaly score. */
  worstScore: Scalars['Float']['output'];
  /** Most severe level. */
  worstThreat: ThreatLevel;
};

/** Entry points into the investigation graph. */
export type Query = {
  __typename?: 'Query';
  _entities: Array<Maybe<_Entity>>;
  _service: _Service;
  /** An alert by id. NOT_FOUND when it does not exist or the caller may not see it. */
  alert: Alert;
  /** The alerts the caller may see, newest first, filtered. */
  alerts: AlertList;
  /** An AS by number; null when unseen in the window. Window: up to 365 days (read from the graph layer). */
  asn?: Maybe<Asn>;
  /** One attribute value and what was seen with it; null when unseen in the window. Invalid values are BAD_USER_INPUT. Window: up to 31 days (reads raw rows). */
  attribute?: Maybe<AttributeView>;
  /** The most frequent values of one attribute in the window. Window: up to 31 days (reads raw rows). */
  attributeValues: ValueCountList;
  /** Audit entries, newest first, filtered. Window: up to 31 days (reads raw rows). */
  auditLog: AuditPage;
  /** Audit entries counted by outcome, action and actor. Window: up to 31 days (reads raw rows). */
  auditStats: AuditStats;
  /** Brute force and credential stuffing in a window (default: last 7 days). Window: up to 31 days (reads raw rows). */
  bruteForce: BruteForce;
  /** A campaign; null when it has no detections in the window. Window: up to 365 days (read from the graph layer). */
  campaign?: Maybe<Campaign>;
  /** Campaigns with detections in the window, most detections first. Window: up to 31 days (reads raw rows). */
  campaigns: CampaignConnection;
  /** Classifications counted by label, tag, analyst and entity type. Window: up to 31 days (reads raw rows). */
  classificationStats: ClassificationStats;
  /** Recorded classifications, newest first. Window: up to 31 days (reads raw rows). */
  classifications: ClassificationList;
  /** A behavioural cluster; computes (or reuses) the clustering of the window. Window: up to 31 days (reads raw rows). */
  cluster?: Maybe<Cluster>;
  /** The state of the clustering cache for a window (does not start a computation). Window: up to 31 days (reads raw rows). */
  clusteringStatus: ClusteringStatus;
  /** The behavioural clusters of the window, largest first; computes the clustering when it is not cached. Window: up to 31 days (reads raw rows). */
  clusters: Array<Cluster>;
  /** How two entities are connected: their common neighbours and their shortest paths of up to 3 links, over the graph layer. Bounded: each entity's 50 heaviest neighbours of each kind are considered, and a 3-link path goes through one of the first entity's 40 heaviest neighbours; two waves of batched reads whatever the entities. Ends with no activity in the window have no paths. Window: up to 365 days (read from the graph layer). */
  connections: Connections;
  /** A country; null when no traffic came from it in the window. Window: up to 365 days (read from the graph layer). */
  country?: Maybe<Country>;
  /** A detection (or any scored window) by id; null when unknown. */
  detection?: Maybe<Detection>;
  /** Detections (flagged scoring windows) in the window, filtered and sorted; newest first by default. Window: up to 31 days (reads raw rows). */
  detections: DetectionConnection;
  /** Detections grouped by source IP (the “group by IP” view), filtered like `detections`. Window: up to 31 days (reads raw rows). */
  detectionsByIp: DetectionIpGroupList;
  /** Many entities at once, in the order asked (null where one has no activity in the window): what the explorer expands together. Their fields load in one batch per kind of field, so expanding 50 selected nodes is one request and a handful of queries. At most 200; invalid keys are BAD_USER_INPUT. Window: up to 365 days for IP, JA4, ASN, HOST, COUNTRY, USER_AGENT, SUBNET, CAMPAIGN (read from the graph layer), else 31 (raw rows). */
  entities: Array<Maybe<Entity>>;
  /** Any entity by type and natural key; null when it has no activity in the window. Invalid keys are BAD_USER_INPUT. Window: up to 365 days for IP, JA4, ASN, HOST, COUNTRY, USER_AGENT, SUBNET, CAMPAIGN (read from the graph layer), else 31 (raw rows). */
  entity?: Maybe<Entity>;
  /** An ad-hoc set of entities as a file another tool imports (as `Investigation.export`, without saving). At most 1000 entities. Window: up to 31 days (reads raw rows). */
  exportEntities: ExportFile;
  /** How a feature is distributed over sessions. Window: up to 31 days (reads raw rows). */
  featureHistogram: Array<HistogramBucket>;
  /** Mean features of the sessions from networks with these AS labels (e.g. ["isp"] for the human baseline, ["hosting", "datacenter"] for bots); all sessions when omitted. Window: up to 31 days (reads raw rows). */
  featureProfile: FeatureProfile;
  /** The busiest sessions with their features (scatter plots). Window: up to 31 days (reads raw rows). */
  featureSessions: Array<SessionPoint>;
  /** Population variance of each feature, largest first (which features tell sessions apart). Window: up to 31 days (reads raw rows). */
  featureVariance: Array<FeatureMean>;
  /** One header-order fingerprint by hash; null when unseen in the window. Window: up to 31 days (reads raw rows). */
  headerFingerprint?: Maybe<HeaderFingerprint>;
  /** Header-order fingerprints, most IPs first. Window: up to 31 days (reads raw rows). */
  headerFingerprints: Array<HeaderFingerprint>;
  /** Database connectivity, version and row counts (the same data as GET /health). */
  health: Health;
  /** A host; null when it received nothing in the window. Window: up to 365 days (read from the graph layer). */
  host?: Maybe<Host>;
  /** Proactive hunting leads: fingerprints lying about the browser, IPs rotating fingerprints, networks with several flagged IPs. Window: up to 31 days (reads raw rows). */
  huntSuggestions: Array<HuntSuggestion>;
  /** One incident by id; null when it has no detections in the window. Window: up to 31 days (reads raw rows). */
  incident?: Maybe<Incident>;
  /** Incidents of the window (2+ IPs), most severe and largest first. Window: up to 31 days (reads raw rows). */
  incidents: Array<Incident>;
  /** A saved investigation by its UUID (or global id). NOT_FOUND when it does not exist or the caller may not open it. */
  investigation: Investigation;
  /** Saved investigations the caller may open, most recently changed first. Admins see everyone’s, and deleted ones with `deleted: true`. */
  investigations: InvestigationList;
  /** An IP by address; null when it has no activity in the window. Window: up to 365 days (read from the graph layer). */
  ip?: Maybe<Ip>;
  /** A JA4 fingerprint; null when unseen in the window. Window: up to 365 days (read from the graph layer). */
  ja4?: Maybe<Ja4>;
  /** Each fingerprint’s spread over ASes and its busiest AS, busiest fingerprints first. Window: up to 31 days (reads raw rows). */
  ja4AsnCorrelation: Array<Ja4AsnCorrelation>;
  /** IPs rotating TLS fingerprints, most fingerprints first. Window: up to 31 days (reads raw rows). */
  ja4Rotators: Array<Ja4Rotation>;
  /** Fingerprints ranked by geographic spread (countries, then ASes, then IPs). Window: up to 31 days (reads raw rows). */
  ja4Spread: Array<Ja4Spread>;
  /** Requests per JA4 and claimed client (category and browser family), busiest first. Window: up to 31 days (reads raw rows). */
  ja4UserAgentMatrix: Array<Ja4UserAgentCell>;
  /** Fingerprints to trust: known browsers (FoxIO), or seen from 20+ IPs with under 5 % of their windows flagged. Window: up to 31 days (reads raw rows). */
  legitimateJa4s: Array<Ja4AsnCorrelation>;
  /** When each link carried its requests: the graph explorer’s time brush re-weights the drawn links with it. One read of the graph layer’s hourly links for all of them; at most 400 links. Links between kinds the layer does not hold (clusters, detections) have an empty timeline. Window: up to 365 days (read from the graph layer). */
  linkActivity: LinkActivityList;
  /** How a set of entities links together: every link between two of them in the window (traffic links, and detection links for campaigns), from the graph layer, read by the keys given. What exports and a saved investigation’s relationships are built from. At most 1000 entities. Window: up to 365 days (read from the graph layer). */
  linksAmong: LinksAmong;
  /** The dashboard’s numbers for a window (default: last 24 hours). Each field costs one query, only when asked. Window: up to 31 days (reads raw rows). */
  metrics: DetectionMetrics;
  /** The “export for ML”: every IP classified in the window (its latest verdict) with its mean behavioural features over the same window. Window: up to 31 days (reads raw rows). */
  mlTrainingSet: MlTrainingSet;
  /** Any entity by its global id (as returned in `id`). */
  node?: Maybe<Node>;
  /** Several entities by their global ids, in the order given; unknown ids give null. */
  nodes: Array<Maybe<Node>>;
  /** IPs flagged on at least two days, most days first (over all retained detections). */
  persistentThreats: Array<PersistentThreat>;
  /** The reputation of any address, seen in our traffic or not. */
  reputation: Reputation;
  /** Raw HTTP requests in the window (default: last 24 hours), filtered and sorted; newest first by default. Window: up to 31 days (reads raw rows). */
  requests: HttpRequestConnection;
  /** Retro-hunt: which of these indicators did we see, when, and what else did they touch? Reads a pasted list, a CSV, a STIX 2.1 bundle, a MISP event or Suricata rules; answers from the graph layer in a fixed number of statements whatever the number of indicators (window: up to 365 days, default the last 30). A document that cannot be read at all is refused (BAD_USER_INPUT) before any work; its unreadable parts are listed back. Larger documents than this endpoint’s body limit go to POST /api/hunt. Window: up to 31 days (reads raw rows). */
  retroHunt: RetroHunt;
  /** “Riskiest now”: IPs ranked by risk score over the window (default last 24 hours), with the analyst’s verdict beside each. The risk is computed for the 300 flagged IPs with the highest anomaly scores (the score is the risk’s heaviest factor); every column sorts. Window: up to 31 days (reads raw rows). */
  riskiestIps: RiskiestIps;
  /** Histogram of anomaly scores per model. Window: up to 31 days (reads raw rows). */
  scoreDistribution: Array<ScoreBucket>;
  /** Hourly anomaly-score statistics per model. Window: up to 31 days (reads raw rows). */
  scoreTrends: Array<ScoreTrendPoint>;
  /** Every scored window (legitimate ones too) in the window, filtered and sorted; newest first by default. Window: up to 31 days (reads raw rows). */
  scores: DetectionConnection;
  /** Quick search across entities: an IP (exact, prefix or CIDR: a /24 or /64 is also its subnet), a JA4 (full or partial), an AS (number or organisation name), a country (code or English name), a host, a User-Agent or a campaign. Exact matches first, then by activity. Window: up to 365 days (read from the graph layer). */
  search: Array<SearchResult>;
  /** Session statistics in a window (default: last 7 days); dimensions: country_code, asn_label, asn_org, ja4, bot_name, browser_family. Window: up to 31 days (reads raw rows). */
  sessions: SessionStats;
  /** The most detected IPs (top 200) ranked by how many evasion techniques they combine. Window: up to 31 days (reads raw rows). */
  sophisticatedIps: Array<SophisticatedIp>;
  /** A network; null when unseen in the window. Window: up to 365 days (read from the graph layer). */
  subnet?: Maybe<Subnet>;
  /** TCP/OS spoofing: TCP stacks contradicting the User-Agent’s OS, most requests first (default window: last 7 days). Window: up to 31 days (reads raw rows). */
  tcpSpoofing: Array<TcpSpoofing>;
  /** TCP/OS spoofing overview and TTL × MSS matrix (default window: last 7 days). Window: up to 31 days (reads raw rows). */
  tcpSpoofingSummary: TcpSpoofingSummary;
  /** Fingerprints whose User-Agents claim a browser the fingerprint cannot be, most requests first. Window: up to 31 days (reads raw rows). */
  tlsSpoofing: Array<TlsSpoofing>;
  /** Traffic patterns in a window (default: last 7 days). Window: up to 31 days (reads raw rows). */
  traffic: Traffic;
  /** Per-user activity, most active first. Window: up to 31 days (reads raw rows). */
  userActivity: Array<UserActivity>;
  /** A User-Agent; null when unseen in the window. Window: up to 365 days (read from the graph layer). */
  userAgent?: Maybe<UserAgent>;
  /** Traffic per kind of client the User-Agents claim (browser, bot, script, headless, unknown). Window: up to 31 days (reads raw rows). */
  userAgentCategories: Array<UserAgentCategorySummary>;
  /** IP × fingerprint hours with many User-Agents, most first. Window: up to 31 days (reads raw rows). */
  userAgentRotators: Array<UserAgentRotation>;
  /** The caller, as the API identified them. */
  viewer: Viewer;
  /** A watch by id. NOT_FOUND when it does not exist or is someone else’s private watch. */
  watch: Watch;
  /** The watches the caller sees (their own and the team’s; admins all), most recently changed first. */
  watches: WatchList;
  /** Every webhook (admins only). */
  webhooks: Array<Webhook>;
};


/** Entry points into the investigation graph. */
export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
};


/** Entry points into the investigation graph. */
export type QueryAlertArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points into the investigation graph. */
export type QueryAlertsArgs = {
  assignee?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<EntityRefInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<AlertScope>;
  states?: InputMaybe<Array<AlertState>>;
  watch?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points into the investigation graph. */
export type QueryAsnArgs = {
  number: Scalars['Int']['input'];
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryAttributeArgs = {
  source?: InputMaybe<AttributeSource>;
  type: AttributeType;
  value: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryAttributeValuesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<AttributeSource>;
  type: AttributeType;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  target?: InputMaybe<Scalars['String']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryAuditStatsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryBruteForceArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryCampaignArgs = {
  id: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryClassificationStatsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryClassificationsArgs = {
  analyst?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  label?: InputMaybe<ClassificationLabel>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EntityType>;
  value?: InputMaybe<Scalars['String']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryClusterArgs = {
  id: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryClusteringStatusArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryClustersArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryConnectionsArgs = {
  a: EntityRefInput;
  b: EntityRefInput;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryCountryArgs = {
  code: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryDetectionArgs = {
  id: Scalars['String']['input'];
};


/** Entry points into the investigation graph. */
export type QueryDetectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DetectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DetectionOrder>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryDetectionsByIpArgs = {
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<DetectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<DetectionGroupSort>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryEntitiesArgs = {
  refs: Array<EntityRefInput>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryEntityArgs = {
  type: EntityType;
  value: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryExportEntitiesArgs = {
  entities: Array<EntityRefInput>;
  format: ExportFormat;
  idsPolicy?: InputMaybe<ExportIdsPolicy>;
  ipRules?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryFeatureHistogramArgs = {
  feature: AiFeature;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryFeatureProfileArgs = {
  asnLabels?: InputMaybe<Array<Scalars['String']['input']>>;
  perIpHour?: InputMaybe<Scalars['Boolean']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryFeatureSessionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryFeatureVarianceArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryHeaderFingerprintArgs = {
  hash: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryHeaderFingerprintsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryHostArgs = {
  name: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryHuntSuggestionsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryIncidentArgs = {
  id: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryIncidentsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryInvestigationArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points into the investigation graph. */
export type QueryInvestigationsArgs = {
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<InvestigationScope>;
};


/** Entry points into the investigation graph. */
export type QueryIpArgs = {
  address: Scalars['IPAddress']['input'];
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryJa4Args = {
  fingerprint: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryJa4AsnCorrelationArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryJa4RotatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryJa4SpreadArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  minCountries?: InputMaybe<Scalars['Int']['input']>;
  suspectedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryJa4UserAgentMatrixArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryLegitimateJa4sArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryLinkActivityArgs = {
  links: Array<LinkRefInput>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryLinksAmongArgs = {
  refs: Array<EntityRefInput>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryMetricsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryMlTrainingSetArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  label?: InputMaybe<ClassificationLabel>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points into the investigation graph. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Entry points into the investigation graph. */
export type QueryPersistentThreatsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points into the investigation graph. */
export type QueryReputationArgs = {
  ip: Scalars['IPAddress']['input'];
};


/** Entry points into the investigation graph. */
export type QueryRequestsArgs = {
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<RequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<RequestSortField>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryRetroHuntArgs = {
  input: RetroHuntInput;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryRiskiestIpsArgs = {
  direction?: InputMaybe<SortDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<RiskRankingSort>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryScoreDistributionArgs = {
  bucketWidth?: InputMaybe<Scalars['Float']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryScoreTrendsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryScoresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DetectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DetectionOrder>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QuerySessionsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QuerySophisticatedIpsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QuerySubnetArgs = {
  cidr: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryTcpSpoofingArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryTcpSpoofingSummaryArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryTlsSpoofingArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryTrafficArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryUserActivityArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryUserAgentArgs = {
  value: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryUserAgentCategoriesArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryUserAgentRotatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  minUserAgents?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** Entry points into the investigation graph. */
export type QueryWatchArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points into the investigation graph. */
export type QueryWatchesArgs = {
  entity?: InputMaybe<EntityRefInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** A suggested classification, with why. */
export type Recommendation = {
  __typename?: 'Recommendation';
  /** How far the evidence carries the label, 0.5–0.95: malicious, the risk score over 100 (73/100 → 0.73); legitimate, from 0.5 at the suspicious threshold (25) up to 0.95 at no risk; suspicious, 0.5 at either edge of its band (25–49) up to 0.75 in its middle; a verified crawler (KNOWN_BOT) 0.9. Never 1: an analyst decides. */
  confidence: Scalars['Float']['output'];
  /** Correlation indicators. */
  indicators: CorrelationIndicators;
  /** legitimate, suspicious or malicious. */
  label: Scalars['String']['output'];
  /** One sentence. */
  reason: Scalars['String']['output'];
  /** Tags from the predefined set. */
  suggestedTags: Array<Scalars['String']['output']>;
};

/** How persistently an IP is flagged: across days, over all retained detections. */
export type Recurrence = {
  __typename?: 'Recurrence';
  /** Distinct hours with a detection. */
  activeHours: Scalars['Int']['output'];
  /** Distinct days with at least one detection. */
  days: Scalars['Int']['output'];
  /** Detections in all. */
  detections: Scalars['Int']['output'];
  /** First detection. */
  firstSeen: Scalars['DateTime']['output'];
  /** Last detection. */
  lastSeen: Scalars['DateTime']['output'];
  /** Most targeted host among its detections. */
  topHost: Scalars['String']['output'];
  /** Most frequent JA4 among its detections. */
  topJa4: Scalars['String']['output'];
  /** Highest anomaly score. */
  worstScore: Scalars['Float']['output'];
  /** Most severe threat level. */
  worstThreat: Scalars['String']['output'];
};

/** What public reputation databases say about an address, merged with what our own capture knows. When no provider can be reached the answer comes from our data and says so (degraded); with REPUTATION_PROVIDERS=none it always does (offline). */
export type Reputation = {
  __typename?: 'Reputation';
  /** The address, as text. */
  address: Scalars['IPAddress']['output'];
  /** The AS, to pivot to. */
  asn?: Maybe<Asn>;
  /** Our label of the AS (isp, mobile, hosting, datacenter, search_engine). */
  asnLabel?: Maybe<Scalars['String']['output']>;
  /** AS number. */
  asnNumber?: Maybe<Scalars['Int']['output']>;
  /** AS organisation. */
  asnOrganization?: Maybe<Scalars['String']['output']>;
  /** Which sources answered: ip-api, ipinfo, own data. */
  basedOn: Array<Scalars['String']['output']>;
  /** The country, to pivot to. */
  country?: Maybe<Country>;
  /** ISO country code. */
  countryCode?: Maybe<Scalars['String']['output']>;
  /** Providers are configured but none answered: our data only. */
  degraded: Scalars['Boolean']['output'];
  /** A hosting provider or data centre (from the providers, else from our AS label). */
  hosting?: Maybe<Scalars['Boolean']['output']>;
  /** The address. */
  ip: Ip;
  /** ISP name. */
  isp?: Maybe<Scalars['String']['output']>;
  /** A mobile carrier; null when no provider tells. */
  mobile?: Maybe<Scalars['Boolean']['output']>;
  /** Anonymizer, hosting, mobile, ISP or unknown. */
  networkType: NetworkType;
  /** No provider is configured (REPUTATION_PROVIDERS=none): our data only. */
  offline: Scalars['Boolean']['output'];
  /** What our capture knows of the address (last 30 days); null when unseen. */
  ownData?: Maybe<ReputationOwnData>;
  /** A proxy, VPN or Tor exit, as any provider says (ip-api counts all three as proxy); null when none tells. */
  proxy?: Maybe<Scalars['Boolean']['output']>;
  /** Each provider’s own answer. */
  sources: Array<ReputationSource>;
  /** A Tor exit; null when no provider tells. */
  tor?: Maybe<Scalars['Boolean']['output']>;
  /** A VPN endpoint; null when no provider tells (keyless providers rarely do). */
  vpn?: Maybe<Scalars['Boolean']['output']>;
};

/** What our own capture recorded for an address in the last 30 days (whole hours): the AS and country most of its requests came from. */
export type ReputationOwnData = {
  __typename?: 'ReputationOwnData';
  /** AS number (0 when none was recorded). */
  asn: Scalars['Int']['output'];
  /** Our label of the AS. */
  asnLabel: Scalars['String']['output'];
  /** AS organisation. */
  asnOrganization: Scalars['String']['output'];
  /** ISO country code. */
  countryCode: Scalars['String']['output'];
  /** Its latest request. */
  lastSeen: Scalars['DateTime']['output'];
};

/** A public IP reputation database (both are asked without an API key). */
export type ReputationProvider =
  /** ipinfo.io: AS and country (privacy flags only with a paid token). */
  | 'IPINFO'
  /** ip-api.com: AS, ISP, country, proxy/VPN/Tor, hosting and mobile flags. */
  | 'IP_API';

/** What one provider said, as received. */
export type ReputationSource = {
  __typename?: 'ReputationSource';
  /** AS number it reports. */
  asn?: Maybe<Scalars['Int']['output']>;
  /** Served from the cache (REPUTATION_CACHE_TTL_S, 24 h by default). */
  cached: Scalars['Boolean']['output'];
  /** Country it places the address in. */
  countryCode?: Maybe<Scalars['String']['output']>;
  /** When it was asked. */
  fetchedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Hosting flag, when it tells. */
  hosting?: Maybe<Scalars['Boolean']['output']>;
  /** ISP or AS organisation it reports. */
  isp?: Maybe<Scalars['String']['output']>;
  /** Why it did not answer, when it did not. */
  message?: Maybe<Scalars['String']['output']>;
  /** Mobile carrier flag, when it tells. */
  mobile?: Maybe<Scalars['Boolean']['output']>;
  /** Which database. */
  provider: ReputationProvider;
  /** Proxy flag, when it tells. */
  proxy?: Maybe<Scalars['Boolean']['output']>;
  /** Its answer, unmodified. */
  raw?: Maybe<Scalars['JSON']['output']>;
  /** How it answered. */
  status: ReputationSourceStatus;
  /** Tor exit flag, when it tells. */
  tor?: Maybe<Scalars['Boolean']['output']>;
  /** VPN flag, when it tells. */
  vpn?: Maybe<Scalars['Boolean']['output']>;
};

/** How a provider answered. */
export type ReputationSourceStatus =
  /** It failed, refused the address or answered something unreadable. */
  | 'ERROR'
  /** It answered. */
  | 'OK'
  /** Its rate limit is reached: not asked until it allows it again. */
  | 'RATE_LIMITED'
  /** Not asked: a private or reserved address, or past the per-request lookup limit. */
  | 'SKIPPED'
  /** No answer within REPUTATION_TIMEOUT_MS. */
  | 'TIMEOUT';

/** Restricts a request list; every given criterion must hold. */
export type RequestFilter = {
  /** Host name containing this text (case-insensitive). */
  hostContains?: InputMaybe<Scalars['String']['input']>;
  /** This HTTP version, e.g. HTTP/2. */
  httpVersion?: InputMaybe<Scalars['String']['input']>;
  /** This JA4. */
  ja4?: InputMaybe<Scalars['String']['input']>;
  /** Any of these HTTP methods. */
  methods?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these response statuses (100–599). */
  statuses?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** What to sort requests by. */
export type RequestSortField =
  /** By src_country_code. */
  | 'COUNTRY'
  /** By host. */
  | 'HOST'
  /** By http_version. */
  | 'HTTP_VERSION'
  /** By src_ip. */
  | 'IP'
  /** By ja4. */
  | 'JA4'
  /** By method. */
  | 'METHOD'
  /** By path. */
  | 'PATH'
  /** By status. */
  | 'STATUS'
  /** By time. */
  | 'TIME'
  /** By header_user_agent. */
  | 'USER_AGENT';

/** The time window an answer actually covers. */
export type ResolvedWindow = {
  __typename?: 'ResolvedWindow';
  /** Whether the graph layer has counted every hour of the window. False while an install of the layer is still counting the history before it was installed: fields read from the layer then answer low for the hours not counted yet (`missingHours`). */
  complete: Scalars['Boolean']['output'];
  /** Hours of the window the graph layer has not counted yet (0 once its install is complete). */
  missingHours: Scalars['Int']['output'];
  /** Start, inclusive. */
  since: Scalars['DateTime']['output'];
  /** End, exclusive. */
  until: Scalars['DateTime']['output'];
};

/** Pages and the sub-resources fetched after them, in one hour on one host: headless browsers fetch with machine-regular delays. */
export type ResourceCascade = {
  __typename?: 'ResourceCascade';
  /** Mean delay between a request and the next sub-resource. */
  avgDelayMs: Scalars['Float']['output'];
  /** The host. */
  host: Scalars['String']['output'];
  /** The hour. */
  hour: Scalars['DateTime']['output'];
  /** Most sub-resources after one page. */
  maxSubResources: Scalars['Int']['output'];
  /** Pages requested. */
  pages: Scalars['Int']['output'];
  /** Its standard deviation: low means machine-like. */
  stddevDelayMs: Scalars['Float']['output'];
};

/** A retro-hunt: which of a document’s indicators the traffic saw, when, and what else they touched. */
export type RetroHunt = {
  __typename?: 'RetroHunt';
  /** The format the document was read as. */
  format: HuntFormat;
  /** The indicators with what the traffic holds of each. */
  matches: HuntMatchConnection;
  /** The window’s start (whole hours). */
  since: Scalars['DateTime']['output'];
  /** The source named in the input. */
  source?: Maybe<Scalars['String']['output']>;
  /** Counts of indicators seen, not seen, and unreadable parts. */
  summary: HuntSummary;
  /** What could not be read, with where and why (at most 500). */
  unreadable: Array<HuntUnreadable>;
  /** The window’s end (exclusive). */
  until: Scalars['DateTime']['output'];
};


/** A retro-hunt: which of a document’s indicators the traffic saw, when, and what else they touched. */
export type RetroHuntMatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<HuntIndicatorKind>;
  seen?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<HuntSort>;
};

/** A document of indicators to look for in the traffic. */
export type RetroHuntInput = {
  /** A CSV’s indicator column: its header or its 1-based number. */
  column?: InputMaybe<Scalars['String']['input']>;
  /** Its format; detected from the content when absent. */
  format?: InputMaybe<HuntFormat>;
  /** Where it came from (a file name, a feed): said back, and named by an investigation saved from the hunt. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The document’s text (a file’s content, or what was pasted). */
  text: Scalars['String']['input'];
};

/** Everything that says how risky an IP is, combined into one transparent score. */
export type RiskAssessment = {
  __typename?: 'RiskAssessment';
  /** The breakdown. */
  factors: Array<RiskFactor>;
  /** POSTs on authentication paths. */
  loginPosts: Scalars['Int']['output'];
  /** The suggested classification. */
  recommendation: Recommendation;
  /** Days it was flagged on. */
  recurrenceDays: Scalars['Int']['output'];
  /** The band of the risk score (the thresholds the recommendation uses). */
  riskLevel: RiskLevel;
  /** Risk 0–100: the sum of the factors’ points. */
  riskScore: Scalars['Int']['output'];
};

/** One part of the risk score: its weight, how strongly it is present, and the evidence. */
export type RiskFactor = {
  __typename?: 'RiskFactor';
  /** What was seen. */
  evidence: Scalars['String']['output'];
  /** ML_SCORE, BRUTE_FORCE, TCP_SPOOFING, TLS_SPOOFING, JA4_ROTATION, UA_ROTATION or PERSISTENCE. */
  factor: Scalars['String']['output'];
  /** weight × value: its share of the score. */
  points: Scalars['Float']['output'];
  /** Whether it counts as detected: fully present for brute force (20 login POSTs), JA4 rotation (3 JA4s) and persistence (4 days); any evidence for the others. */
  present: Scalars['Boolean']['output'];
  /** How strongly it is present, 0–1. */
  value: Scalars['Float']['output'];
  /** Its weight (the weights sum to 100). */
  weight: Scalars['Int']['output'];
};

/** The band a risk score falls in. */
export type RiskLevel =
  /** Below 25. */
  | 'LOW'
  /** 50 or more. */
  | 'MALICIOUS'
  /** 25 to 49. */
  | 'SUSPICIOUS';

/** An IP in the riskiest list: its risk, its detections and the analyst’s verdict. */
export type RiskRankedIp = {
  __typename?: 'RiskRankedIp';
  /** Its detections in the window. */
  detections: Scalars['Int']['output'];
  /** The IP. */
  ip: Ip;
  /** Its latest detection in the window. */
  lastDetected: Scalars['DateTime']['output'];
  /** Its highest anomaly score in the window. */
  maxScore: Scalars['Float']['output'];
  /** LOW, SUSPICIOUS or MALICIOUS. */
  riskLevel: Scalars['String']['output'];
  /** Risk 0–100 over the window (as `IP.investigation.riskScore`). */
  riskScore: Scalars['Int']['output'];
  /** The analyst’s latest verdict on it (all time), if any. */
  verdict?: Maybe<ClassificationLabel>;
  /** The threat level of that score. */
  worstLevel: Scalars['String']['output'];
};

/** A column of the riskiest list. */
export type RiskRankingSort =
  /** Detections. */
  | 'DETECTIONS'
  /** Address (as text). */
  | 'IP'
  /** Latest detection. */
  | 'LAST_DETECTED'
  /** Highest anomaly score. */
  | 'MAX_SCORE'
  /** Risk score. */
  | 'RISK'
  /** The analyst’s verdict: malicious, suspicious, legitimate, none. */
  | 'VERDICT';

/** IPs ranked by risk. */
export type RiskiestIps = {
  __typename?: 'RiskiestIps';
  /** How many IPs were scored: the flagged ones with the highest anomaly scores, at most 300. */
  candidates: Scalars['Int']['output'];
  /** The ranked IPs. */
  items: Array<RiskRankedIp>;
};

/** Scored windows whose anomaly score falls in [from, to), for one model. */
export type ScoreBucket = {
  __typename?: 'ScoreBucket';
  /** Scored windows. */
  count: Scalars['Int']['output'];
  /** Lower bound. */
  from: Scalars['Float']['output'];
  /** The model. */
  model: Scalars['String']['output'];
  /** Upper bound (exclusive). */
  to: Scalars['Float']['output'];
};

/** Anomaly scores of one model in one hour. */
export type ScoreTrendPoint = {
  __typename?: 'ScoreTrendPoint';
  /** Mean score. */
  average: Scalars['Float']['output'];
  /** Highest score. */
  max: Scalars['Float']['output'];
  /** The model. */
  model: Scalars['String']['output'];
  /** 95th percentile. */
  p95: Scalars['Float']['output'];
  /** Start of the hour. */
  start: Scalars['DateTime']['output'];
  /** Windows scored. */
  windows: Scalars['Int']['output'];
};

/** How a result matched the query. */
export type SearchMatch =
  /** The key (or AS name, country name or CIDR range) contains the query. */
  | 'CONTAINS'
  /** The query is this entity’s key. */
  | 'EXACT'
  /** The key starts with the query (IP prefixes). */
  | 'PREFIX';

/** One quick-search hit, ready to open. */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** The entity found. */
  entity: Entity;
  /** Its activity in the window (requests; detection hits for campaigns). */
  hits: Scalars['Float']['output'];
  /** Its key. */
  key: Scalars['String']['output'];
  /** What to show: the key, or the name an AS or a country was found by. */
  label: Scalars['String']['output'];
  /** How it matched. */
  match: SearchMatch;
  /** Its type. */
  type: EntityType;
};

/** What to group sessions by. */
export type SessionDimension =
  /** Kind of network (isp, mobile, hosting, datacenter, search_engine). */
  | 'ASN_LABEL'
  /** AS organisation. */
  | 'ASN_ORG'
  /** Known bot name. */
  | 'BOT_NAME'
  /** Browser family the User-Agent claims. */
  | 'BROWSER_FAMILY'
  /** Country code. */
  | 'COUNTRY'
  /** TLS fingerprint. */
  | 'JA4';

/** Sessions sharing the values of the requested dimensions. */
export type SessionGroup = {
  __typename?: 'SessionGroup';
  /** Mean share of 4xx. */
  avgFuzzingIndex: Scalars['Float']['output'];
  /** Mean requests per minute. */
  avgHitVelocity: Scalars['Float']['output'];
  /** Mean modern-browser score. */
  avgModernBrowserScore: Scalars['Float']['output'];
  /** Requests. */
  hits: Scalars['Float']['output'];
  /** Sessions (IP × JA4 × hour). */
  sessions: Scalars['Int']['output'];
  /** Distinct IPs. */
  uniqueIps: Scalars['Int']['output'];
  /** The dimension values, in the order of `by`. */
  values: Array<Scalars['String']['output']>;
};

/** One session (IP × JA4 × hour) and its features: a point of a scatter plot. */
export type SessionPoint = {
  __typename?: 'SessionPoint';
  /** Kind of network. */
  asnLabel: Scalars['String']['output'];
  /** Known bot name, if any. */
  botName: Scalars['String']['output'];
  /** Its features. */
  features: Array<FeatureMean>;
  /** Requests in the session. */
  hits: Scalars['Float']['output'];
  /** The IP. */
  ip: Ip;
  /** The JA4. */
  ja4: Scalars['String']['output'];
};

/** The bot-detector’s sessions (IP × JA4 × hour of view_ai_features_1h), counted and grouped. */
export type SessionStats = {
  __typename?: 'SessionStats';
  /** Sessions grouped by one to three dimensions, most sessions first. */
  breakdown: Array<SessionGroup>;
  /** Sessions with neither a browser family nor a known bot. */
  unexplained: Scalars['Int']['output'];
};


/** The bot-detector’s sessions (IP × JA4 × hour of view_ai_features_1h), counted and grouped. */
export type SessionStatsBreakdownArgs = {
  by: Array<SessionDimension>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeEmpty?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A fingerprint sharing sections a and c with another: the same client after cipher-list rotation. */
export type SimilarJa4 = {
  __typename?: 'SimilarJA4';
  /** Its requests in the window. */
  hits: Scalars['Float']['output'];
  /** The sibling fingerprint. */
  ja4: Ja4;
  /** Its distinct IPs in the window. */
  uniqueIps: Scalars['Int']['output'];
};

/** An IP ranked by how many evasion techniques it combines. */
export type SophisticatedIp = {
  __typename?: 'SophisticatedIp';
  /** The IP. */
  ip: Ip;
  /** Share of the techniques used (0–1). */
  score: Scalars['Float']['output'];
  /** Techniques found. */
  techniques: Array<EvasionTechnique>;
};

/** Sort direction. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest (or newest) first. */
  | 'DESC';

/** A /24 (IPv4) or /64 (IPv6) network. */
export type Subnet = Entity & Node & {
  __typename?: 'Subnet';
  /** The AS this network belongs to. */
  asn?: Maybe<Asn>;
  /** The network in CIDR notation. */
  cidr: Scalars['String']['output'];
  /** Analysts’ decisions about this entity, newest first (all time). */
  classifications: Array<Classification>;
  /** Detections (flagged scoring windows, both models) in the window. Window: up to 365 days (read from the graph layer). */
  detectionCount: Scalars['Int']['output'];
  /** Detections of IPs of this network in the window, newest first. Window: up to 31 days (reads raw rows). */
  detections: DetectionConnection;
  /** First activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Requests in the window (for campaigns and detections: requests in the flagged scoring windows). Window: up to 365 days (read from the graph layer). */
  hits: Scalars['Float']['output'];
  /** Global id: stable, opaque, usable with `node` and in shared links. */
  id: Scalars['ID']['output'];
  /** IPs of this network seen in the window. Window: up to 365 days (read from the graph layer). */
  ips: IpConnection;
  /** The natural key: an address, fingerprint, AS number, host name, country code, … */
  key: Scalars['String']['output'];
  /** Last activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Typed expansion, like a Maltego transform: for each requested type, the linked entities with link weight, and how many neighbours each of them has in turn. Window: up to 365 days (read from the graph layer). */
  neighbors: Array<NeighborGroup>;
  /** Analysts’ notes about this entity in the saved investigations the caller may open, newest first. */
  notes: Array<InvestigationNote>;
  /** Detections per threat level in the window, most severe first (every level, zeros included). Window: up to 365 days (read from the graph layer). */
  threatLevels: Array<ThreatLevelCount>;
  /** Requests per time bucket across the window, zero-filled; the bucket (1 hour … 1 week) keeps it within 72 points. Window: up to 365 days (read from the graph layer). */
  timeline: Array<TimelinePoint>;
  /** The kind of entity. */
  type: EntityType;
  /** Distinct source IPs in the window (exact: per-hour sets of addresses merged, never summed or estimated). Window: up to 365 days (read from the graph layer). */
  uniqueIps: Scalars['Int']['output'];
  /** 4 or 6. */
  version: Scalars['Int']['output'];
  /** The watches on this entity the caller sees (their own and the team’s): what the watch toggle beside it shows. */
  watches: Array<Watch>;
  /** The window its fields cover by default: the one it was reached with, rounded out to whole UTC hours. */
  window: ResolvedWindow;
};


/** A /24 (IPv4) or /64 (IPv6) network. */
export type SubnetClassificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A /24 (IPv4) or /64 (IPv6) network. */
export type SubnetDetectionCountArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A /24 (IPv4) or /64 (IPv6) network. */
export type SubnetDetectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A /24 (IPv4) or /64 (IPv6) network. */
export type SubnetFirstSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A /24 (IPv4) or /64 (IPv6) network. */
export type SubnetHitsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A /24 (IPv4) or /64 (IPv6) network. */
export type SubnetIpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A /24 (IPv4) or /64 (IPv6) network. */
export type SubnetLastSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A /24 (IPv4) or /64 (IPv6) network. */
export type SubnetNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  window?: InputMaybe<TimeWindow>;
};


/** A /24 (IPv4) or /64 (IPv6) network. */
export type SubnetThreatLevelsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A /24 (IPv4) or /64 (IPv6) network. */
export type SubnetTimelineArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A /24 (IPv4) or /64 (IPv6) network. */
export type SubnetUniqueIpsArgs = {
  window?: InputMaybe<TimeWindow>;
};

/** Linked Subnet entities, heaviest link first. */
export type SubnetConnection = {
  __typename?: 'SubnetConnection';
  /** The items of this page, with their link data. */
  edges: Array<SubnetEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** How many distinct linked entities there are in the window (exact: merged per-hour sets, never an estimate). */
  totalCount: Scalars['Int']['output'];
};

/** A link to a Subnet, with its weight. */
export type SubnetEdge = {
  __typename?: 'SubnetEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** First request carrying the link. */
  firstSeen: Scalars['DateTime']['output'];
  /** Requests that carry both ends of the link in the window (its weight). */
  hits: Scalars['Float']['output'];
  /** Last request carrying the link. */
  lastSeen: Scalars['DateTime']['output'];
  /** The item. */
  node: Subnet;
  /** Distinct source IPs behind the link. */
  uniqueIps: Scalars['Int']['output'];
};

/** Live events over server-sent events (`Accept: text/event-stream`). */
export type Subscription = {
  __typename?: 'Subscription';
  /** Alerts as they are raised or extended, live (server-sent events: `Accept: text/event-stream`), among those the caller may see. The stream ends when the client goes away. */
  alertRaised: Alert;
};


/** Live events over server-sent events (`Accept: text/event-stream`). */
export type SubscriptionAlertRaisedArgs = {
  scope?: InputMaybe<AlertScope>;
};

/** Row count of one ClickHouse table. */
export type TableCount = {
  __typename?: 'TableCount';
  /** Number of rows (exact count). */
  rows: Scalars['Float']['output'];
  /** Table name. */
  table: Scalars['String']['output'];
};

/** An IP whose TCP stack (initial TTL family) contradicts the operating system its User-Agent claims. */
export type TcpSpoofing = {
  __typename?: 'TcpSpoofing';
  /** AS organisation. */
  asnOrg: Scalars['String']['output'];
  /** The OS the User-Agent claims. */
  claimedOs: Scalars['String']['output'];
  /** Country. */
  countryCode: Scalars['String']['output'];
  /** First such request. */
  firstSeen: Scalars['DateTime']['output'];
  /** Requests with this contradiction (over the retained logs). */
  hits: Scalars['Float']['output'];
  /** The OS family the TCP stack fits. */
  inferredOs: Scalars['String']['output'];
  /** The IP. */
  ip: Ip;
  /** TLS fingerprint. */
  ja4?: Maybe<Ja4>;
  /** TCP fingerprint (JA4T). */
  ja4t: Scalars['String']['output'];
  /** Last such request. */
  lastSeen: Scalars['DateTime']['output'];
  /** TCP maximum segment size. */
  mss: Scalars['Int']['output'];
  /** The contradiction, in words. */
  reason: Scalars['String']['output'];
  /** TTL as received. */
  ttl: Scalars['Int']['output'];
  /** A User-Agent it sent. */
  userAgent: Scalars['String']['output'];
  /** TCP window size. */
  windowSize: Scalars['Int']['output'];
};

/** Spoofing IPs and their requests for one operating system. */
export type TcpSpoofingOsCount = {
  __typename?: 'TcpSpoofingOsCount';
  /** Their requests. */
  hits: Scalars['Float']['output'];
  /** Distinct spoofing IPs. */
  ips: Scalars['Int']['output'];
  /** The operating system. */
  os: Scalars['String']['output'];
};

/** TCP/OS spoofing in a window, counted by ClickHouse: in all, per claimed OS, per observed TCP stack, per TTL × MSS. */
export type TcpSpoofingSummary = {
  __typename?: 'TcpSpoofingSummary';
  /** Per OS the User-Agent claims, most IPs first. */
  byClaimedOs: Array<TcpSpoofingOsCount>;
  /** Per OS the TCP stack shows, most IPs first. */
  byInferredOs: Array<TcpSpoofingOsCount>;
  /** Their requests. */
  spoofedRequests: Scalars['Float']['output'];
  /** Distinct IPs whose TCP stack contradicts their User-Agent. */
  spoofingIps: Scalars['Int']['output'];
  /** The TTL × MSS matrix, most IPs first. */
  ttlMss: Array<TcpSpoofingTtlMss>;
};

/** Spoofing IPs seen with one TTL and MSS. */
export type TcpSpoofingTtlMss = {
  __typename?: 'TcpSpoofingTtlMss';
  /** Their requests. */
  hits: Scalars['Float']['output'];
  /** Distinct spoofing IPs. */
  ips: Scalars['Int']['output'];
  /** TCP maximum segment size. */
  mss: Scalars['Int']['output'];
  /** IP TTL as received. */
  ttl: Scalars['Int']['output'];
};

/** The bot-detector’s verdict on a scoring window, most severe first. */
export type ThreatLevel =
  /** Anomaly score ≥ 0.8. */
  | 'CRITICAL'
  /** Anomaly score ≥ 0.65. */
  | 'HIGH'
  /** A verified crawler (Googlebot, Bingbot, …). */
  | 'KNOWN_BOT'
  /** Scored as a real browser (not a detection). */
  | 'LEGITIMATE_BROWSER'
  /** Anomaly score ≥ 0.28. */
  | 'LOW'
  /** Anomaly score ≥ 0.45. */
  | 'MEDIUM';

/** How many detections carried one threat level. */
export type ThreatLevelCount = {
  __typename?: 'ThreatLevelCount';
  /** Detections at that level. */
  count: Scalars['Int']['output'];
  /** The threat level. */
  level: ThreatLevel;
};

/** A time window: a preset, or explicit bounds (`since` inclusive, `until` exclusive; `until` defaults to now). At most 365 days wide on fields that read only the graph layer, 31 on fields that read raw rows: each field's description says which. */
export type TimeWindow = {
  /** A window ending at `until` (or now). */
  preset?: InputMaybe<WindowPreset>;
  /** Start, inclusive. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** End, exclusive; defaults to now. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Activity in one time bucket. */
export type TimelinePoint = {
  __typename?: 'TimelinePoint';
  /** Requests in the bucket. */
  hits: Scalars['Float']['output'];
  /** Start of the bucket. */
  start: Scalars['DateTime']['output'];
  /** Distinct source IPs in the bucket. */
  uniqueIps: Scalars['Int']['output'];
};

/** A TLS fingerprint sending User-Agents of a browser it cannot be: a client lying about what it is. */
export type TlsSpoofing = {
  __typename?: 'TlsSpoofing';
  /** The browser family its User-Agents claim. */
  claimedBrowser: Scalars['String']['output'];
  /** Requests. */
  hits: Scalars['Float']['output'];
  /** Distinct IPs that sent them (an IP counted once, however many User-Agents it sent). */
  ipCount: Scalars['Int']['output'];
  /** The fingerprint. */
  ja4: Ja4;
  /** Why the fingerprint cannot be that browser. */
  reason: Scalars['String']['output'];
  /** Its busiest User-Agent. */
  sampleUserAgent: Scalars['String']['output'];
  /** Distinct User-Agents. */
  userAgents: Scalars['Int']['output'];
};

/** An IP ranked by its detections in the window. */
export type TopDetectedIp = {
  __typename?: 'TopDetectedIp';
  /** Its AS organisation. */
  asnOrg: Scalars['String']['output'];
  /** Its country. */
  countryCode: Scalars['String']['output'];
  /** Its detections. */
  detections: Scalars['Int']['output'];
  /** The IP. */
  ip: Ip;
  /** The level of its worst detection. */
  threatLevel: ThreatLevel;
  /** Its highest anomaly score. */
  worstScore: Scalars['Float']['output'];
};

/** When traffic arrives and where it goes: the heatmaps. */
export type Traffic = {
  __typename?: 'Traffic';
  /** Requests per day of week and hour (cells with traffic). */
  byDayHour: Array<DayHourTraffic>;
  /** Requests per hour of the day over all hosts (24 points, zero-filled). */
  byHour: Array<HourActivity>;
  /** The busiest hosts, most requests first. */
  topHosts: Array<Host>;
  /** Requests per value of a TLS/TCP property, with the share from flagged IPs (top 100 values). */
  transport: Array<TransportValue>;
};


/** When traffic arrives and where it goes: the heatmaps. */
export type TrafficTopHostsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** When traffic arrives and where it goes: the heatmaps. */
export type TrafficTransportArgs = {
  by: TransportDimension;
};

/** A TLS or TCP property of requests (the detector’s “source B” features). */
export type TransportDimension =
  /** First ALPN value offered (JA4 section a; h2, h1, 00 = none). */
  | 'ALPN'
  /** Number of cipher suites offered (JA4 section a). */
  | 'CIPHER_COUNT'
  /** HTTP version. */
  | 'HTTP_VERSION'
  /** Initial IP TTL family (64, 128, 255). */
  | 'INITIAL_TTL'
  /** TCP fingerprint. */
  | 'JA4T'
  /** TCP maximum segment size. */
  | 'TCP_MSS'
  /** TCP window size of the SYN. */
  | 'TCP_WINDOW'
  /** Negotiated TLS version. */
  | 'TLS_VERSION';

/** Requests carrying one transport property value. */
export type TransportValue = {
  __typename?: 'TransportValue';
  /** Of the requests, those from IPs flagged in the window (known crawlers excluded). */
  flaggedHits: Scalars['Float']['output'];
  /** Requests. */
  hits: Scalars['Float']['output'];
  /** Distinct IPs. */
  uniqueIps: Scalars['Int']['output'];
  /** The value. */
  value: Scalars['String']['output'];
};

/** What one user did. */
export type UserActivity = {
  __typename?: 'UserActivity';
  /** Attempts per action. */
  actions: Array<AuditTally>;
  /** Failed attempts. */
  failed: Scalars['Int']['output'];
  /** Last attempt. */
  lastActive: Scalars['DateTime']['output'];
  /** Refused attempts. */
  refused: Scalars['Int']['output'];
  /** Their role. */
  role: Scalars['String']['output'];
  /** Write attempts. */
  total: Scalars['Int']['output'];
  /** The user. */
  user: Scalars['String']['output'];
};

/** A User-Agent header value. */
export type UserAgent = Entity & Node & {
  __typename?: 'UserAgent';
  /** Chrome, Firefox, Safari, Edge, or empty. */
  browserFamily: Scalars['String']['output'];
  /** What it claims to be. */
  category: UserAgentCategory;
  /** Analysts’ decisions about this entity, newest first (all time). */
  classifications: Array<Classification>;
  /** Detections (flagged scoring windows, both models) in the window. Window: up to 365 days (read from the graph layer). */
  detectionCount: Scalars['Int']['output'];
  /** Detections of windows with this User-Agent in the window, newest first. Window: up to 31 days (reads raw rows). */
  detections: DetectionConnection;
  /** First activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Requests in the window (for campaigns and detections: requests in the flagged scoring windows). Window: up to 365 days (read from the graph layer). */
  hits: Scalars['Float']['output'];
  /** Hosts that received this User-Agent. Window: up to 365 days (read from the graph layer). */
  hosts: HostConnection;
  /** Global id: stable, opaque, usable with `node` and in shared links. */
  id: Scalars['ID']['output'];
  /** IPs that sent this User-Agent. Window: up to 365 days (read from the graph layer). */
  ips: IpConnection;
  /** Fingerprints that sent this User-Agent (a browser UA over a script JA4 is a lie). Window: up to 365 days (read from the graph layer). */
  ja4s: Ja4Connection;
  /** The natural key: an address, fingerprint, AS number, host name, country code, … */
  key: Scalars['String']['output'];
  /** Last activity in the window (null when none). Window: up to 365 days (read from the graph layer). */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Typed expansion, like a Maltego transform: for each requested type, the linked entities with link weight, and how many neighbours each of them has in turn. Window: up to 365 days (read from the graph layer). */
  neighbors: Array<NeighborGroup>;
  /** Analysts’ notes about this entity in the saved investigations the caller may open, newest first. */
  notes: Array<InvestigationNote>;
  /** Detections per threat level in the window, most severe first (every level, zeros included). Window: up to 365 days (read from the graph layer). */
  threatLevels: Array<ThreatLevelCount>;
  /** Requests per time bucket across the window, zero-filled; the bucket (1 hour … 1 week) keeps it within 72 points. Window: up to 365 days (read from the graph layer). */
  timeline: Array<TimelinePoint>;
  /** The kind of entity. */
  type: EntityType;
  /** Distinct source IPs in the window (exact: per-hour sets of addresses merged, never summed or estimated). Window: up to 365 days (read from the graph layer). */
  uniqueIps: Scalars['Int']['output'];
  /** The header value. */
  value: Scalars['String']['output'];
  /** The watches on this entity the caller sees (their own and the team’s): what the watch toggle beside it shows. */
  watches: Array<Watch>;
  /** The window its fields cover by default: the one it was reached with, rounded out to whole UTC hours. */
  window: ResolvedWindow;
};


/** A User-Agent header value. */
export type UserAgentClassificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A User-Agent header value. */
export type UserAgentDetectionCountArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A User-Agent header value. */
export type UserAgentDetectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A User-Agent header value. */
export type UserAgentFirstSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A User-Agent header value. */
export type UserAgentHitsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A User-Agent header value. */
export type UserAgentHostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A User-Agent header value. */
export type UserAgentIpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A User-Agent header value. */
export type UserAgentJa4sArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};


/** A User-Agent header value. */
export type UserAgentLastSeenArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A User-Agent header value. */
export type UserAgentNeighborsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  window?: InputMaybe<TimeWindow>;
};


/** A User-Agent header value. */
export type UserAgentThreatLevelsArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A User-Agent header value. */
export type UserAgentTimelineArgs = {
  window?: InputMaybe<TimeWindow>;
};


/** A User-Agent header value. */
export type UserAgentUniqueIpsArgs = {
  window?: InputMaybe<TimeWindow>;
};

/** What kind of client a User-Agent claims to be. */
export type UserAgentCategory =
  /** A declared crawler or bot. */
  | 'BOT'
  /** A desktop or mobile browser. */
  | 'BROWSER'
  /** A headless or automated browser. */
  | 'HEADLESS'
  /** An HTTP library or command-line tool (python-requests, curl, Go, …). */
  | 'SCRIPT'
  /** None of the above. */
  | 'UNKNOWN';

/** Traffic per kind of client the User-Agents claim. */
export type UserAgentCategorySummary = {
  __typename?: 'UserAgentCategorySummary';
  /** The category. */
  category: UserAgentCategory;
  /** Requests. */
  hits: Scalars['Float']['output'];
  /** Distinct IPs (an IP counted once, however many User-Agents it sent). */
  ipCount: Scalars['Int']['output'];
  /** The busiest one. */
  sampleUserAgent: Scalars['String']['output'];
  /** Distinct User-Agents. */
  userAgents: Scalars['Int']['output'];
};

/** Linked UserAgent entities, heaviest link first. */
export type UserAgentConnection = {
  __typename?: 'UserAgentConnection';
  /** The items of this page, with their link data. */
  edges: Array<UserAgentEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** How many distinct linked entities there are in the window (exact: merged per-hour sets, never an estimate). */
  totalCount: Scalars['Int']['output'];
};

/** A link to a UserAgent, with its weight. */
export type UserAgentEdge = {
  __typename?: 'UserAgentEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** First request carrying the link. */
  firstSeen: Scalars['DateTime']['output'];
  /** Requests that carry both ends of the link in the window (its weight). */
  hits: Scalars['Float']['output'];
  /** Last request carrying the link. */
  lastSeen: Scalars['DateTime']['output'];
  /** The item. */
  node: UserAgent;
  /** Distinct source IPs behind the link. */
  uniqueIps: Scalars['Int']['output'];
};

/** An IP and fingerprint sending many User-Agents in one hour: UA rotation. */
export type UserAgentRotation = {
  __typename?: 'UserAgentRotation';
  /** User-Agents in the hour. */
  distinctUserAgents: Scalars['Int']['output'];
  /** The hour. */
  hour: Scalars['DateTime']['output'];
  /** The IP. */
  ip: Ip;
  /** The fingerprint. */
  ja4?: Maybe<Ja4>;
  /** Requests in the hour. */
  requests: Scalars['Float']['output'];
  /** Up to five of them. */
  samples: Array<Scalars['String']['output']>;
};

/** A value (a path, a header layout, …) and how often it was seen. */
export type ValueCount = {
  __typename?: 'ValueCount';
  /** Rows carrying it: requests, or detections when counting detections. */
  count: Scalars['Int']['output'];
  /** Requests carrying it in the window. */
  hits: Scalars['Float']['output'];
  /** Distinct IPs that sent it. */
  uniqueIps: Scalars['Int']['output'];
  /** The value. */
  value: Scalars['String']['output'];
};

/** The most frequent values, with how many distinct values there are. */
export type ValueCountList = {
  __typename?: 'ValueCountList';
  /** The most frequent first: by requests, or by detections when counting detections. */
  items: Array<ValueCount>;
  /** Distinct values in the window. */
  totalCount: Scalars['Int']['output'];
};

/** A count for one value (a model, a browser family, …). */
export type ValueShare = {
  __typename?: 'ValueShare';
  /** How many scored windows carry it. */
  count: Scalars['Int']['output'];
  /** The value. */
  value: Scalars['String']['output'];
};

/** Who the API takes the caller to be: the name their writes are audited under. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Whether they may write (classify, save, watch, work alerts). */
  canWrite: Scalars['Boolean']['output'];
  /** viewer, analyst or admin. */
  role: Scalars['String']['output'];
  /** Their user name (`anonymous` when unidentified). */
  user: Scalars['String']['output'];
  /** How the API knows them: local (no sign-in), token (API_TOKENS), proxy (a trusted proxy’s headers), oidc (the identity provider) or anonymous. */
  via: Scalars['String']['output'];
};

/** A watch on an entity, or on every entity of a saved investigation: its rules are evaluated every minute against the graph layer, and each rule that fires raises one alert per entity and episode. */
export type Watch = {
  __typename?: 'Watch';
  /** Whether the caller may change, mute or delete it. */
  canEdit: Scalars['Boolean']['output'];
  /** When it was created: it alerts on activity from that hour on. */
  createdAt: Scalars['DateTime']['output'];
  /** The entity watched (over the last 7 days); null for a watch on an investigation. */
  entity?: Maybe<Entity>;
  /** Its UUID. */
  id: Scalars['ID']['output'];
  /** The saved investigation watched (all its entities); null for a watch on one entity. */
  investigationId?: Maybe<Scalars['String']['output']>;
  /** That investigation’s name (null when deleted). */
  investigationName?: Maybe<Scalars['String']['output']>;
  /** Raises no alert until then; null when not muted. */
  mutedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** Who created it. */
  owner: Scalars['String']['output'];
  /** Its rules. */
  rules: Array<WatchRule>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version of this state; give it back on a change to be refused (CONFLICT) if it changed since. */
  version: Scalars['Float']['output'];
  /** Who sees it and its alerts. */
  visibility: WatchVisibility;
};

/** What to change; fields left out stay as they are. */
export type WatchChanges = {
  /** Mute until then; null unmutes. */
  mutedUntil?: InputMaybe<Scalars['DateTime']['input']>;
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The new rules (replace them). */
  rules?: InputMaybe<Array<WatchRuleInput>>;
  /** The version you changed: CONFLICT if it changed since. */
  version?: InputMaybe<Scalars['Float']['input']>;
  /** Share with the team, or make private. */
  visibility?: InputMaybe<WatchVisibility>;
};

/** A new watch: on one entity or on a saved investigation, with its rules. */
export type WatchInput = {
  /** The entity to watch (it must have been seen). */
  entity?: InputMaybe<EntityRefInput>;
  /** Or: the UUID of a saved investigation to watch (all its entities, as it changes). */
  investigation?: InputMaybe<Scalars['String']['input']>;
  /** Its name (at most 200 characters; default: what it watches). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Its rules (1 to 8). */
  rules: Array<WatchRuleInput>;
  /** Default: private. */
  visibility?: InputMaybe<WatchVisibility>;
};

/** A page of watches, most recently changed first. */
export type WatchList = {
  __typename?: 'WatchList';
  /** This page. */
  items: Array<Watch>;
  /** How many match. */
  totalCount: Scalars['Int']['output'];
};

/** One rule of a watch. */
export type WatchRule = {
  __typename?: 'WatchRule';
  /** RETURNS_AFTER_SILENCE: days of silence; NEW_NEIGHBOURS: days looked back. */
  days?: Maybe<Scalars['Int']['output']>;
  /** What it waits for. */
  kind: WatchRuleKind;
  /** DETECTIONS: the lowest level. */
  level?: Maybe<ThreatLevel>;
  /** NEW_NEIGHBOURS: the kind of linked entity. */
  neighbour?: Maybe<EntityType>;
  /** VOLUME: the hourly threshold. */
  requestsPerHour?: Maybe<Scalars['Float']['output']>;
  /** The rule in words. */
  text: Scalars['String']['output'];
};

/** One rule. Each kind reads its own fields; the others are ignored. */
export type WatchRuleInput = {
  /** RETURNS_AFTER_SILENCE: days without activity (1–365, needed). NEW_NEIGHBOURS: days looked back for the neighbour (1–365, default 30). */
  days?: InputMaybe<Scalars['Int']['input']>;
  /** What to wait for. */
  kind: WatchRuleKind;
  /** DETECTIONS: the lowest level, CRITICAL to LOW (needed). */
  level?: InputMaybe<ThreatLevel>;
  /** NEW_NEIGHBOURS: the kind of linked entity (needed). */
  neighbour?: InputMaybe<EntityType>;
  /** VOLUME: the hourly threshold (needed). */
  requestsPerHour?: InputMaybe<Scalars['Float']['input']>;
};

/** What a watch waits for. */
export type WatchRuleKind =
  /** Detections at `level` or above. */
  | 'DETECTIONS'
  /** A linked entity of kind `neighbour` not seen with it in the `days` days before (new IPs presenting a watched JA4, a new JA4 on a watched IP, a new host hit by a watched AS). */
  | 'NEW_NEIGHBOURS'
  /** Activity again after `days` days without any. */
  | 'RETURNS_AFTER_SILENCE'
  /** More than `requestsPerHour` requests in one hour. */
  | 'VOLUME';

/** Who sees a watch and the alerts it raises. */
export type WatchVisibility =
  /** Its owner (and admins). */
  | 'PRIVATE'
  /** Everyone on the team; only its owner and admins change it. */
  | 'TEAM';

/** Where new alerts are sent: a JSON POST signed with HMAC-SHA256 over `<timestamp>.<body>` with the webhook's secret (headers `x-ja4graph-signature`, `x-ja4graph-timestamp`), retried with backoff. Admins manage them; their URLs must be among the destinations the operator allowed (WEBHOOK_DESTINATIONS). */
export type Webhook = {
  __typename?: 'Webhook';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Its latest delivery attempts, newest first: failures show their error here. */
  deliveries: Array<WebhookDelivery>;
  /** Whether alerts are sent to it. */
  enabled: Scalars['Boolean']['output'];
  /** Whether its latest delivery failed for good. */
  failing: Scalars['Boolean']['output'];
  /** The body it is sent. */
  format: WebhookFormat;
  /** Its UUID. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Where it posts. */
  url: Scalars['String']['output'];
};


/** Where new alerts are sent: a JSON POST signed with HMAC-SHA256 over `<timestamp>.<body>` with the webhook's secret (headers `x-ja4graph-signature`, `x-ja4graph-timestamp`), retried with backoff. Admins manage them; their URLs must be among the destinations the operator allowed (WEBHOOK_DESTINATIONS). */
export type WebhookDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What to change; fields left out stay. */
export type WebhookChanges = {
  /** Turn it on or off. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new format. */
  format?: InputMaybe<WebhookFormat>;
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new secret. */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** A new URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A new webhook and its secret: shown once, never again. */
export type WebhookCreated = {
  __typename?: 'WebhookCreated';
  /** The secret its deliveries are signed with: give it to the receiver now. */
  secret: Scalars['String']['output'];
  /** The webhook. */
  webhook: Webhook;
};

/** One attempt to deliver to a webhook. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** The alert sent (`test` for a test delivery). */
  alertId: Scalars['String']['output'];
  /** When it was made. */
  at: Scalars['DateTime']['output'];
  /** Which attempt (1 is the first). */
  attempt: Scalars['Int']['output'];
  /** What went wrong; null when delivered. */
  error?: Maybe<Scalars['String']['output']>;
  /** The receiver’s HTTP status; null when none came. */
  httpStatus?: Maybe<Scalars['Int']['output']>;
  /** How long it took. */
  ms: Scalars['Int']['output'];
  /** How it ended. */
  outcome: WebhookDeliveryOutcome;
};

/** How a delivery attempt ended. */
export type WebhookDeliveryOutcome =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** It failed for good (retries spent, a 4xx, or the URL is no longer allowed). */
  | 'FAILED'
  /** It failed and will be tried again (network error, timeout, 429 or 5xx). */
  | 'RETRYING';

/** The body a webhook is sent. */
export type WebhookFormat =
  /** `{event, alert}`: the alert as JSON. */
  | 'JSON'
  /** The same with a `text` line first: what Slack and Microsoft Teams incoming webhooks show. */
  | 'SLACK';

/** A new webhook. */
export type WebhookInput = {
  /** Default true. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default JSON. */
  format?: InputMaybe<WebhookFormat>;
  /** Its name. */
  name: Scalars['String']['input'];
  /** The signing secret (16–256 characters); default: one is made and returned once. */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** Where to post: http(s), among the allowed destinations. */
  url: Scalars['String']['input'];
};

/** A window ending now. */
export type WindowPreset =
  /** The last hour. */
  | 'LAST_1H'
  /** The last 7 days (the default). */
  | 'LAST_7D'
  /** The last 24 hours. */
  | 'LAST_24H'
  /** The last 30 days. */
  | 'LAST_30D'
  /** The last 72 hours (the horizon of the heatmaps and of the recent scores). */
  | 'LAST_72H'
  /** The last 90 days (fields that read the graph layer only; others accept at most 31 days). */
  | 'LAST_90D'
  /** The last 365 days (fields that read the graph layer only). */
  | 'LAST_365D';

export type _Entity = Asn | Campaign | Cluster | Country | Detection | Host | Ip | Ja4 | Subnet | UserAgent;

export type _Service = {
  __typename?: '_Service';
  /** The sdl representing the federated service capabilities. Includes federation directives, removes federation types, and includes rest of full schema after schema directives have been applied */
  sdl?: Maybe<Scalars['String']['output']>;
};

export type LinkedIps_ConnectionFragment = { __typename?: 'IPConnection', totalCount: number, edges: Array<{ __typename?: 'IPEdge', hits: number, node: { __typename?: 'IP', id: string, address: string, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> } }> } & { ' $fragmentName'?: 'LinkedIps_ConnectionFragment' };

export type LinkedJa4s_ConnectionFragment = { __typename?: 'JA4Connection', totalCount: number, edges: Array<{ __typename?: 'JA4Edge', hits: number, uniqueIps: number, node: { __typename?: 'JA4', id: string, fingerprint: string, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> } }> } & { ' $fragmentName'?: 'LinkedJa4s_ConnectionFragment' };

export type LinkedAsns_ConnectionFragment = { __typename?: 'ASNConnection', totalCount: number, edges: Array<{ __typename?: 'ASNEdge', hits: number, uniqueIps: number, node: { __typename?: 'ASN', id: string, number: number, name: string } }> } & { ' $fragmentName'?: 'LinkedAsns_ConnectionFragment' };

export type LinkedCountries_ConnectionFragment = { __typename?: 'CountryConnection', totalCount: number, edges: Array<{ __typename?: 'CountryEdge', hits: number, uniqueIps: number, node: { __typename?: 'Country', id: string, code: string, name: string } }> } & { ' $fragmentName'?: 'LinkedCountries_ConnectionFragment' };

export type LinkedHosts_ConnectionFragment = { __typename?: 'HostConnection', totalCount: number, edges: Array<{ __typename?: 'HostEdge', hits: number, uniqueIps: number, node: { __typename?: 'Host', id: string, name: string } }> } & { ' $fragmentName'?: 'LinkedHosts_ConnectionFragment' };

export type AlertSummaryFragment = { __typename?: 'Alert', id: string, version: number, title: string, state: AlertState, assignee?: string | null, raisedAt: string, lastHour: string, watchName: string, entity:
    | { __typename?: 'ASN', type: EntityType, key: string }
    | { __typename?: 'Campaign', type: EntityType, key: string }
    | { __typename?: 'Cluster', type: EntityType, key: string }
    | { __typename?: 'Country', type: EntityType, key: string }
    | { __typename?: 'Detection', type: EntityType, key: string }
    | { __typename?: 'Host', type: EntityType, key: string }
    | { __typename?: 'IP', type: EntityType, key: string }
    | { __typename?: 'JA4', type: EntityType, key: string }
    | { __typename?: 'Subnet', type: EntityType, key: string }
    | { __typename?: 'UserAgent', type: EntityType, key: string }
   } & { ' $fragmentName'?: 'AlertSummaryFragment' };

export type AlertBadgeQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertBadgeQuery = { __typename?: 'Query', alerts: { __typename?: 'AlertList', newCount: number, items: Array<(
      { __typename?: 'Alert' }
      & { ' $fragmentRefs'?: { 'AlertSummaryFragment': AlertSummaryFragment } }
    )> } };

export type AlertsQueryVariables = Exact<{
  states?: InputMaybe<Array<AlertState> | AlertState>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AlertsQuery = { __typename?: 'Query', alerts: { __typename?: 'AlertList', totalCount: number, newCount: number, items: Array<(
      { __typename?: 'Alert' }
      & { ' $fragmentRefs'?: { 'AlertSummaryFragment': AlertSummaryFragment } }
    )> } };

export type AlertQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AlertQuery = { __typename?: 'Query', alert: (
    { __typename?: 'Alert', rule: string, episodeStart: string, updatedAt: string, evidence: unknown, newEntities: Array<
      | { __typename?: 'ASN', type: EntityType, key: string }
      | { __typename?: 'Campaign', type: EntityType, key: string }
      | { __typename?: 'Cluster', type: EntityType, key: string }
      | { __typename?: 'Country', type: EntityType, key: string }
      | { __typename?: 'Detection', type: EntityType, key: string }
      | { __typename?: 'Host', type: EntityType, key: string }
      | { __typename?: 'IP', type: EntityType, key: string }
      | { __typename?: 'JA4', type: EntityType, key: string }
      | { __typename?: 'Subnet', type: EntityType, key: string }
      | { __typename?: 'UserAgent', type: EntityType, key: string }
    >, watch?: { __typename?: 'Watch', id: string, name: string, investigationId?: string | null } | null, comments: Array<{ __typename?: 'AlertComment', id: string, text: string, author: string, createdAt: string }> }
    & { ' $fragmentRefs'?: { 'AlertSummaryFragment': AlertSummaryFragment } }
  ) };

export type SetAlertStateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Float']['input']>;
  acknowledge: Scalars['Boolean']['input'];
  close: Scalars['Boolean']['input'];
  reopen: Scalars['Boolean']['input'];
}>;


export type SetAlertStateMutation = { __typename?: 'Mutation', acknowledgeAlert?: { __typename?: 'Alert', id: string, version: number, state: AlertState }, closeAlert?: { __typename?: 'Alert', id: string, version: number, state: AlertState }, reopenAlert?: { __typename?: 'Alert', id: string, version: number, state: AlertState } };

export type AssignAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  assignee?: InputMaybe<Scalars['String']['input']>;
}>;


export type AssignAlertMutation = { __typename?: 'Mutation', assignAlert: { __typename?: 'Alert', id: string, version: number, assignee?: string | null } };

export type CommentOnAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type CommentOnAlertMutation = { __typename?: 'Mutation', commentOnAlert: { __typename?: 'AlertComment', id: string } };

export type EntityWatchesQueryVariables = Exact<{
  entity: EntityRefInput;
}>;


export type EntityWatchesQuery = { __typename?: 'Query', watches: { __typename?: 'WatchList', items: Array<{ __typename?: 'Watch', id: string, name: string, owner: string, canEdit: boolean, rules: Array<{ __typename?: 'WatchRule', text: string }> }> } };

export type CreateWatchMutationVariables = Exact<{
  input: WatchInput;
}>;


export type CreateWatchMutation = { __typename?: 'Mutation', createWatch: { __typename?: 'Watch', id: string } };

export type DeleteWatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWatchMutation = { __typename?: 'Mutation', deleteWatch: { __typename?: 'Watch', id: string } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', user: string, canWrite: boolean } };

export type WatchToggle_QueryFragment = { __typename?: 'Query', watches: { __typename?: 'WatchList', items: Array<{ __typename?: 'Watch', id: string, name: string, owner: string, canEdit: boolean, rules: Array<{ __typename?: 'WatchRule', text: string }> }> } } & { ' $fragmentName'?: 'WatchToggle_QueryFragment' };

export type WatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type WatchesQuery = { __typename?: 'Query', watches: { __typename?: 'WatchList', totalCount: number, items: Array<{ __typename?: 'Watch', id: string, version: number, name: string, owner: string, visibility: WatchVisibility, mutedUntil?: string | null, canEdit: boolean, investigationId?: string | null, investigationName?: string | null, entity?:
        | { __typename?: 'ASN', type: EntityType, key: string }
        | { __typename?: 'Campaign', type: EntityType, key: string }
        | { __typename?: 'Cluster', type: EntityType, key: string }
        | { __typename?: 'Country', type: EntityType, key: string }
        | { __typename?: 'Detection', type: EntityType, key: string }
        | { __typename?: 'Host', type: EntityType, key: string }
        | { __typename?: 'IP', type: EntityType, key: string }
        | { __typename?: 'JA4', type: EntityType, key: string }
        | { __typename?: 'Subnet', type: EntityType, key: string }
        | { __typename?: 'UserAgent', type: EntityType, key: string }
       | null, rules: Array<{ __typename?: 'WatchRule', text: string }> }> } };

export type UpdateWatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: WatchChanges;
}>;


export type UpdateWatchMutation = { __typename?: 'Mutation', updateWatch: { __typename?: 'Watch', id: string, version: number, mutedUntil?: string | null, visibility: WatchVisibility } };

export type WatchInvestigationMutationVariables = Exact<{
  id: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
}>;


export type WatchInvestigationMutation = { __typename?: 'Mutation', createWatch: { __typename?: 'Watch', id: string } };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { __typename?: 'Query', webhooks: Array<{ __typename?: 'Webhook', id: string, name: string, url: string, format: WebhookFormat, enabled: boolean, failing: boolean, deliveries: Array<{ __typename?: 'WebhookDelivery', at: string, alertId: string, attempt: number, outcome: WebhookDeliveryOutcome, httpStatus?: number | null, error?: string | null }> }> };

export type CreateWebhookMutationVariables = Exact<{
  input: WebhookInput;
}>;


export type CreateWebhookMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'WebhookCreated', secret: string, webhook: { __typename?: 'Webhook', id: string } } };

export type TestWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestWebhookMutation = { __typename?: 'Mutation', testWebhook: { __typename?: 'WebhookDelivery', outcome: WebhookDeliveryOutcome, httpStatus?: number | null, error?: string | null, ms: number } };

export type DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhook: { __typename?: 'Webhook', id: string } };

export type AsnConcentration_QueryFragment = { __typename?: 'Query', ja4AsnCorrelation: Array<{ __typename?: 'JA4AsnCorrelation', topAsnShare: number, asnCount: number, uniqueIps: number, flaggedShare: number, knownApplications: Array<string>, ja4: { __typename?: 'JA4', id: string, fingerprint: string }, topAsn: { __typename?: 'ASN', id: string, number: number, name: string } }>, legitimateJa4s: Array<{ __typename?: 'JA4AsnCorrelation', uniqueIps: number, asnCount: number, hits: number, knownApplications: Array<string>, ja4: { __typename?: 'JA4', id: string, fingerprint: string } }> } & { ' $fragmentName'?: 'AsnConcentration_QueryFragment' };

export type BruteForceAttackersQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
  host?: InputMaybe<Scalars['String']['input']>;
}>;


export type BruteForceAttackersQuery = { __typename?: 'Query', bruteForce: { __typename?: 'BruteForce', attackers: Array<{ __typename?: 'BruteForceAttack', posts: number, failed: number, distinctPaths: number, asnOrg: string, countryCode: string, lastSeen: string, ip: { __typename?: 'IP', id: string, address: string, asn?: { __typename?: 'ASN', id: string, number: number, name: string } | null }, host: { __typename?: 'Host', id: string, name: string }, ja4?: { __typename?: 'JA4', id: string, fingerprint: string } | null }> } };

export type BruteForceTargets_QueryFragment = { __typename?: 'Query', bruteForce: { __typename?: 'BruteForce', targets: Array<{ __typename?: 'BruteForceTarget', posts: number, failed: number, attackers: number, firstSeen: string, lastSeen: string, host: { __typename?: 'Host', id: string, name: string } }>, timeline: Array<{ __typename?: 'BruteForcePoint', start: string, posts: number, attackers: number }> } } & { ' $fragmentName'?: 'BruteForceTargets_QueryFragment' };

export type ClientMatrix_QueryFragment = { __typename?: 'Query', ja4UserAgentMatrix: Array<{ __typename?: 'JA4UserAgentCell', browserFamily: string, category: UserAgentCategory, hits: number, ipCount: number, ja4: { __typename?: 'JA4', id: string, fingerprint: string } }>, userAgentCategories: Array<{ __typename?: 'UserAgentCategorySummary', category: UserAgentCategory, hits: number, ipCount: number, userAgents: number }> } & { ' $fragmentName'?: 'ClientMatrix_QueryFragment' };

export type FeatureRadarQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
  ip: Scalars['IPAddress']['input'];
  withIp: Scalars['Boolean']['input'];
}>;


export type FeatureRadarQuery = { __typename?: 'Query', humans: { __typename?: 'FeatureProfile', sessions: number, features: Array<{ __typename?: 'FeatureMean', feature: string, value: number, onRadar: boolean }> }, hosting: { __typename?: 'FeatureProfile', sessions: number, features: Array<{ __typename?: 'FeatureMean', feature: string, value: number }> }, ip?: { __typename?: 'IP', id: string, address: string, features?: { __typename?: 'FeatureProfile', sessions: number, features: Array<{ __typename?: 'FeatureMean', feature: string, value: number }> } | null } | null };

export type HeaderClusterIpsQueryVariables = Exact<{
  hash: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
}>;


export type HeaderClusterIpsQuery = { __typename?: 'Query', headerFingerprint?: { __typename?: 'HeaderFingerprint', hash: string, headers: string, ips: Array<{ __typename?: 'HeaderFingerprintIp', hits: number, userAgent: string, asnOrg: string, countryCode: string, ip: { __typename?: 'IP', id: string, address: string, asn?: { __typename?: 'ASN', id: string, number: number, name: string } | null } }> } | null };

export type HeaderLayouts_QueryFragment = { __typename?: 'Query', headerFingerprints: Array<{ __typename?: 'HeaderFingerprint', hash: string, headers: string, headerCount: number, hits: number, uniqueIps: number, userAgents: number, sampleUserAgent: string, sampleJa4: string }> } & { ' $fragmentName'?: 'HeaderLayouts_QueryFragment' };

export type HostsByHour_QueryFragment = { __typename?: 'Query', traffic: { __typename?: 'Traffic', topHosts: Array<{ __typename?: 'Host', id: string, name: string, hourlyActivity: Array<{ __typename?: 'HourActivity', hour: number, hits: number }> }> } } & { ' $fragmentName'?: 'HostsByHour_QueryFragment' };

export type Ja4Spread_QueryFragment = { __typename?: 'Query', ja4Spread: Array<{ __typename?: 'JA4Spread', uniqueIps: number, countries: number, asns: number, hits: number, flaggedShare: number, suspectedBotnet: boolean, botnetEvidence: Array<string>, knownClient: boolean, ja4: { __typename?: 'JA4', id: string, fingerprint: string } }> } & { ' $fragmentName'?: 'Ja4Spread_QueryFragment' };

export type Persistence_QueryFragment = { __typename?: 'Query', persistentThreats: Array<{ __typename?: 'PersistentThreat', days: number, worstThreat: ThreatLevel, worstScore: number, topHost: string, topJa4: string, lastSeen: string, ip: { __typename?: 'IP', id: string, address: string } }>, sophisticatedIps: Array<{ __typename?: 'SophisticatedIp', score: number, techniques: Array<EvasionTechnique>, ip: { __typename?: 'IP', id: string, address: string } }>, huntSuggestions: Array<{ __typename?: 'HuntSuggestion', kind: string, title: string, evidence: string, entity:
      | { __typename?: 'ASN', type: EntityType, key: string }
      | { __typename?: 'Campaign', type: EntityType, key: string }
      | { __typename?: 'Cluster', type: EntityType, key: string }
      | { __typename?: 'Country', type: EntityType, key: string }
      | { __typename?: 'Detection', type: EntityType, key: string }
      | { __typename?: 'Host', type: EntityType, key: string }
      | { __typename?: 'IP', type: EntityType, key: string }
      | { __typename?: 'JA4', type: EntityType, key: string }
      | { __typename?: 'Subnet', type: EntityType, key: string }
      | { __typename?: 'UserAgent', type: EntityType, key: string }
     }> } & { ' $fragmentName'?: 'Persistence_QueryFragment' };

export type Rotators_QueryFragment = { __typename?: 'Query', ja4Rotators: Array<{ __typename?: 'JA4Rotation', day: string, distinctJa4: number, hits: number, ip: { __typename?: 'IP', id: string, address: string }, host: { __typename?: 'Host', id: string, name: string }, ja4s: Array<{ __typename?: 'JA4', id: string, fingerprint: string }> }>, userAgentRotators: Array<{ __typename?: 'UserAgentRotation', hour: string, distinctUserAgents: number, requests: number, samples: Array<string>, ip: { __typename?: 'IP', id: string, address: string } }> } & { ' $fragmentName'?: 'Rotators_QueryFragment' };

export type ScoreCharts_QueryFragment = { __typename?: 'Query', scoreDistribution: Array<{ __typename?: 'ScoreBucket', model: string, from: number, count: number }>, scoreTrends: Array<{ __typename?: 'ScoreTrendPoint', model: string, start: string, p95: number, average: number }>, featureVariance: Array<{ __typename?: 'FeatureMean', feature: string, value: number }> } & { ' $fragmentName'?: 'ScoreCharts_QueryFragment' };

export type SessionScatter_QueryFragment = { __typename?: 'Query', featureSessions: Array<{ __typename?: 'SessionPoint', asnLabel: string, botName: string, ip: { __typename?: 'IP', id: string, address: string }, features: Array<{ __typename?: 'FeatureMean', feature: string, value: number }> }> } & { ' $fragmentName'?: 'SessionScatter_QueryFragment' };

export type SpoofedFingerprints_QueryFragment = { __typename?: 'Query', tlsSpoofing: Array<{ __typename?: 'TlsSpoofing', claimedBrowser: string, ipCount: number, userAgents: number, hits: number, sampleUserAgent: string, reason: string, ja4: { __typename?: 'JA4', id: string, fingerprint: string } }> } & { ' $fragmentName'?: 'SpoofedFingerprints_QueryFragment' };

export type TcpSpoofingIps_QueryFragment = { __typename?: 'Query', tcpSpoofing: Array<{ __typename?: 'TcpSpoofing', claimedOs: string, inferredOs: string, ttl: number, mss: number, windowSize: number, hits: number, userAgent: string, reason: string, asnOrg: string, countryCode: string, ip: { __typename?: 'IP', id: string, address: string }, ja4?: { __typename?: 'JA4', id: string, fingerprint: string } | null }> } & { ' $fragmentName'?: 'TcpSpoofingIps_QueryFragment' };

export type TcpSpoofingOverview_QueryFragment = { __typename?: 'Query', tcpSpoofingSummary: { __typename?: 'TcpSpoofingSummary', spoofingIps: number, spoofedRequests: number, byClaimedOs: Array<{ __typename?: 'TcpSpoofingOsCount', os: string, ips: number, hits: number }>, byInferredOs: Array<{ __typename?: 'TcpSpoofingOsCount', os: string, ips: number, hits: number }>, ttlMss: Array<{ __typename?: 'TcpSpoofingTtlMss', ttl: number, mss: number, ips: number }> } } & { ' $fragmentName'?: 'TcpSpoofingOverview_QueryFragment' };

export type TrafficByHour_QueryFragment = { __typename?: 'Query', traffic: { __typename?: 'Traffic', byDayHour: Array<{ __typename?: 'DayHourTraffic', dayOfWeek: number, hour: number, hits: number }>, byHour: Array<{ __typename?: 'HourActivity', hour: number, hits: number, uniqueIps: number, maxRps: number }> } } & { ' $fragmentName'?: 'TrafficByHour_QueryFragment' };

export type AttributeSummary_ViewFragment = { __typename?: 'AttributeView', count: number, hits: number, uniqueIps: number, firstSeen?: string | null, lastSeen?: string | null, insights: Array<{ __typename?: 'Insight', kind: string, severity: string, message: string }> } & { ' $fragmentName'?: 'AttributeSummary_ViewFragment' };

export type AttributeValuesPanel_ListFragment = { __typename?: 'ValueCountList', totalCount: number, items: Array<{ __typename?: 'ValueCount', value: string, count: number, uniqueIps: number }> } & { ' $fragmentName'?: 'AttributeValuesPanel_ListFragment' };

export type AttributeValuesQueryVariables = Exact<{
  type: AttributeType;
  value: Scalars['String']['input'];
  of: AttributeType;
  first?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<AttributeSource>;
  window?: InputMaybe<TimeWindow>;
}>;


export type AttributeValuesQuery = { __typename?: 'Query', attribute?: { __typename?: 'AttributeView', count: number, values: (
      { __typename?: 'ValueCountList' }
      & { ' $fragmentRefs'?: { 'AttributeValuesPanel_ListFragment': AttributeValuesPanel_ListFragment } }
    ) } | null };

export type ClassifiedUserAgentsPanel_QueryFragment = { __typename?: 'Query', attribute?: { __typename?: 'AttributeView', count: number, botShare: number, userAgents: Array<{ __typename?: 'ClassifiedUserAgent', value: string, category: UserAgentCategory, count: number, uniqueIps: number }> } | null } & { ' $fragmentName'?: 'ClassifiedUserAgentsPanel_QueryFragment' };

export type ClassifiedUserAgentsQueryVariables = Exact<{
  attribute: AttributeType;
  value: Scalars['String']['input'];
  source?: InputMaybe<AttributeSource>;
  window?: InputMaybe<TimeWindow>;
}>;


export type ClassifiedUserAgentsQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'ClassifiedUserAgentsPanel_QueryFragment': ClassifiedUserAgentsPanel_QueryFragment } }
);

export type ClassifyMutationVariables = Exact<{
  input: ClassifyInput;
}>;


export type ClassifyMutation = { __typename?: 'Mutation', classify: { __typename?: 'Classification', id: string, label?: ClassificationLabel | null, tags: Array<string>, analyst: string, createdAt: string } };

export type ClassifyIncidentMutationVariables = Exact<{
  id: Scalars['String']['input'];
  label: ClassificationLabel;
  tags?: InputMaybe<Array<ClassificationTag> | ClassificationTag>;
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClassifyIncidentMutation = { __typename?: 'Mutation', classifyIncident: { __typename?: 'Classification', id: string, label?: ClassificationLabel | null, tags: Array<string>, analyst: string, createdAt: string } };

export type ClassificationHistory_QueryFragment = { __typename?: 'Query', decisions?:
    | { __typename?: 'ASN', key: string, classifications: Array<{ __typename?: 'Classification', id: string, label?: ClassificationLabel | null, rawLabel: string, tags: Array<string>, comment: string, analyst: string, createdAt: string }> }
    | { __typename?: 'Campaign', key: string, classifications: Array<{ __typename?: 'Classification', id: string, label?: ClassificationLabel | null, rawLabel: string, tags: Array<string>, comment: string, analyst: string, createdAt: string }> }
    | { __typename?: 'Cluster', key: string, classifications: Array<{ __typename?: 'Classification', id: string, label?: ClassificationLabel | null, rawLabel: string, tags: Array<string>, comment: string, analyst: string, createdAt: string }> }
    | { __typename?: 'Country', key: string, classifications: Array<{ __typename?: 'Classification', id: string, label?: ClassificationLabel | null, rawLabel: string, tags: Array<string>, comment: string, analyst: string, createdAt: string }> }
    | { __typename?: 'Detection', key: string, classifications: Array<{ __typename?: 'Classification', id: string, label?: ClassificationLabel | null, rawLabel: string, tags: Array<string>, comment: string, analyst: string, createdAt: string }> }
    | { __typename?: 'Host', key: string, classifications: Array<{ __typename?: 'Classification', id: string, label?: ClassificationLabel | null, rawLabel: string, tags: Array<string>, comment: string, analyst: string, createdAt: string }> }
    | { __typename?: 'IP', key: string, classifications: Array<{ __typename?: 'Classification', id: string, label?: ClassificationLabel | null, rawLabel: string, tags: Array<string>, comment: string, analyst: string, createdAt: string }> }
    | { __typename?: 'JA4', key: string, classifications: Array<{ __typename?: 'Classification', id: string, label?: ClassificationLabel | null, rawLabel: string, tags: Array<string>, comment: string, analyst: string, createdAt: string }> }
    | { __typename?: 'Subnet', key: string, classifications: Array<{ __typename?: 'Classification', id: string, label?: ClassificationLabel | null, rawLabel: string, tags: Array<string>, comment: string, analyst: string, createdAt: string }> }
    | { __typename?: 'UserAgent', key: string, classifications: Array<{ __typename?: 'Classification', id: string, label?: ClassificationLabel | null, rawLabel: string, tags: Array<string>, comment: string, analyst: string, createdAt: string }> }
   | null } & { ' $fragmentName'?: 'ClassificationHistory_QueryFragment' };

export type EntityClassificationsQueryVariables = Exact<{
  type: EntityType;
  value: Scalars['String']['input'];
}>;


export type EntityClassificationsQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'ClassificationHistory_QueryFragment': ClassificationHistory_QueryFragment } }
);

export type LiveAlerts_DetectionsFragment = { __typename?: 'DetectionConnection', edges: Array<{ __typename?: 'DetectionEdge', node: { __typename?: 'Detection', id: string, detectedAt: string, threatLevel: ThreatLevel, anomalyScore: number, reason: string, ip: { __typename?: 'IP', id: string, address: string }, host: { __typename?: 'Host', id: string, name: string } } }> } & { ' $fragmentName'?: 'LiveAlerts_DetectionsFragment' };

export type ThreatBars_MetricsFragment = { __typename?: 'DetectionMetrics', totalDetections: number, byLevel: Array<{ __typename?: 'LevelCount', level: ThreatLevel, count: number }> } & { ' $fragmentName'?: 'ThreatBars_MetricsFragment' };

export type ThreatTimeline_MetricsFragment = { __typename?: 'DetectionMetrics', timeline: Array<{ __typename?: 'LevelTimelinePoint', start: string, total: number, levels: Array<{ __typename?: 'LevelCount', level: ThreatLevel, count: number }> }> } & { ' $fragmentName'?: 'ThreatTimeline_MetricsFragment' };

export type DetectionRow_DetectionFragment = { __typename?: 'Detection', id: string, detectionId: string, detectedAt: string, threatLevel: ThreatLevel, anomalyScore: number, model: DetectionModel, windowHits: number, botName: string, reason: string, clientHeaders: string, asnNumber: number, asnOrg: string, countryCode: string, features: { __typename?: 'DetectionFeatures', hitVelocity: number }, ip: { __typename?: 'IP', id: string, address: string, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> }, ja4?: { __typename?: 'JA4', id: string, fingerprint: string, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> } | null, host: { __typename?: 'Host', id: string, name: string } } & { ' $fragmentName'?: 'DetectionRow_DetectionFragment' };

export type IpGroupRow_GroupFragment = { __typename?: 'DetectionIpGroup', detections: number, worstScore: number, worstLevel: ThreatLevel, firstSeen: string, lastSeen: string, hosts: number, ja4s: number, hits: number, asnNumber: number, asnOrg: string, countryCode: string, ip: { __typename?: 'IP', id: string, address: string, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> } } & { ' $fragmentName'?: 'IpGroupRow_GroupFragment' };

export type CountryPanel_QueryFragment = { __typename?: 'Query', ip?: { __typename?: 'IP', id: string, country?: { __typename?: 'Country', id: string, code: string, name: string } | null, asn?: { __typename?: 'ASN', id: string, number: number, name: string, countries: { __typename?: 'CountryConnection', totalCount: number, edges: Array<{ __typename?: 'CountryEdge', hits: number, uniqueIps: number, node: { __typename?: 'Country', id: string, code: string, name: string } }> } } | null } | null } & { ' $fragmentName'?: 'CountryPanel_QueryFragment' };

export type EntityTimelinePanel_QueryFragment = { __typename?: 'Query', activity?:
    | { __typename?: 'ASN', key: string, hits: number, timeline: Array<{ __typename?: 'TimelinePoint', start: string, hits: number, uniqueIps: number }> }
    | { __typename?: 'Campaign', key: string, hits: number, timeline: Array<{ __typename?: 'TimelinePoint', start: string, hits: number, uniqueIps: number }> }
    | { __typename?: 'Cluster', key: string, hits: number, timeline: Array<{ __typename?: 'TimelinePoint', start: string, hits: number, uniqueIps: number }> }
    | { __typename?: 'Country', key: string, hits: number, timeline: Array<{ __typename?: 'TimelinePoint', start: string, hits: number, uniqueIps: number }> }
    | { __typename?: 'Detection', key: string, hits: number, timeline: Array<{ __typename?: 'TimelinePoint', start: string, hits: number, uniqueIps: number }> }
    | { __typename?: 'Host', key: string, hits: number, timeline: Array<{ __typename?: 'TimelinePoint', start: string, hits: number, uniqueIps: number }> }
    | { __typename?: 'IP', key: string, hits: number, timeline: Array<{ __typename?: 'TimelinePoint', start: string, hits: number, uniqueIps: number }> }
    | { __typename?: 'JA4', key: string, hits: number, timeline: Array<{ __typename?: 'TimelinePoint', start: string, hits: number, uniqueIps: number }> }
    | { __typename?: 'Subnet', key: string, hits: number, timeline: Array<{ __typename?: 'TimelinePoint', start: string, hits: number, uniqueIps: number }> }
    | { __typename?: 'UserAgent', key: string, hits: number, timeline: Array<{ __typename?: 'TimelinePoint', start: string, hits: number, uniqueIps: number }> }
   | null } & { ' $fragmentName'?: 'EntityTimelinePanel_QueryFragment' };

export type EntityTimelineQueryVariables = Exact<{
  type: EntityType;
  value: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
}>;


export type EntityTimelineQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'EntityTimelinePanel_QueryFragment': EntityTimelinePanel_QueryFragment } }
);

export type Ja4Panel_QueryFragment = { __typename?: 'Query', ip?: { __typename?: 'IP', id: string, ja4s: { __typename?: 'JA4Connection', totalCount: number, edges: Array<{ __typename?: 'JA4Edge', hits: number, node: { __typename?: 'JA4', id: string, fingerprint: string, uniqueIps: number, knownApplications: Array<{ __typename?: 'KnownApplication', application: string }>, subnets: { __typename?: 'SubnetConnection', totalCount: number, edges: Array<{ __typename?: 'SubnetEdge', uniqueIps: number, node: { __typename?: 'Subnet', id: string, cidr: string } }> } } }> } } | null } & { ' $fragmentName'?: 'Ja4Panel_QueryFragment' };

export type Ja4LinkPanels_QueryFragment = { __typename?: 'Query', ja4?: { __typename?: 'JA4', id: string, ips: { __typename?: 'IPConnection', totalCount: number, edges: Array<{ __typename?: 'IPEdge', hits: number, node: { __typename?: 'IP', id: string, address: string, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }>, country?: { __typename?: 'Country', id: string, code: string } | null } }> }, countries: (
      { __typename?: 'CountryConnection', totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedCountries_ConnectionFragment': LinkedCountries_ConnectionFragment } }
    ), asns: (
      { __typename?: 'ASNConnection', totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedAsns_ConnectionFragment': LinkedAsns_ConnectionFragment } }
    ), hosts: (
      { __typename?: 'HostConnection', totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedHosts_ConnectionFragment': LinkedHosts_ConnectionFragment } }
    ) } | null } & { ' $fragmentName'?: 'Ja4LinkPanels_QueryFragment' };

export type Ja4ProfilePanels_QueryFragment = { __typename?: 'Query', ja4?: { __typename?: 'JA4', id: string, fingerprint: string, population: { __typename?: 'JA4Population', ips: number, subnets: number, asns: number, countries: number, browserShare: number, scriptShare: number, lyingShare: number, concentration: string }, sections: { __typename?: 'JA4Sections', protocol: string, tlsVersion: string, sni: boolean, cipherCount: number, extensionCount: number, alpn: string, a: string, b: string, c: string }, knownApplications: Array<{ __typename?: 'KnownApplication', application: string, library: string, os: string, device: string }>, similar: Array<{ __typename?: 'SimilarJA4', hits: number, uniqueIps: number, ja4: { __typename?: 'JA4', id: string, fingerprint: string } }> } | null } & { ' $fragmentName'?: 'Ja4ProfilePanels_QueryFragment' };

export type RecommendationPanel_QueryFragment = { __typename?: 'Query', ip?: { __typename?: 'IP', id: string, investigation?: { __typename?: 'RiskAssessment', recommendation: { __typename?: 'Recommendation', label: string, confidence: number, reason: string, suggestedTags: Array<string>, indicators: { __typename?: 'CorrelationIndicators', subnetIpsCount: number, asnIpsCount: number, ja4SharedIps: number, botUaPercentage: number, userAgentsCount: number, asnLabel: string } } } | null } | null } & { ' $fragmentName'?: 'RecommendationPanel_QueryFragment' };

export type IpMlExampleQueryVariables = Exact<{
  ip: Scalars['IPAddress']['input'];
  window?: InputMaybe<TimeWindow>;
}>;


export type IpMlExampleQuery = { __typename?: 'Query', ip?: { __typename?: 'IP', id: string, address: string, features?: { __typename?: 'FeatureProfile', sessions: number, features: Array<{ __typename?: 'FeatureMean', feature: string, value: number }> } | null, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null, tags: Array<string>, analyst: string, createdAt: string }> } | null };

export type ReputationPanel_QueryFragment = { __typename?: 'Query', reputation: { __typename?: 'Reputation', networkType: NetworkType, proxy?: boolean | null, vpn?: boolean | null, tor?: boolean | null, hosting?: boolean | null, mobile?: boolean | null, asnNumber?: number | null, asnOrganization?: string | null, countryCode?: string | null, isp?: string | null, basedOn: Array<string>, offline: boolean, degraded: boolean, sources: Array<{ __typename?: 'ReputationSource', provider: ReputationProvider, status: ReputationSourceStatus, message?: string | null, cached: boolean, fetchedAt?: string | null }> } } & { ' $fragmentName'?: 'ReputationPanel_QueryFragment' };

export type RiskPanel_QueryFragment = { __typename?: 'Query', ip?: { __typename?: 'IP', id: string, investigation?: { __typename?: 'RiskAssessment', riskScore: number, riskLevel: RiskLevel, loginPosts: number, recurrenceDays: number, factors: Array<{ __typename?: 'RiskFactor', factor: string, weight: number, value: number, points: number, evidence: string }> } | null } | null } & { ' $fragmentName'?: 'RiskPanel_QueryFragment' };

export type SubnetAsnPanel_QueryFragment = { __typename?: 'Query', ip?: { __typename?: 'IP', id: string, subnet: { __typename?: 'Subnet', id: string, cidr: string, ips: (
        { __typename?: 'IPConnection', totalCount: number }
        & { ' $fragmentRefs'?: { 'LinkedIps_ConnectionFragment': LinkedIps_ConnectionFragment } }
      ) }, asn?: { __typename?: 'ASN', id: string, number: number, name: string, label: string, uniqueIps: number } | null } | null } & { ' $fragmentName'?: 'SubnetAsnPanel_QueryFragment' };

type ExplorerNode_Asn_Fragment = { __typename?: 'ASN', type: EntityType, key: string, hits: number, detectionCount: number, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }>, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> } & { ' $fragmentName'?: 'ExplorerNode_Asn_Fragment' };

type ExplorerNode_Campaign_Fragment = { __typename?: 'Campaign', type: EntityType, key: string, hits: number, detectionCount: number, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }>, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> } & { ' $fragmentName'?: 'ExplorerNode_Campaign_Fragment' };

type ExplorerNode_Cluster_Fragment = { __typename?: 'Cluster', type: EntityType, key: string, hits: number, detectionCount: number, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }>, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> } & { ' $fragmentName'?: 'ExplorerNode_Cluster_Fragment' };

type ExplorerNode_Country_Fragment = { __typename?: 'Country', type: EntityType, key: string, hits: number, detectionCount: number, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }>, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> } & { ' $fragmentName'?: 'ExplorerNode_Country_Fragment' };

type ExplorerNode_Detection_Fragment = { __typename?: 'Detection', type: EntityType, key: string, hits: number, detectionCount: number, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }>, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> } & { ' $fragmentName'?: 'ExplorerNode_Detection_Fragment' };

type ExplorerNode_Host_Fragment = { __typename?: 'Host', type: EntityType, key: string, hits: number, detectionCount: number, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }>, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> } & { ' $fragmentName'?: 'ExplorerNode_Host_Fragment' };

type ExplorerNode_Ip_Fragment = { __typename?: 'IP', type: EntityType, key: string, hits: number, detectionCount: number, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }>, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> } & { ' $fragmentName'?: 'ExplorerNode_Ip_Fragment' };

type ExplorerNode_Ja4_Fragment = { __typename?: 'JA4', type: EntityType, key: string, hits: number, detectionCount: number, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }>, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> } & { ' $fragmentName'?: 'ExplorerNode_Ja4_Fragment' };

type ExplorerNode_Subnet_Fragment = { __typename?: 'Subnet', type: EntityType, key: string, hits: number, detectionCount: number, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }>, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> } & { ' $fragmentName'?: 'ExplorerNode_Subnet_Fragment' };

type ExplorerNode_UserAgent_Fragment = { __typename?: 'UserAgent', type: EntityType, key: string, hits: number, detectionCount: number, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }>, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> } & { ' $fragmentName'?: 'ExplorerNode_UserAgent_Fragment' };

export type ExplorerNodeFragment =
  | ExplorerNode_Asn_Fragment
  | ExplorerNode_Campaign_Fragment
  | ExplorerNode_Cluster_Fragment
  | ExplorerNode_Country_Fragment
  | ExplorerNode_Detection_Fragment
  | ExplorerNode_Host_Fragment
  | ExplorerNode_Ip_Fragment
  | ExplorerNode_Ja4_Fragment
  | ExplorerNode_Subnet_Fragment
  | ExplorerNode_UserAgent_Fragment
;

export type ExplorerSeedQueryVariables = Exact<{
  type: EntityType;
  value: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
}>;


export type ExplorerSeedQuery = { __typename?: 'Query', entity?:
    | (
      { __typename?: 'ASN' }
      & { ' $fragmentRefs'?: { 'ExplorerNode_Asn_Fragment': ExplorerNode_Asn_Fragment } }
    )
    | (
      { __typename?: 'Campaign' }
      & { ' $fragmentRefs'?: { 'ExplorerNode_Campaign_Fragment': ExplorerNode_Campaign_Fragment } }
    )
    | (
      { __typename?: 'Cluster' }
      & { ' $fragmentRefs'?: { 'ExplorerNode_Cluster_Fragment': ExplorerNode_Cluster_Fragment } }
    )
    | (
      { __typename?: 'Country' }
      & { ' $fragmentRefs'?: { 'ExplorerNode_Country_Fragment': ExplorerNode_Country_Fragment } }
    )
    | (
      { __typename?: 'Detection' }
      & { ' $fragmentRefs'?: { 'ExplorerNode_Detection_Fragment': ExplorerNode_Detection_Fragment } }
    )
    | (
      { __typename?: 'Host' }
      & { ' $fragmentRefs'?: { 'ExplorerNode_Host_Fragment': ExplorerNode_Host_Fragment } }
    )
    | (
      { __typename?: 'IP' }
      & { ' $fragmentRefs'?: { 'ExplorerNode_Ip_Fragment': ExplorerNode_Ip_Fragment } }
    )
    | (
      { __typename?: 'JA4' }
      & { ' $fragmentRefs'?: { 'ExplorerNode_Ja4_Fragment': ExplorerNode_Ja4_Fragment } }
    )
    | (
      { __typename?: 'Subnet' }
      & { ' $fragmentRefs'?: { 'ExplorerNode_Subnet_Fragment': ExplorerNode_Subnet_Fragment } }
    )
    | (
      { __typename?: 'UserAgent' }
      & { ' $fragmentRefs'?: { 'ExplorerNode_UserAgent_Fragment': ExplorerNode_UserAgent_Fragment } }
    )
   | null };

export type ExplorerNeighborsFragment = { __typename?: 'NeighborGroup', type: EntityType, totalCount: number, neighbors: Array<{ __typename?: 'Neighbor', linkKind: string, weight: number, uniqueIps: number, hiddenNeighborCount: number, entity:
      | (
        { __typename?: 'ASN' }
        & { ' $fragmentRefs'?: { 'ExplorerNode_Asn_Fragment': ExplorerNode_Asn_Fragment } }
      )
      | (
        { __typename?: 'Campaign' }
        & { ' $fragmentRefs'?: { 'ExplorerNode_Campaign_Fragment': ExplorerNode_Campaign_Fragment } }
      )
      | (
        { __typename?: 'Cluster' }
        & { ' $fragmentRefs'?: { 'ExplorerNode_Cluster_Fragment': ExplorerNode_Cluster_Fragment } }
      )
      | (
        { __typename?: 'Country' }
        & { ' $fragmentRefs'?: { 'ExplorerNode_Country_Fragment': ExplorerNode_Country_Fragment } }
      )
      | (
        { __typename?: 'Detection' }
        & { ' $fragmentRefs'?: { 'ExplorerNode_Detection_Fragment': ExplorerNode_Detection_Fragment } }
      )
      | (
        { __typename?: 'Host' }
        & { ' $fragmentRefs'?: { 'ExplorerNode_Host_Fragment': ExplorerNode_Host_Fragment } }
      )
      | (
        { __typename?: 'IP' }
        & { ' $fragmentRefs'?: { 'ExplorerNode_Ip_Fragment': ExplorerNode_Ip_Fragment } }
      )
      | (
        { __typename?: 'JA4' }
        & { ' $fragmentRefs'?: { 'ExplorerNode_Ja4_Fragment': ExplorerNode_Ja4_Fragment } }
      )
      | (
        { __typename?: 'Subnet' }
        & { ' $fragmentRefs'?: { 'ExplorerNode_Subnet_Fragment': ExplorerNode_Subnet_Fragment } }
      )
      | (
        { __typename?: 'UserAgent' }
        & { ' $fragmentRefs'?: { 'ExplorerNode_UserAgent_Fragment': ExplorerNode_UserAgent_Fragment } }
      )
     }> } & { ' $fragmentName'?: 'ExplorerNeighborsFragment' };

export type ExplorerExpandQueryVariables = Exact<{
  type: EntityType;
  value: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType> | EntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
}>;


export type ExplorerExpandQuery = { __typename?: 'Query', entity?:
    | { __typename?: 'ASN', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'Campaign', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'Cluster', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'Country', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'Detection', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'Host', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'IP', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'JA4', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'Subnet', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'UserAgent', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
   | null };

export type ExplorerBulkExpandQueryVariables = Exact<{
  refs: Array<EntityRefInput> | EntityRefInput;
  types?: InputMaybe<Array<EntityType> | EntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
}>;


export type ExplorerBulkExpandQuery = { __typename?: 'Query', entities: Array<
    | { __typename?: 'ASN', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'Campaign', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'Cluster', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'Country', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'Detection', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'Host', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'IP', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'JA4', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'Subnet', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
    | { __typename?: 'UserAgent', type: EntityType, key: string, neighbors: Array<(
        { __typename?: 'NeighborGroup' }
        & { ' $fragmentRefs'?: { 'ExplorerNeighborsFragment': ExplorerNeighborsFragment } }
      )> }
   | null> };

export type ExplorerConnectQueryVariables = Exact<{
  a: EntityRefInput;
  b: EntityRefInput;
  window?: InputMaybe<TimeWindow>;
}>;


export type ExplorerConnectQuery = { __typename?: 'Query', connections: { __typename?: 'Connections', common: Array<
      | { __typename?: 'ASN', type: EntityType, key: string }
      | { __typename?: 'Campaign', type: EntityType, key: string }
      | { __typename?: 'Cluster', type: EntityType, key: string }
      | { __typename?: 'Country', type: EntityType, key: string }
      | { __typename?: 'Detection', type: EntityType, key: string }
      | { __typename?: 'Host', type: EntityType, key: string }
      | { __typename?: 'IP', type: EntityType, key: string }
      | { __typename?: 'JA4', type: EntityType, key: string }
      | { __typename?: 'Subnet', type: EntityType, key: string }
      | { __typename?: 'UserAgent', type: EntityType, key: string }
    >, paths: Array<{ __typename?: 'ConnectionPath', hops: number, weight: number, entities: Array<
        | (
          { __typename?: 'ASN' }
          & { ' $fragmentRefs'?: { 'ExplorerNode_Asn_Fragment': ExplorerNode_Asn_Fragment } }
        )
        | (
          { __typename?: 'Campaign' }
          & { ' $fragmentRefs'?: { 'ExplorerNode_Campaign_Fragment': ExplorerNode_Campaign_Fragment } }
        )
        | (
          { __typename?: 'Cluster' }
          & { ' $fragmentRefs'?: { 'ExplorerNode_Cluster_Fragment': ExplorerNode_Cluster_Fragment } }
        )
        | (
          { __typename?: 'Country' }
          & { ' $fragmentRefs'?: { 'ExplorerNode_Country_Fragment': ExplorerNode_Country_Fragment } }
        )
        | (
          { __typename?: 'Detection' }
          & { ' $fragmentRefs'?: { 'ExplorerNode_Detection_Fragment': ExplorerNode_Detection_Fragment } }
        )
        | (
          { __typename?: 'Host' }
          & { ' $fragmentRefs'?: { 'ExplorerNode_Host_Fragment': ExplorerNode_Host_Fragment } }
        )
        | (
          { __typename?: 'IP' }
          & { ' $fragmentRefs'?: { 'ExplorerNode_Ip_Fragment': ExplorerNode_Ip_Fragment } }
        )
        | (
          { __typename?: 'JA4' }
          & { ' $fragmentRefs'?: { 'ExplorerNode_Ja4_Fragment': ExplorerNode_Ja4_Fragment } }
        )
        | (
          { __typename?: 'Subnet' }
          & { ' $fragmentRefs'?: { 'ExplorerNode_Subnet_Fragment': ExplorerNode_Subnet_Fragment } }
        )
        | (
          { __typename?: 'UserAgent' }
          & { ' $fragmentRefs'?: { 'ExplorerNode_UserAgent_Fragment': ExplorerNode_UserAgent_Fragment } }
        )
      > }> } };

export type ExplorerMenuQueryVariables = Exact<{
  type: EntityType;
  value: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
}>;


export type ExplorerMenuQuery = { __typename?: 'Query', entity?:
    | { __typename?: 'ASN', type: EntityType, key: string, neighbors: Array<{ __typename?: 'NeighborGroup', type: EntityType, totalCount: number }> }
    | { __typename?: 'Campaign', type: EntityType, key: string, neighbors: Array<{ __typename?: 'NeighborGroup', type: EntityType, totalCount: number }> }
    | { __typename?: 'Cluster', type: EntityType, key: string, neighbors: Array<{ __typename?: 'NeighborGroup', type: EntityType, totalCount: number }> }
    | { __typename?: 'Country', type: EntityType, key: string, neighbors: Array<{ __typename?: 'NeighborGroup', type: EntityType, totalCount: number }> }
    | { __typename?: 'Detection', type: EntityType, key: string, neighbors: Array<{ __typename?: 'NeighborGroup', type: EntityType, totalCount: number }> }
    | { __typename?: 'Host', type: EntityType, key: string, neighbors: Array<{ __typename?: 'NeighborGroup', type: EntityType, totalCount: number }> }
    | { __typename?: 'IP', type: EntityType, key: string, neighbors: Array<{ __typename?: 'NeighborGroup', type: EntityType, totalCount: number }> }
    | { __typename?: 'JA4', type: EntityType, key: string, neighbors: Array<{ __typename?: 'NeighborGroup', type: EntityType, totalCount: number }> }
    | { __typename?: 'Subnet', type: EntityType, key: string, neighbors: Array<{ __typename?: 'NeighborGroup', type: EntityType, totalCount: number }> }
    | { __typename?: 'UserAgent', type: EntityType, key: string, neighbors: Array<{ __typename?: 'NeighborGroup', type: EntityType, totalCount: number }> }
   | null };

export type ExplorerDetailsQueryVariables = Exact<{
  type: EntityType;
  value: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
  rawWindow?: InputMaybe<TimeWindow>;
}>;


export type ExplorerDetailsQuery = { __typename?: 'Query', entity?:
    | { __typename?: 'ASN', id: string, name: string, label: string, type: EntityType, key: string, hits: number, uniqueIps: number, detectionCount: number, firstSeen?: string | null, lastSeen?: string | null, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }> }
    | { __typename?: 'Campaign', type: EntityType, key: string, hits: number, uniqueIps: number, detectionCount: number, firstSeen?: string | null, lastSeen?: string | null, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }> }
    | { __typename?: 'Cluster', type: EntityType, key: string, hits: number, uniqueIps: number, detectionCount: number, firstSeen?: string | null, lastSeen?: string | null, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }> }
    | { __typename?: 'Country', id: string, name: string, type: EntityType, key: string, hits: number, uniqueIps: number, detectionCount: number, firstSeen?: string | null, lastSeen?: string | null, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }> }
    | { __typename?: 'Detection', type: EntityType, key: string, hits: number, uniqueIps: number, detectionCount: number, firstSeen?: string | null, lastSeen?: string | null, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }> }
    | { __typename?: 'Host', type: EntityType, key: string, hits: number, uniqueIps: number, detectionCount: number, firstSeen?: string | null, lastSeen?: string | null, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }> }
    | { __typename?: 'IP', id: string, type: EntityType, key: string, hits: number, uniqueIps: number, detectionCount: number, firstSeen?: string | null, lastSeen?: string | null, investigation?: { __typename?: 'RiskAssessment', riskScore: number, recommendation: { __typename?: 'Recommendation', label: string, reason: string } } | null, asn?: { __typename?: 'ASN', id: string, number: number, name: string } | null, country?: { __typename?: 'Country', id: string, code: string } | null, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }> }
    | { __typename?: 'JA4', id: string, type: EntityType, key: string, hits: number, uniqueIps: number, detectionCount: number, firstSeen?: string | null, lastSeen?: string | null, population: { __typename?: 'JA4Population', concentration: string, countries: number, asns: number }, knownApplications: Array<{ __typename?: 'KnownApplication', application: string }>, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }> }
    | { __typename?: 'Subnet', type: EntityType, key: string, hits: number, uniqueIps: number, detectionCount: number, firstSeen?: string | null, lastSeen?: string | null, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }> }
    | { __typename?: 'UserAgent', type: EntityType, key: string, hits: number, uniqueIps: number, detectionCount: number, firstSeen?: string | null, lastSeen?: string | null, threatLevels: Array<{ __typename?: 'ThreatLevelCount', level: ThreatLevel, count: number }> }
   | null };

export type ExplorerLinkActivityQueryVariables = Exact<{
  links: Array<LinkRefInput> | LinkRefInput;
  window?: InputMaybe<TimeWindow>;
}>;


export type ExplorerLinkActivityQuery = { __typename?: 'Query', linkActivity: { __typename?: 'LinkActivityList', bucketSeconds: number, window: { __typename?: 'ResolvedWindow', since: string, until: string }, links: Array<{ __typename?: 'LinkActivity', timeline: Array<{ __typename?: 'LinkPoint', start: string, hits: number }> }> } };

export type ExplorerSeedLinksQueryVariables = Exact<{
  refs: Array<EntityRefInput> | EntityRefInput;
  window?: InputMaybe<TimeWindow>;
}>;


export type ExplorerSeedLinksQuery = { __typename?: 'Query', linksAmong: { __typename?: 'LinksAmong', links: Array<{ __typename?: 'GraphLink', linkKind: string, weight: number, from:
        | { __typename?: 'ASN', type: EntityType, key: string }
        | { __typename?: 'Campaign', type: EntityType, key: string }
        | { __typename?: 'Cluster', type: EntityType, key: string }
        | { __typename?: 'Country', type: EntityType, key: string }
        | { __typename?: 'Detection', type: EntityType, key: string }
        | { __typename?: 'Host', type: EntityType, key: string }
        | { __typename?: 'IP', type: EntityType, key: string }
        | { __typename?: 'JA4', type: EntityType, key: string }
        | { __typename?: 'Subnet', type: EntityType, key: string }
        | { __typename?: 'UserAgent', type: EntityType, key: string }
      , to:
        | { __typename?: 'ASN', type: EntityType, key: string }
        | { __typename?: 'Campaign', type: EntityType, key: string }
        | { __typename?: 'Cluster', type: EntityType, key: string }
        | { __typename?: 'Country', type: EntityType, key: string }
        | { __typename?: 'Detection', type: EntityType, key: string }
        | { __typename?: 'Host', type: EntityType, key: string }
        | { __typename?: 'IP', type: EntityType, key: string }
        | { __typename?: 'JA4', type: EntityType, key: string }
        | { __typename?: 'Subnet', type: EntityType, key: string }
        | { __typename?: 'UserAgent', type: EntityType, key: string }
       }> } };

export type SavedNoteFragment = { __typename?: 'InvestigationNote', id: string, text: string, author: string, createdAt: string, entity?:
    | { __typename?: 'ASN', type: EntityType, key: string }
    | { __typename?: 'Campaign', type: EntityType, key: string }
    | { __typename?: 'Cluster', type: EntityType, key: string }
    | { __typename?: 'Country', type: EntityType, key: string }
    | { __typename?: 'Detection', type: EntityType, key: string }
    | { __typename?: 'Host', type: EntityType, key: string }
    | { __typename?: 'IP', type: EntityType, key: string }
    | { __typename?: 'JA4', type: EntityType, key: string }
    | { __typename?: 'Subnet', type: EntityType, key: string }
    | { __typename?: 'UserAgent', type: EntityType, key: string }
   | null } & { ' $fragmentName'?: 'SavedNoteFragment' };

export type SavedInvestigationFragment = { __typename?: 'Investigation', id: string, key: string, version: number, name: string, description: string, owner: string, visibility: InvestigationVisibility, canEdit: boolean, canNote: boolean, updatedAt: string, canvas: { __typename?: 'InvestigationCanvas', steps: Array<string>, window: WindowPreset, layout: string, positions: Array<{ __typename?: 'NodePosition', node: string, x: number, y: number }> }, notes: Array<(
    { __typename?: 'InvestigationNote' }
    & { ' $fragmentRefs'?: { 'SavedNoteFragment': SavedNoteFragment } }
  )> } & { ' $fragmentName'?: 'SavedInvestigationFragment' };

export type SavedInvestigationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SavedInvestigationQuery = { __typename?: 'Query', investigation: (
    { __typename?: 'Investigation' }
    & { ' $fragmentRefs'?: { 'SavedInvestigationFragment': SavedInvestigationFragment } }
  ) };

export type SavedInvestigationsQueryVariables = Exact<{
  scope?: InputMaybe<InvestigationScope>;
}>;


export type SavedInvestigationsQuery = { __typename?: 'Query', investigations: { __typename?: 'InvestigationList', totalCount: number, items: Array<{ __typename?: 'InvestigationSummary', key: string, name: string, owner: string, visibility: InvestigationVisibility, entityCount: number, noteCount: number, updatedAt: string, published: boolean, canPublish: boolean }> } };

export type PublishInvestigationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
}>;


export type PublishInvestigationMutation = { __typename?: 'Mutation', publishInvestigation: { __typename?: 'Investigation', key: string, published: boolean, feedUrl?: string | null } };

export type CreateInvestigationMutationVariables = Exact<{
  input: InvestigationInput;
}>;


export type CreateInvestigationMutation = { __typename?: 'Mutation', createInvestigation: (
    { __typename?: 'Investigation' }
    & { ' $fragmentRefs'?: { 'SavedInvestigationFragment': SavedInvestigationFragment } }
  ) };

export type UpdateInvestigationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: InvestigationChanges;
}>;


export type UpdateInvestigationMutation = { __typename?: 'Mutation', updateInvestigation: (
    { __typename?: 'Investigation' }
    & { ' $fragmentRefs'?: { 'SavedInvestigationFragment': SavedInvestigationFragment } }
  ) };

export type AddInvestigationNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: InvestigationNoteInput;
}>;


export type AddInvestigationNoteMutation = { __typename?: 'Mutation', addInvestigationNote: { __typename?: 'InvestigationNote', investigation: (
      { __typename?: 'Investigation' }
      & { ' $fragmentRefs'?: { 'SavedInvestigationFragment': SavedInvestigationFragment } }
    ) } };

export type DeleteInvestigationNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  noteId: Scalars['String']['input'];
}>;


export type DeleteInvestigationNoteMutation = { __typename?: 'Mutation', deleteInvestigationNote: (
    { __typename?: 'Investigation' }
    & { ' $fragmentRefs'?: { 'SavedInvestigationFragment': SavedInvestigationFragment } }
  ) };

export type ExportInvestigationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  format: ExportFormat;
  idsPolicy?: InputMaybe<ExportIdsPolicy>;
}>;


export type ExportInvestigationQuery = { __typename?: 'Query', investigation: { __typename?: 'Investigation', id: string, export: { __typename?: 'ExportFile', filename: string, contentType: string, content: string } } };

export type ExportEntitiesQueryVariables = Exact<{
  entities: Array<EntityRefInput> | EntityRefInput;
  format: ExportFormat;
  name?: InputMaybe<Scalars['String']['input']>;
  idsPolicy?: InputMaybe<ExportIdsPolicy>;
}>;


export type ExportEntitiesQuery = { __typename?: 'Query', exportEntities: { __typename?: 'ExportFile', filename: string, contentType: string, content: string } };

export type DeleteInvestigationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteInvestigationMutation = { __typename?: 'Mutation', deleteInvestigation: { __typename?: 'Investigation', id: string, deleted: boolean } };

export type QuickSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type QuickSearchQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchResult', type: EntityType, key: string, label: string, match: SearchMatch, hits: number }> };

export type SignedInQueryVariables = Exact<{ [key: string]: never; }>;


export type SignedInQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', user: string, role: string, via: string } };

export type AuditLogPageQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
  actor?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditLogPageQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditPage', totalCount: number, items: Array<{ __typename?: 'AuditEntry', at: string, actor: string, role: string, action: string, targetType: string, target: string, outcome: string, details: string, requestId: string, clientIp: string }> } };

export type AuditSummaryQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type AuditSummaryQuery = { __typename?: 'Query', auditStats: { __typename?: 'AuditStats', total: number, byOutcome: Array<{ __typename?: 'AuditTally', key: string, count: number }>, byAction: Array<{ __typename?: 'AuditTally', key: string, count: number }> }, userActivity: Array<{ __typename?: 'UserActivity', user: string, role: string, total: number, refused: number, failed: number, lastActive: string }> };

export type CampaignDetailQueryVariables = Exact<{
  id: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
}>;


export type CampaignDetailQuery = { __typename?: 'Query', campaign?: { __typename?: 'Campaign', id: string, campaignId: string, detectionCount: number, uniqueIps: number, maxScore?: number | null, firstSeen?: string | null, lastSeen?: string | null, ips: (
      { __typename?: 'IPConnection', totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedIps_ConnectionFragment': LinkedIps_ConnectionFragment } }
    ), ja4s: (
      { __typename?: 'JA4Connection', totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedJa4s_ConnectionFragment': LinkedJa4s_ConnectionFragment } }
    ), asns: (
      { __typename?: 'ASNConnection', totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedAsns_ConnectionFragment': LinkedAsns_ConnectionFragment } }
    ), countries: (
      { __typename?: 'CountryConnection', totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedCountries_ConnectionFragment': LinkedCountries_ConnectionFragment } }
    ), hosts: (
      { __typename?: 'HostConnection', totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedHosts_ConnectionFragment': LinkedHosts_ConnectionFragment } }
    ) } | null };

export type CampaignListQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type CampaignListQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignConnection', totalCount: number, edges: Array<{ __typename?: 'CampaignEdge', node: { __typename?: 'Campaign', id: string, campaignId: string, detectionCount: number, uniqueIps: number, maxScore?: number | null, averageScore?: number | null, firstSeen?: string | null, lastSeen?: string | null, countries: { __typename?: 'CountryConnection', totalCount: number }, asns: { __typename?: 'ASNConnection', totalCount: number } } }> } };

export type ClassificationsListQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
  label?: InputMaybe<ClassificationLabel>;
  type?: InputMaybe<EntityType>;
  analyst?: InputMaybe<Scalars['String']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ClassificationsListQuery = { __typename?: 'Query', classifications: { __typename?: 'ClassificationList', totalCount: number, items: Array<{ __typename?: 'Classification', id: string, createdAt: string, entityType: string, value: string, label?: ClassificationLabel | null, rawLabel: string, tags: Array<string>, comment: string, confidence: number, analyst: string }> } };

export type ClassificationStatsPanelQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type ClassificationStatsPanelQuery = { __typename?: 'Query', classificationStats: { __typename?: 'ClassificationStats', total: number, byLabel: Array<{ __typename?: 'ClassificationCount', value: string, count: number }>, byTag: Array<{ __typename?: 'ClassificationCount', value: string, count: number }>, byAnalyst: Array<{ __typename?: 'ClassificationCount', value: string, count: number }> } };

export type ClusterDetailQueryVariables = Exact<{
  id: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
}>;


export type ClusterDetailQuery = { __typename?: 'Query', cluster?: { __typename?: 'Cluster', id: string, clusterId: string, size: number, profile: string, centroid: Array<{ __typename?: 'FeatureValue', feature: string, value: number, zScore: number }>, ips: (
      { __typename?: 'IPConnection', totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedIps_ConnectionFragment': LinkedIps_ConnectionFragment } }
    ) } | null };

export type ClusteringStatusPanelQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type ClusteringStatusPanelQuery = { __typename?: 'Query', clusteringStatus: { __typename?: 'ClusteringStatus', state: ClusteringCacheState, k: number, points: number, silhouette?: number | null, computedAt?: string | null, expiresAt?: string | null, durationMs?: number | null, explainedVariance: Array<number>, tried: Array<{ __typename?: 'ClusterCountScore', k: number, silhouette: number }> } };

export type ClusterListQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type ClusterListQuery = { __typename?: 'Query', clusters: Array<{ __typename?: 'Cluster', id: string, clusterId: string, size: number, profile: string, centroid: Array<{ __typename?: 'FeatureValue', feature: string, zScore: number }>, points: Array<{ __typename?: 'ClusterPoint', x: number, y: number, ip: { __typename?: 'IP', id: string, address: string } }> }> };

export type DashboardMetricsQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type DashboardMetricsQuery = { __typename?: 'Query', metrics: (
    { __typename?: 'DetectionMetrics', totalDetections: number, uniqueIps: number, until: string, byLevel: Array<{ __typename?: 'LevelCount', level: ThreatLevel, count: number }> }
    & { ' $fragmentRefs'?: { 'ThreatBars_MetricsFragment': ThreatBars_MetricsFragment;'ThreatTimeline_MetricsFragment': ThreatTimeline_MetricsFragment } }
  ) };

export type DashboardAlertsQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type DashboardAlertsQuery = { __typename?: 'Query', detections: (
    { __typename?: 'DetectionConnection', totalCount: number }
    & { ' $fragmentRefs'?: { 'LiveAlerts_DetectionsFragment': LiveAlerts_DetectionsFragment } }
  ) };

export type DashboardTopIpsQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type DashboardTopIpsQuery = { __typename?: 'Query', metrics: { __typename?: 'DetectionMetrics', topIps: Array<{ __typename?: 'TopDetectedIp', detections: number, worstScore: number, threatLevel: ThreatLevel, asnOrg: string, countryCode: string, ip: { __typename?: 'IP', id: string, address: string, asn?: { __typename?: 'ASN', id: string, number: number, name: string } | null } }> } };

export type DetailsViewQueryVariables = Exact<{
  type: AttributeType;
  value: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
}>;


export type DetailsViewQuery = { __typename?: 'Query', attribute?: (
    { __typename?: 'AttributeView', value: string, entity?:
      | { __typename?: 'ASN', id: string, name: string }
      | { __typename?: 'Campaign' }
      | { __typename?: 'Cluster' }
      | { __typename?: 'Country', id: string, name: string }
      | { __typename?: 'Detection' }
      | { __typename?: 'Host' }
      | { __typename?: 'IP' }
      | { __typename?: 'JA4' }
      | { __typename?: 'Subnet' }
      | { __typename?: 'UserAgent' }
     | null }
    & { ' $fragmentRefs'?: { 'AttributeSummary_ViewFragment': AttributeSummary_ViewFragment } }
  ) | null };

export type DetectionDetailQueryVariables = Exact<{
  id: Scalars['String']['input'];
}>;


export type DetectionDetailQuery = { __typename?: 'Query', detection?: { __typename?: 'Detection', id: string, detectionId: string, detectedAt: string, windowStart: string, threatLevel: ThreatLevel, anomalyScore: number, xgbProb: number, model: DetectionModel, botName: string, reason: string, userAgent: string, clientHeaders: string, windowHits: number, recurrence: number, ip: { __typename?: 'IP', id: string, address: string }, ja4?: { __typename?: 'JA4', id: string, fingerprint: string } | null, host: { __typename?: 'Host', id: string, name: string }, asn?: { __typename?: 'ASN', id: string, number: number, name: string } | null, country?: { __typename?: 'Country', id: string, code: string, name: string } | null, campaign?: { __typename?: 'Campaign', id: string, campaignId: string } | null, features: { __typename?: 'DetectionFeatures', hitVelocity: number, fuzzingIndex: number, postRatio: number, assetRatio: number, directAccessRatio: number, temporalEntropy: number, pathDiversityRatio: number, modernBrowserScore: number, headerCount: number, srcPortDensity: number, distinctJa4Count: number, uaRotating: boolean } } | null };

export type DetectionsListQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
  filter?: InputMaybe<DetectionFilter>;
  orderBy?: InputMaybe<DetectionOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DetectionsListQuery = { __typename?: 'Query', detections: { __typename?: 'DetectionConnection', totalCount: number, startIndex: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'DetectionEdge', node: (
        { __typename?: 'Detection', id: string }
        & { ' $fragmentRefs'?: { 'DetectionRow_DetectionFragment': DetectionRow_DetectionFragment } }
      ) }> } };

export type DetectionsByIpQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
  filter?: InputMaybe<DetectionFilter>;
  sort?: InputMaybe<DetectionGroupSort>;
  direction?: InputMaybe<SortDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DetectionsByIpQuery = { __typename?: 'Query', detectionsByIp: { __typename?: 'DetectionIpGroupList', totalCount: number, items: Array<(
      { __typename?: 'DetectionIpGroup' }
      & { ' $fragmentRefs'?: { 'IpGroupRow_GroupFragment': IpGroupRow_GroupFragment } }
    )> } };

export type EntityActivity_QueryFragment = { __typename?: 'Query', summary?: (
    { __typename?: 'AttributeView', value: string, entity?:
      | { __typename?: 'ASN', id: string, name: string }
      | { __typename?: 'Campaign' }
      | { __typename?: 'Cluster' }
      | { __typename?: 'Country', id: string, name: string }
      | { __typename?: 'Detection' }
      | { __typename?: 'Host' }
      | { __typename?: 'IP' }
      | { __typename?: 'JA4' }
      | { __typename?: 'Subnet' }
      | { __typename?: 'UserAgent' }
     | null }
    & { ' $fragmentRefs'?: { 'AttributeSummary_ViewFragment': AttributeSummary_ViewFragment } }
  ) | null } & { ' $fragmentName'?: 'EntityActivity_QueryFragment' };

export type EntityRelated_QueryFragment = { __typename?: 'Query', related?: { __typename?: 'AttributeView', count: number, IP?: (
      { __typename?: 'ValueCountList' }
      & { ' $fragmentRefs'?: { 'AttributeValuesPanel_ListFragment': AttributeValuesPanel_ListFragment } }
    ), JA4?: (
      { __typename?: 'ValueCountList' }
      & { ' $fragmentRefs'?: { 'AttributeValuesPanel_ListFragment': AttributeValuesPanel_ListFragment } }
    ), CLIENT_HEADERS?: (
      { __typename?: 'ValueCountList' }
      & { ' $fragmentRefs'?: { 'AttributeValuesPanel_ListFragment': AttributeValuesPanel_ListFragment } }
    ), HOST?: (
      { __typename?: 'ValueCountList' }
      & { ' $fragmentRefs'?: { 'AttributeValuesPanel_ListFragment': AttributeValuesPanel_ListFragment } }
    ), PATH?: (
      { __typename?: 'ValueCountList' }
      & { ' $fragmentRefs'?: { 'AttributeValuesPanel_ListFragment': AttributeValuesPanel_ListFragment } }
    ), QUERY_PARAM?: (
      { __typename?: 'ValueCountList' }
      & { ' $fragmentRefs'?: { 'AttributeValuesPanel_ListFragment': AttributeValuesPanel_ListFragment } }
    ), ASN?: (
      { __typename?: 'ValueCountList' }
      & { ' $fragmentRefs'?: { 'AttributeValuesPanel_ListFragment': AttributeValuesPanel_ListFragment } }
    ), COUNTRY?: (
      { __typename?: 'ValueCountList' }
      & { ' $fragmentRefs'?: { 'AttributeValuesPanel_ListFragment': AttributeValuesPanel_ListFragment } }
    ) } | null } & { ' $fragmentName'?: 'EntityRelated_QueryFragment' };

export type EntityPageQueryVariables = Exact<{
  attribute: AttributeType;
  value: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
  source?: InputMaybe<AttributeSource>;
  type: EntityType;
  classified: Scalars['Boolean']['input'];
  withUserAgents: Scalars['Boolean']['input'];
  isIp: Scalars['Boolean']['input'];
  isJa4: Scalars['Boolean']['input'];
  isClientHeaders: Scalars['Boolean']['input'];
  isHost: Scalars['Boolean']['input'];
  isPath: Scalars['Boolean']['input'];
  isQueryParam: Scalars['Boolean']['input'];
  isAsn: Scalars['Boolean']['input'];
  isCountry: Scalars['Boolean']['input'];
}>;


export type EntityPageQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'EntityActivity_QueryFragment': EntityActivity_QueryFragment;'EntityRelated_QueryFragment': EntityRelated_QueryFragment;'ClassifiedUserAgentsPanel_QueryFragment': ClassifiedUserAgentsPanel_QueryFragment;'ClassificationHistory_QueryFragment': ClassificationHistory_QueryFragment;'WatchToggle_QueryFragment': WatchToggle_QueryFragment } }
);

export type HealthPageQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthPageQuery = { __typename?: 'Query', health: { __typename?: 'Health', ok: boolean, mode: string, version?: string | null, database: string, logsDatabase: string, checkedAt: string, tables: Array<{ __typename?: 'TableCount', table: string, rows: number }> } };

export type IncidentDetailQueryVariables = Exact<{
  id: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
}>;


export type IncidentDetailQuery = { __typename?: 'Query', incident?: { __typename?: 'Incident', id: string, claimedClient: string, detections: number, uniqueIps: number, asns: number, countries: number, worstThreat: ThreatLevel, maxScore: number, active: boolean, firstSeen: string, lastSeen: string, reason: string, ja4?: { __typename?: 'JA4', id: string, fingerprint: string } | null, hosts: Array<{ __typename?: 'Host', id: string, name: string }>, members: Array<{ __typename?: 'IncidentMember', detections: number, maxScore: number, ip: { __typename?: 'IP', id: string, address: string, country?: { __typename?: 'Country', id: string, code: string } | null, asn?: { __typename?: 'ASN', id: string, number: number, name: string } | null } }> } | null };

export type IncidentListQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type IncidentListQuery = { __typename?: 'Query', incidents: Array<{ __typename?: 'Incident', id: string, claimedClient: string, detections: number, uniqueIps: number, asns: number, countries: number, worstThreat: ThreatLevel, maxScore: number, active: boolean, lastSeen: string, reason: string, ja4?: { __typename?: 'JA4', id: string, fingerprint: string } | null, campaign?: { __typename?: 'Campaign', id: string, campaignId: string } | null }> };

export type IpRecentDetections_QueryFragment = { __typename?: 'Query', ip?: { __typename?: 'IP', id: string, address: string, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }>, detections: { __typename?: 'DetectionConnection', totalCount: number, edges: Array<{ __typename?: 'DetectionEdge', node: (
          { __typename?: 'Detection', id: string }
          & { ' $fragmentRefs'?: { 'DetectionRow_DetectionFragment': DetectionRow_DetectionFragment } }
        ) }> } } | null } & { ' $fragmentName'?: 'IpRecentDetections_QueryFragment' };

export type IpPageQueryVariables = Exact<{
  ip: Scalars['IPAddress']['input'];
  window?: InputMaybe<TimeWindow>;
  type: EntityType;
  attribute: AttributeType;
  source?: InputMaybe<AttributeSource>;
  value: Scalars['String']['input'];
}>;


export type IpPageQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'RiskPanel_QueryFragment': RiskPanel_QueryFragment;'ReputationPanel_QueryFragment': ReputationPanel_QueryFragment;'EntityTimelinePanel_QueryFragment': EntityTimelinePanel_QueryFragment;'SubnetAsnPanel_QueryFragment': SubnetAsnPanel_QueryFragment;'CountryPanel_QueryFragment': CountryPanel_QueryFragment;'Ja4Panel_QueryFragment': Ja4Panel_QueryFragment;'ClassifiedUserAgentsPanel_QueryFragment': ClassifiedUserAgentsPanel_QueryFragment;'RecommendationPanel_QueryFragment': RecommendationPanel_QueryFragment;'ClassificationHistory_QueryFragment': ClassificationHistory_QueryFragment;'IpRecentDetections_QueryFragment': IpRecentDetections_QueryFragment;'WatchToggle_QueryFragment': WatchToggle_QueryFragment } }
);

export type Ja4KeyFigures_QueryFragment = { __typename?: 'Query', ja4?: { __typename?: 'JA4', id: string, fingerprint: string, detectionCount: number, hits: number, uniqueIps: number, firstSeen?: string | null, lastSeen?: string | null, suspectedBotnet: boolean, botnetEvidence: Array<string>, userAgents: { __typename?: 'UserAgentConnection', totalCount: number }, classifications: Array<{ __typename?: 'Classification', label?: ClassificationLabel | null }> } | null } & { ' $fragmentName'?: 'Ja4KeyFigures_QueryFragment' };

export type Ja4PageQueryVariables = Exact<{
  ja4: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
  type: EntityType;
  attribute: AttributeType;
  source?: InputMaybe<AttributeSource>;
  value: Scalars['String']['input'];
}>;


export type Ja4PageQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'Ja4KeyFigures_QueryFragment': Ja4KeyFigures_QueryFragment;'EntityTimelinePanel_QueryFragment': EntityTimelinePanel_QueryFragment;'Ja4LinkPanels_QueryFragment': Ja4LinkPanels_QueryFragment;'ClassifiedUserAgentsPanel_QueryFragment': ClassifiedUserAgentsPanel_QueryFragment;'Ja4ProfilePanels_QueryFragment': Ja4ProfilePanels_QueryFragment;'ClassificationHistory_QueryFragment': ClassificationHistory_QueryFragment;'WatchToggle_QueryFragment': WatchToggle_QueryFragment } }
);

export type RiskiestIpsQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
  sort?: InputMaybe<RiskRankingSort>;
  direction?: InputMaybe<SortDirection>;
}>;


export type RiskiestIpsQuery = { __typename?: 'Query', riskiestIps: { __typename?: 'RiskiestIps', candidates: number, items: Array<{ __typename?: 'RiskRankedIp', riskScore: number, riskLevel: string, detections: number, maxScore: number, worstLevel: string, lastDetected: string, verdict?: ClassificationLabel | null, ip: { __typename?: 'IP', id: string, address: string, country?: { __typename?: 'Country', id: string, code: string } | null, asn?: { __typename?: 'ASN', id: string, number: number, name: string } | null } }> } };

export type BotnetsPageQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type BotnetsPageQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'Ja4Spread_QueryFragment': Ja4Spread_QueryFragment } }
);

export type BruteForcePageQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type BruteForcePageQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'BruteForceTargets_QueryFragment': BruteForceTargets_QueryFragment } }
);

export type FeaturesPageQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type FeaturesPageQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'SessionScatter_QueryFragment': SessionScatter_QueryFragment;'ScoreCharts_QueryFragment': ScoreCharts_QueryFragment } }
);

export type FingerprintsPageQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type FingerprintsPageQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'SpoofedFingerprints_QueryFragment': SpoofedFingerprints_QueryFragment;'ClientMatrix_QueryFragment': ClientMatrix_QueryFragment;'AsnConcentration_QueryFragment': AsnConcentration_QueryFragment } }
);

export type HeadersPageQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type HeadersPageQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'HeaderLayouts_QueryFragment': HeaderLayouts_QueryFragment } }
);

export type HeatmapPageQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type HeatmapPageQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'TrafficByHour_QueryFragment': TrafficByHour_QueryFragment;'HostsByHour_QueryFragment': HostsByHour_QueryFragment } }
);

export type RotationPageQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type RotationPageQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'Rotators_QueryFragment': Rotators_QueryFragment;'Persistence_QueryFragment': Persistence_QueryFragment } }
);

export type TcpSpoofingPageQueryVariables = Exact<{
  window?: InputMaybe<TimeWindow>;
}>;


export type TcpSpoofingPageQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'TcpSpoofingOverview_QueryFragment': TcpSpoofingOverview_QueryFragment;'TcpSpoofingIps_QueryFragment': TcpSpoofingIps_QueryFragment } }
);

export const LinkedJa4s_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedJa4s_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JA4Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkedJa4s_ConnectionFragment, unknown>;
export const AlertSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHour"}},{"kind":"Field","name":{"kind":"Name","value":"watchName"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<AlertSummaryFragment, unknown>;
export const WatchToggle_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WatchToggle_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WatchToggle_QueryFragment, unknown>;
export const AsnConcentration_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AsnConcentration_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4AsnCorrelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topAsn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topAsnShare"}},{"kind":"Field","name":{"kind":"Name","value":"asnCount"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedShare"}},{"kind":"Field","name":{"kind":"Name","value":"knownApplications"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legitimateJa4s"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"asnCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"knownApplications"}}]}}]}}]} as unknown as DocumentNode<AsnConcentration_QueryFragment, unknown>;
export const BruteForceTargets_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BruteForceTargets_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bruteForce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"attackers"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"attackers"}}]}}]}}]}}]} as unknown as DocumentNode<BruteForceTargets_QueryFragment, unknown>;
export const ClientMatrix_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientMatrix_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4UserAgentMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"browserFamily"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"ipCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userAgentCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"ipCount"}},{"kind":"Field","name":{"kind":"Name","value":"userAgents"}}]}}]}}]} as unknown as DocumentNode<ClientMatrix_QueryFragment, unknown>;
export const HeaderLayouts_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeaderLayouts_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headerFingerprints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"headerCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"userAgents"}},{"kind":"Field","name":{"kind":"Name","value":"sampleUserAgent"}},{"kind":"Field","name":{"kind":"Name","value":"sampleJa4"}}]}}]}}]} as unknown as DocumentNode<HeaderLayouts_QueryFragment, unknown>;
export const HostsByHour_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HostsByHour_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traffic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topHosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostsByHour_QueryFragment, unknown>;
export const Ja4Spread_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ja4Spread_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4Spread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"minCountries"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"asns"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedShare"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedBotnet"}},{"kind":"Field","name":{"kind":"Name","value":"botnetEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"knownClient"}}]}}]}}]} as unknown as DocumentNode<Ja4Spread_QueryFragment, unknown>;
export const Persistence_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Persistence_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persistentThreats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"worstThreat"}},{"kind":"Field","name":{"kind":"Name","value":"worstScore"}},{"kind":"Field","name":{"kind":"Name","value":"topHost"}},{"kind":"Field","name":{"kind":"Name","value":"topJa4"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sophisticatedIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huntSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<Persistence_QueryFragment, unknown>;
export const Rotators_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Rotators_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4Rotators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"distinctJa4"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"ja4s"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userAgentRotators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"distinctUserAgents"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}}]}}]}}]} as unknown as DocumentNode<Rotators_QueryFragment, unknown>;
export const ScoreCharts_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreCharts_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bucketWidth"},"value":{"kind":"FloatValue","value":"0.05"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreTrends"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"p95"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featureVariance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ScoreCharts_QueryFragment, unknown>;
export const SessionScatter_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionScatter_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featureSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asnLabel"}},{"kind":"Field","name":{"kind":"Name","value":"botName"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<SessionScatter_QueryFragment, unknown>;
export const SpoofedFingerprints_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpoofedFingerprints_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlsSpoofing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBrowser"}},{"kind":"Field","name":{"kind":"Name","value":"ipCount"}},{"kind":"Field","name":{"kind":"Name","value":"userAgents"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"sampleUserAgent"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SpoofedFingerprints_QueryFragment, unknown>;
export const TcpSpoofingIps_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TcpSpoofingIps_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tcpSpoofing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedOs"}},{"kind":"Field","name":{"kind":"Name","value":"inferredOs"}},{"kind":"Field","name":{"kind":"Name","value":"ttl"}},{"kind":"Field","name":{"kind":"Name","value":"mss"}},{"kind":"Field","name":{"kind":"Name","value":"windowSize"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"asnOrg"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}}]} as unknown as DocumentNode<TcpSpoofingIps_QueryFragment, unknown>;
export const TcpSpoofingOverview_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TcpSpoofingOverview_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tcpSpoofingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spoofingIps"}},{"kind":"Field","name":{"kind":"Name","value":"spoofedRequests"}},{"kind":"Field","name":{"kind":"Name","value":"byClaimedOs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"ips"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byInferredOs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"ips"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ttlMss"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ttl"}},{"kind":"Field","name":{"kind":"Name","value":"mss"}},{"kind":"Field","name":{"kind":"Name","value":"ips"}}]}}]}}]}}]} as unknown as DocumentNode<TcpSpoofingOverview_QueryFragment, unknown>;
export const TrafficByHour_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrafficByHour_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traffic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byDayHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"maxRps"}}]}}]}}]}}]} as unknown as DocumentNode<TrafficByHour_QueryFragment, unknown>;
export const ClassifiedUserAgentsPanel_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassifiedUserAgentsPanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"botShare"}},{"kind":"Field","name":{"kind":"Name","value":"userAgents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}}]}}]}}]}}]} as unknown as DocumentNode<ClassifiedUserAgentsPanel_QueryFragment, unknown>;
export const ClassificationHistory_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationHistory_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"decisions"},"name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_30D"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"analyst"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ClassificationHistory_QueryFragment, unknown>;
export const LiveAlerts_DetectionsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveAlerts_detections"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DetectionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"threatLevel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalyScore"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveAlerts_DetectionsFragment, unknown>;
export const ThreatBars_MetricsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreatBars_metrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DetectionMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalDetections"}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ThreatBars_MetricsFragment, unknown>;
export const ThreatTimeline_MetricsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreatTimeline_metrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DetectionMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ThreatTimeline_MetricsFragment, unknown>;
export const IpGroupRow_GroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IpGroupRow_group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DetectionIpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"detections"}},{"kind":"Field","name":{"kind":"Name","value":"worstScore"}},{"kind":"Field","name":{"kind":"Name","value":"worstLevel"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"}},{"kind":"Field","name":{"kind":"Name","value":"ja4s"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"asnNumber"}},{"kind":"Field","name":{"kind":"Name","value":"asnOrg"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]} as unknown as DocumentNode<IpGroupRow_GroupFragment, unknown>;
export const CountryPanel_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryPanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountryPanel_QueryFragment, unknown>;
export const EntityTimelinePanel_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityTimelinePanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"activity"},"name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}}]}}]}}]}}]} as unknown as DocumentNode<EntityTimelinePanel_QueryFragment, unknown>;
export const Ja4Panel_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ja4Panel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ja4s"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"knownApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subnets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cidr"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Ja4Panel_QueryFragment, unknown>;
export const LinkedCountries_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedCountries_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinkedCountries_ConnectionFragment, unknown>;
export const LinkedAsns_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedAsns_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ASNConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinkedAsns_ConnectionFragment, unknown>;
export const LinkedHosts_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedHosts_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HostConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinkedHosts_ConnectionFragment, unknown>;
export const Ja4LinkPanels_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ja4LinkPanels_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fingerprint"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ja4"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedCountries_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedAsns_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedHosts_connection"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedCountries_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedAsns_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ASNConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedHosts_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HostConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<Ja4LinkPanels_QueryFragment, unknown>;
export const Ja4ProfilePanels_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ja4ProfilePanels_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fingerprint"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ja4"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"population"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ips"}},{"kind":"Field","name":{"kind":"Name","value":"subnets"}},{"kind":"Field","name":{"kind":"Name","value":"asns"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"browserShare"}},{"kind":"Field","name":{"kind":"Name","value":"scriptShare"}},{"kind":"Field","name":{"kind":"Name","value":"lyingShare"}},{"kind":"Field","name":{"kind":"Name","value":"concentration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"tlsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"sni"}},{"kind":"Field","name":{"kind":"Name","value":"cipherCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"alpn"}},{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}},{"kind":"Field","name":{"kind":"Name","value":"c"}}]}},{"kind":"Field","name":{"kind":"Name","value":"knownApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"}},{"kind":"Field","name":{"kind":"Name","value":"library"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"device"}}]}},{"kind":"Field","name":{"kind":"Name","value":"similar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Ja4ProfilePanels_QueryFragment, unknown>;
export const RecommendationPanel_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationPanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTags"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subnetIpsCount"}},{"kind":"Field","name":{"kind":"Name","value":"asnIpsCount"}},{"kind":"Field","name":{"kind":"Name","value":"ja4SharedIps"}},{"kind":"Field","name":{"kind":"Name","value":"botUaPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"userAgentsCount"}},{"kind":"Field","name":{"kind":"Name","value":"asnLabel"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationPanel_QueryFragment, unknown>;
export const ReputationPanel_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReputationPanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reputation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkType"}},{"kind":"Field","name":{"kind":"Name","value":"proxy"}},{"kind":"Field","name":{"kind":"Name","value":"vpn"}},{"kind":"Field","name":{"kind":"Name","value":"tor"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"asnNumber"}},{"kind":"Field","name":{"kind":"Name","value":"asnOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"isp"}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"fetchedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReputationPanel_QueryFragment, unknown>;
export const RiskPanel_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskPanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"loginPosts"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceDays"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RiskPanel_QueryFragment, unknown>;
export const LinkedIps_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedIps_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IPConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkedIps_ConnectionFragment, unknown>;
export const SubnetAsnPanel_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubnetAsnPanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subnet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cidr"}},{"kind":"Field","name":{"kind":"Name","value":"ips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedIps_connection"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"asn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedIps_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IPConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubnetAsnPanel_QueryFragment, unknown>;
export const ExplorerNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"detectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"threatLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ExplorerNodeFragment, unknown>;
export const ExplorerNeighborsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNeighbors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeighborGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"neighbors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNeighborCount"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"detectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"threatLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ExplorerNeighborsFragment, unknown>;
export const SavedNoteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedNote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestigationNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<SavedNoteFragment, unknown>;
export const SavedInvestigationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedInvestigation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investigation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"window"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedNote"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedNote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestigationNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<SavedInvestigationFragment, unknown>;
export const AttributeSummary_ViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttributeSummary_view"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"insights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AttributeSummary_ViewFragment, unknown>;
export const EntityActivity_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityActivity_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"summary"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeSummary_view"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ASN"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttributeSummary_view"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"insights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<EntityActivity_QueryFragment, unknown>;
export const AttributeValuesPanel_ListFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttributeValuesPanel_list"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValueCountList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}}]}}]}}]} as unknown as DocumentNode<AttributeValuesPanel_ListFragment, unknown>;
export const EntityRelated_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRelated_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"related"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","alias":{"kind":"Name","value":"IP"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"IP"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isIp"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"JA4"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"JA4"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isJa4"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"CLIENT_HEADERS"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"CLIENT_HEADERS"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isClientHeaders"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"HOST"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"HOST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isHost"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"PATH"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"PATH"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isPath"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"QUERY_PARAM"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"QUERY_PARAM"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isQueryParam"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ASN"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"ASN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isAsn"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"COUNTRY"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"COUNTRY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isCountry"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttributeValuesPanel_list"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValueCountList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}}]}}]}}]} as unknown as DocumentNode<EntityRelated_QueryFragment, unknown>;
export const DetectionRow_DetectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DetectionRow_detection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Detection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"detectionId"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"threatLevel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalyScore"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"windowHits"}},{"kind":"Field","name":{"kind":"Name","value":"botName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"clientHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"asnNumber"}},{"kind":"Field","name":{"kind":"Name","value":"asnOrg"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hitVelocity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DetectionRow_DetectionFragment, unknown>;
export const IpRecentDetections_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IpRecentDetections_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"detections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DetectionRow_detection"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DetectionRow_detection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Detection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"detectionId"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"threatLevel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalyScore"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"windowHits"}},{"kind":"Field","name":{"kind":"Name","value":"botName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"clientHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"asnNumber"}},{"kind":"Field","name":{"kind":"Name","value":"asnOrg"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hitVelocity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<IpRecentDetections_QueryFragment, unknown>;
export const Ja4KeyFigures_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ja4KeyFigures_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fingerprint"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ja4"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"detectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"userAgents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspectedBotnet"}},{"kind":"Field","name":{"kind":"Name","value":"botnetEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<Ja4KeyFigures_QueryFragment, unknown>;
export const AlertBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertBadge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NEW"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHour"}},{"kind":"Field","name":{"kind":"Name","value":"watchName"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<AlertBadgeQuery, AlertBadgeQueryVariables>;
export const AlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"states"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertState"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"Variable","name":{"kind":"Name","value":"states"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"newCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHour"}},{"kind":"Field","name":{"kind":"Name","value":"watchName"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<AlertsQuery, AlertsQueryVariables>;
export const AlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSummary"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"episodeStart"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"newEntities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"watch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"investigationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHour"}},{"kind":"Field","name":{"kind":"Name","value":"watchName"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<AlertQuery, AlertQueryVariables>;
export const SetAlertStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAlertState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"close"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reopen"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acknowledge"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"close"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reopen"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<SetAlertStateMutation, SetAlertStateMutationVariables>;
export const AssignAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignee"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignee"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignee"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}}]}}]}}]} as unknown as DocumentNode<AssignAlertMutation, AssignAlertMutationVariables>;
export const CommentOnAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommentOnAlertMutation, CommentOnAlertMutationVariables>;
export const EntityWatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityWatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityWatchesQuery, EntityWatchesQueryVariables>;
export const CreateWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateWatchMutation, CreateWatchMutationVariables>;
export const DeleteWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteWatchMutation, DeleteWatchMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const WatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Watches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"mutedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"investigationId"}},{"kind":"Field","name":{"kind":"Name","value":"investigationName"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WatchesQuery, WatchesQueryVariables>;
export const UpdateWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WatchChanges"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mutedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}}]}}]} as unknown as DocumentNode<UpdateWatchMutation, UpdateWatchMutationVariables>;
export const WatchInvestigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WatchInvestigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"investigation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"visibility"},"value":{"kind":"EnumValue","value":"TEAM"}},{"kind":"ObjectField","name":{"kind":"Name","value":"rules"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"NEW_NEIGHBOURS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"neighbour"},"value":{"kind":"EnumValue","value":"IP"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DETECTIONS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"HIGH"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"RETURNS_AFTER_SILENCE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"7"}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WatchInvestigationMutation, WatchInvestigationMutationVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const TestWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"ms"}}]}}]}}]} as unknown as DocumentNode<TestWebhookMutation, TestWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const BruteForceAttackersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BruteForceAttackers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"host"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bruteForce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attackers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"host"},"value":{"kind":"Variable","name":{"kind":"Name","value":"host"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"asn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"distinctPaths"}},{"kind":"Field","name":{"kind":"Name","value":"asnOrg"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]}}]}}]} as unknown as DocumentNode<BruteForceAttackersQuery, BruteForceAttackersQueryVariables>;
export const FeatureRadarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeatureRadar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IPAddress"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withIp"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"humans"},"name":{"kind":"Name","value":"featureProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asnLabels"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"isp","block":false},{"kind":"StringValue","value":"mobile","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"onRadar"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"hosting"},"name":{"kind":"Name","value":"featureProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asnLabels"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"hosting","block":false},{"kind":"StringValue","value":"datacenter","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withIp"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeatureRadarQuery, FeatureRadarQueryVariables>;
export const HeaderClusterIpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeaderClusterIps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hash"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headerFingerprint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hash"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hash"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"ips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"asn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"asnOrg"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}}]}}]} as unknown as DocumentNode<HeaderClusterIpsQuery, HeaderClusterIpsQueryVariables>;
export const AttributeValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttributeValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeSource"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttributeValuesPanel_list"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValueCountList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}}]}}]}}]} as unknown as DocumentNode<AttributeValuesQuery, AttributeValuesQueryVariables>;
export const ClassifiedUserAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassifiedUserAgents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeSource"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassifiedUserAgentsPanel_query"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassifiedUserAgentsPanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"botShare"}},{"kind":"Field","name":{"kind":"Name","value":"userAgents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}}]}}]}}]}}]} as unknown as DocumentNode<ClassifiedUserAgentsQuery, ClassifiedUserAgentsQueryVariables>;
export const ClassifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Classify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassifyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classify"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"analyst"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ClassifyMutation, ClassifyMutationVariables>;
export const ClassifyIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClassifyIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationLabel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationTag"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifyIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"analyst"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ClassifyIncidentMutation, ClassifyIncidentMutationVariables>;
export const EntityClassificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityClassifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationHistory_query"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationHistory_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"decisions"},"name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_30D"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"analyst"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<EntityClassificationsQuery, EntityClassificationsQueryVariables>;
export const EntityTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityTimelinePanel_query"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityTimelinePanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"activity"},"name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}}]}}]}}]}}]} as unknown as DocumentNode<EntityTimelineQuery, EntityTimelineQueryVariables>;
export const IpMlExampleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IpMlExample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IPAddress"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"analyst"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<IpMlExampleQuery, IpMlExampleQueryVariables>;
export const ExplorerSeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"detectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"threatLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ExplorerSeedQuery, ExplorerSeedQueryVariables>;
export const ExplorerExpandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerExpand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"neighbors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNeighbors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"detectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"threatLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNeighbors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeighborGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"neighbors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNeighborCount"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerExpandQuery, ExplorerExpandQueryVariables>;
export const ExplorerBulkExpandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerBulkExpand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityRefInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"neighbors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNeighbors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"detectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"threatLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNeighbors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeighborGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"neighbors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNeighborCount"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerBulkExpandQuery, ExplorerBulkExpandQueryVariables>;
export const ExplorerConnectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerConnect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityRefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityRefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"common"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"detectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"threatLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ExplorerConnectQuery, ExplorerConnectQueryVariables>;
export const ExplorerMenuDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerMenu"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"neighbors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerMenuQuery, ExplorerMenuQueryVariables>;
export const ExplorerDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rawWindow"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"detectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"threatLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IP"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rawWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"asn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JA4"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"population"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concentration"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"asns"}}]}},{"kind":"Field","name":{"kind":"Name","value":"knownApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ASN"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerDetailsQuery, ExplorerDetailsQueryVariables>;
export const ExplorerLinkActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerLinkActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"links"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkRefInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"links"},"value":{"kind":"Variable","name":{"kind":"Name","value":"links"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerLinkActivityQuery, ExplorerLinkActivityQueryVariables>;
export const ExplorerSeedLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSeedLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityRefInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linksAmong"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSeedLinksQuery, ExplorerSeedLinksQueryVariables>;
export const SavedInvestigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedInvestigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedInvestigation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedNote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestigationNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedInvestigation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investigation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"window"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedNote"}}]}}]}}]} as unknown as DocumentNode<SavedInvestigationQuery, SavedInvestigationQueryVariables>;
export const SavedInvestigationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedInvestigations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvestigationScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investigations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"entityCount"}},{"kind":"Field","name":{"kind":"Name","value":"noteCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}}]}}]}}]}}]} as unknown as DocumentNode<SavedInvestigationsQuery, SavedInvestigationsQueryVariables>;
export const PublishInvestigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishInvestigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"published"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishInvestigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"published"},"value":{"kind":"Variable","name":{"kind":"Name","value":"published"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"feedUrl"}}]}}]}}]} as unknown as DocumentNode<PublishInvestigationMutation, PublishInvestigationMutationVariables>;
export const CreateInvestigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInvestigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvestigationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvestigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedInvestigation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedNote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestigationNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedInvestigation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investigation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"window"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedNote"}}]}}]}}]} as unknown as DocumentNode<CreateInvestigationMutation, CreateInvestigationMutationVariables>;
export const UpdateInvestigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInvestigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvestigationChanges"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInvestigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedInvestigation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedNote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestigationNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedInvestigation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investigation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"window"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedNote"}}]}}]}}]} as unknown as DocumentNode<UpdateInvestigationMutation, UpdateInvestigationMutationVariables>;
export const AddInvestigationNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInvestigationNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvestigationNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInvestigationNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investigation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedInvestigation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedNote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestigationNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedInvestigation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investigation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"window"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedNote"}}]}}]}}]} as unknown as DocumentNode<AddInvestigationNoteMutation, AddInvestigationNoteMutationVariables>;
export const DeleteInvestigationNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInvestigationNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInvestigationNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"noteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedInvestigation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedNote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestigationNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedInvestigation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investigation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"window"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedNote"}}]}}]}}]} as unknown as DocumentNode<DeleteInvestigationNoteMutation, DeleteInvestigationNoteMutationVariables>;
export const ExportInvestigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportInvestigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idsPolicy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportIdsPolicy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"export"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"idsPolicy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idsPolicy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]} as unknown as DocumentNode<ExportInvestigationQuery, ExportInvestigationQueryVariables>;
export const ExportEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entities"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityRefInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idsPolicy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportIdsPolicy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entities"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"idsPolicy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idsPolicy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<ExportEntitiesQuery, ExportEntitiesQueryVariables>;
export const DeleteInvestigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInvestigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInvestigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<DeleteInvestigationMutation, DeleteInvestigationMutationVariables>;
export const QuickSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuickSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_30D"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}}]}}]}}]} as unknown as DocumentNode<QuickSearchQuery, QuickSearchQueryVariables>;
export const SignedInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"via"}}]}}]}}]} as unknown as DocumentNode<SignedInQuery, SignedInQueryVariables>;
export const AuditLogPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIp"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogPageQuery, AuditLogPageQueryVariables>;
export const AuditSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"lastActive"}}]}}]}}]} as unknown as DocumentNode<AuditSummaryQuery, AuditSummaryQueryVariables>;
export const CampaignDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"detectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"ips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedIps_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ja4s"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedJa4s_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedAsns_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedCountries_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedHosts_connection"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedIps_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IPConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedJa4s_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JA4Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedAsns_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ASNConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedCountries_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedHosts_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HostConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignDetailQuery, CampaignDetailQueryVariables>;
export const CampaignListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"detectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignListQuery, CampaignListQueryVariables>;
export const ClassificationsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassificationsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationLabel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"analyst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"analyst"},"value":{"kind":"Variable","name":{"kind":"Name","value":"analyst"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"analyst"}}]}}]}}]}}]} as unknown as DocumentNode<ClassificationsListQuery, ClassificationsListQueryVariables>;
export const ClassificationStatsPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassificationStatsPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classificationStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAnalyst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ClassificationStatsPanelQuery, ClassificationStatsPanelQueryVariables>;
export const ClusterDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"centroid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"zScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedIps_connection"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedIps_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IPConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClusterDetailQuery, ClusterDetailQueryVariables>;
export const ClusteringStatusPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusteringStatusPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusteringStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"silhouette"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"tried"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"silhouette"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explainedVariance"}}]}}]}}]} as unknown as DocumentNode<ClusteringStatusPanelQuery, ClusteringStatusPanelQueryVariables>;
export const ClusterListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"centroid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"zScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"300"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClusterListQuery, ClusterListQueryVariables>;
export const DashboardMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalDetections"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreatBars_metrics"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreatTimeline_metrics"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreatBars_metrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DetectionMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalDetections"}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreatTimeline_metrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DetectionMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardMetricsQuery, DashboardMetricsQueryVariables>;
export const DashboardAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"threatLevels"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CRITICAL"},{"kind":"EnumValue","value":"HIGH"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DETECTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveAlerts_detections"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveAlerts_detections"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DetectionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"threatLevel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalyScore"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAlertsQuery, DashboardAlertsQueryVariables>;
export const DashboardTopIpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTopIps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"asn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"detections"}},{"kind":"Field","name":{"kind":"Name","value":"worstScore"}},{"kind":"Field","name":{"kind":"Name","value":"threatLevel"}},{"kind":"Field","name":{"kind":"Name","value":"asnOrg"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardTopIpsQuery, DashboardTopIpsQueryVariables>;
export const DetailsViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DetailsView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"DETECTIONS"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeSummary_view"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ASN"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttributeSummary_view"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"insights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DetailsViewQuery, DetailsViewQueryVariables>;
export const DetectionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DetectionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"detectionId"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"threatLevel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalyScore"}},{"kind":"Field","name":{"kind":"Name","value":"xgbProb"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"botName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"clientHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"windowHits"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hitVelocity"}},{"kind":"Field","name":{"kind":"Name","value":"fuzzingIndex"}},{"kind":"Field","name":{"kind":"Name","value":"postRatio"}},{"kind":"Field","name":{"kind":"Name","value":"assetRatio"}},{"kind":"Field","name":{"kind":"Name","value":"directAccessRatio"}},{"kind":"Field","name":{"kind":"Name","value":"temporalEntropy"}},{"kind":"Field","name":{"kind":"Name","value":"pathDiversityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"modernBrowserScore"}},{"kind":"Field","name":{"kind":"Name","value":"headerCount"}},{"kind":"Field","name":{"kind":"Name","value":"srcPortDensity"}},{"kind":"Field","name":{"kind":"Name","value":"distinctJa4Count"}},{"kind":"Field","name":{"kind":"Name","value":"uaRotating"}}]}}]}}]}}]} as unknown as DocumentNode<DetectionDetailQuery, DetectionDetailQueryVariables>;
export const DetectionsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DetectionsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DetectionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DetectionOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DetectionRow_detection"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DetectionRow_detection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Detection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"detectionId"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"threatLevel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalyScore"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"windowHits"}},{"kind":"Field","name":{"kind":"Name","value":"botName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"clientHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"asnNumber"}},{"kind":"Field","name":{"kind":"Name","value":"asnOrg"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hitVelocity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DetectionsListQuery, DetectionsListQueryVariables>;
export const DetectionsByIpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DetectionsByIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DetectionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DetectionGroupSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detectionsByIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IpGroupRow_group"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IpGroupRow_group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DetectionIpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"detections"}},{"kind":"Field","name":{"kind":"Name","value":"worstScore"}},{"kind":"Field","name":{"kind":"Name","value":"worstLevel"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"}},{"kind":"Field","name":{"kind":"Name","value":"ja4s"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"asnNumber"}},{"kind":"Field","name":{"kind":"Name","value":"asnOrg"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]} as unknown as DocumentNode<DetectionsByIpQuery, DetectionsByIpQueryVariables>;
export const EntityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeSource"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classified"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withUserAgents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isIp"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isJa4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isClientHeaders"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isHost"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isPath"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isQueryParam"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isAsn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isCountry"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityActivity_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRelated_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassifiedUserAgentsPanel_query"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withUserAgents"}}}]}]},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationHistory_query"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classified"}}}]}]},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WatchToggle_query"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classified"}}}]}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttributeSummary_view"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"insights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttributeValuesPanel_list"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValueCountList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityActivity_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"summary"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeSummary_view"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ASN"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRelated_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"related"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","alias":{"kind":"Name","value":"IP"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"IP"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isIp"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"JA4"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"JA4"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isJa4"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"CLIENT_HEADERS"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"CLIENT_HEADERS"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isClientHeaders"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"HOST"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"HOST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isHost"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"PATH"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"PATH"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isPath"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"QUERY_PARAM"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"QUERY_PARAM"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isQueryParam"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ASN"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"ASN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isAsn"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"COUNTRY"},"name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"EnumValue","value":"COUNTRY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isCountry"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttributeValuesPanel_list"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassifiedUserAgentsPanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"botShare"}},{"kind":"Field","name":{"kind":"Name","value":"userAgents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationHistory_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"decisions"},"name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_30D"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"analyst"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WatchToggle_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityPageQuery, EntityPageQueryVariables>;
export const HealthPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HealthPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"logsDatabase"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]}}]} as unknown as DocumentNode<HealthPageQuery, HealthPageQueryVariables>;
export const IncidentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimedClient"}},{"kind":"Field","name":{"kind":"Name","value":"detections"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"asns"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"worstThreat"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detections"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncidentDetailQuery, IncidentDetailQueryVariables>;
export const IncidentListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimedClient"}},{"kind":"Field","name":{"kind":"Name","value":"detections"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"asns"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"worstThreat"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentListQuery, IncidentListQueryVariables>;
export const IpPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IpPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IPAddress"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeSource"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskPanel_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReputationPanel_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityTimelinePanel_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubnetAsnPanel_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountryPanel_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ja4Panel_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassifiedUserAgentsPanel_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationPanel_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationHistory_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IpRecentDetections_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WatchToggle_query"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedIps_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IPConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DetectionRow_detection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Detection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"detectionId"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"threatLevel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalyScore"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"windowHits"}},{"kind":"Field","name":{"kind":"Name","value":"botName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"clientHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"asnNumber"}},{"kind":"Field","name":{"kind":"Name","value":"asnOrg"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hitVelocity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskPanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"loginPosts"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceDays"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReputationPanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reputation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkType"}},{"kind":"Field","name":{"kind":"Name","value":"proxy"}},{"kind":"Field","name":{"kind":"Name","value":"vpn"}},{"kind":"Field","name":{"kind":"Name","value":"tor"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"asnNumber"}},{"kind":"Field","name":{"kind":"Name","value":"asnOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"isp"}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"fetchedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityTimelinePanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"activity"},"name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubnetAsnPanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subnet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cidr"}},{"kind":"Field","name":{"kind":"Name","value":"ips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedIps_connection"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"asn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryPanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ja4Panel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ja4s"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"knownApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subnets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cidr"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassifiedUserAgentsPanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"botShare"}},{"kind":"Field","name":{"kind":"Name","value":"userAgents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationPanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTags"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subnetIpsCount"}},{"kind":"Field","name":{"kind":"Name","value":"asnIpsCount"}},{"kind":"Field","name":{"kind":"Name","value":"ja4SharedIps"}},{"kind":"Field","name":{"kind":"Name","value":"botUaPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"userAgentsCount"}},{"kind":"Field","name":{"kind":"Name","value":"asnLabel"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationHistory_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"decisions"},"name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_30D"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"analyst"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IpRecentDetections_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ip"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"detections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DetectionRow_detection"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WatchToggle_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IpPageQuery, IpPageQueryVariables>;
export const Ja4PageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ja4Page"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ja4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributeSource"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ja4KeyFigures_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityTimelinePanel_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ja4LinkPanels_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassifiedUserAgentsPanel_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ja4ProfilePanels_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassificationHistory_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WatchToggle_query"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedCountries_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedAsns_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ASNConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedHosts_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HostConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ja4KeyFigures_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fingerprint"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ja4"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"detectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"userAgents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspectedBotnet"}},{"kind":"Field","name":{"kind":"Name","value":"botnetEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityTimelinePanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"activity"},"name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ja4LinkPanels_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fingerprint"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ja4"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedCountries_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedAsns_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedHosts_connection"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassifiedUserAgentsPanel_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"botShare"}},{"kind":"Field","name":{"kind":"Name","value":"userAgents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ja4ProfilePanels_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fingerprint"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ja4"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"population"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ips"}},{"kind":"Field","name":{"kind":"Name","value":"subnets"}},{"kind":"Field","name":{"kind":"Name","value":"asns"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"browserShare"}},{"kind":"Field","name":{"kind":"Name","value":"scriptShare"}},{"kind":"Field","name":{"kind":"Name","value":"lyingShare"}},{"kind":"Field","name":{"kind":"Name","value":"concentration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"tlsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"sni"}},{"kind":"Field","name":{"kind":"Name","value":"cipherCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"alpn"}},{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}},{"kind":"Field","name":{"kind":"Name","value":"c"}}]}},{"kind":"Field","name":{"kind":"Name","value":"knownApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"}},{"kind":"Field","name":{"kind":"Name","value":"library"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"device"}}]}},{"kind":"Field","name":{"kind":"Name","value":"similar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassificationHistory_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"decisions"},"name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_30D"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"analyst"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WatchToggle_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Ja4PageQuery, Ja4PageQueryVariables>;
export const RiskiestIpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskiestIps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskRankingSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskiestIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"detections"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"worstLevel"}},{"kind":"Field","name":{"kind":"Name","value":"lastDetected"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]} as unknown as DocumentNode<RiskiestIpsQuery, RiskiestIpsQueryVariables>;
export const BotnetsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BotnetsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ja4Spread_query"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ja4Spread_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4Spread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"minCountries"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"asns"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedShare"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedBotnet"}},{"kind":"Field","name":{"kind":"Name","value":"botnetEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"knownClient"}}]}}]}}]} as unknown as DocumentNode<BotnetsPageQuery, BotnetsPageQueryVariables>;
export const BruteForcePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BruteForcePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BruteForceTargets_query"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BruteForceTargets_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bruteForce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"attackers"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"attackers"}}]}}]}}]}}]} as unknown as DocumentNode<BruteForcePageQuery, BruteForcePageQueryVariables>;
export const FeaturesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeaturesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionScatter_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreCharts_query"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionScatter_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featureSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asnLabel"}},{"kind":"Field","name":{"kind":"Name","value":"botName"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreCharts_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bucketWidth"},"value":{"kind":"FloatValue","value":"0.05"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreTrends"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"p95"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featureVariance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<FeaturesPageQuery, FeaturesPageQueryVariables>;
export const FingerprintsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FingerprintsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpoofedFingerprints_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientMatrix_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AsnConcentration_query"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpoofedFingerprints_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlsSpoofing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBrowser"}},{"kind":"Field","name":{"kind":"Name","value":"ipCount"}},{"kind":"Field","name":{"kind":"Name","value":"userAgents"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"sampleUserAgent"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientMatrix_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4UserAgentMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"browserFamily"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"ipCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userAgentCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"ipCount"}},{"kind":"Field","name":{"kind":"Name","value":"userAgents"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AsnConcentration_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4AsnCorrelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topAsn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topAsnShare"}},{"kind":"Field","name":{"kind":"Name","value":"asnCount"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedShare"}},{"kind":"Field","name":{"kind":"Name","value":"knownApplications"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legitimateJa4s"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"asnCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"knownApplications"}}]}}]}}]} as unknown as DocumentNode<FingerprintsPageQuery, FingerprintsPageQueryVariables>;
export const HeadersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeadersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeaderLayouts_query"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeaderLayouts_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headerFingerprints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"headerCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"userAgents"}},{"kind":"Field","name":{"kind":"Name","value":"sampleUserAgent"}},{"kind":"Field","name":{"kind":"Name","value":"sampleJa4"}}]}}]}}]} as unknown as DocumentNode<HeadersPageQuery, HeadersPageQueryVariables>;
export const HeatmapPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeatmapPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrafficByHour_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HostsByHour_query"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrafficByHour_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traffic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byDayHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueIps"}},{"kind":"Field","name":{"kind":"Name","value":"maxRps"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HostsByHour_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traffic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topHosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HeatmapPageQuery, HeatmapPageQueryVariables>;
export const RotationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RotationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Rotators_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Persistence_query"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Rotators_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ja4Rotators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"distinctJa4"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"ja4s"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userAgentRotators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"distinctUserAgents"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Persistence_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persistentThreats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"worstThreat"}},{"kind":"Field","name":{"kind":"Name","value":"worstScore"}},{"kind":"Field","name":{"kind":"Name","value":"topHost"}},{"kind":"Field","name":{"kind":"Name","value":"topJa4"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sophisticatedIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huntSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<RotationPageQuery, RotationPageQueryVariables>;
export const TcpSpoofingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TcpSpoofingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TcpSpoofingOverview_query"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TcpSpoofingIps_query"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TcpSpoofingOverview_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tcpSpoofingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spoofingIps"}},{"kind":"Field","name":{"kind":"Name","value":"spoofedRequests"}},{"kind":"Field","name":{"kind":"Name","value":"byClaimedOs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"ips"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byInferredOs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"ips"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ttlMss"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ttl"}},{"kind":"Field","name":{"kind":"Name","value":"mss"}},{"kind":"Field","name":{"kind":"Name","value":"ips"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TcpSpoofingIps_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tcpSpoofing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ja4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedOs"}},{"kind":"Field","name":{"kind":"Name","value":"inferredOs"}},{"kind":"Field","name":{"kind":"Name","value":"ttl"}},{"kind":"Field","name":{"kind":"Name","value":"mss"}},{"kind":"Field","name":{"kind":"Name","value":"windowSize"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"asnOrg"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}}]} as unknown as DocumentNode<TcpSpoofingPageQuery, TcpSpoofingPageQueryVariables>;