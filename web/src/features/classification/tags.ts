import type { ClassificationLabel, ClassificationTag } from '../../gql/graphql';

export const LABELS: { value: ClassificationLabel; text: string }[] = [
  { value: 'LEGITIMATE', text: 'Legitimate' },
  { value: 'SUSPICIOUS', text: 'Suspicious' },
  { value: 'MALICIOUS', text: 'Malicious' },
];

/** The twenty predefined tags, in the order the form shows them. */
export const TAGS = [
  'BOT_NETWORK',
  'SCRAPING',
  'CREDENTIAL_STUFFING',
  'BRUTE_FORCE',
  'VULNERABILITY_SCAN',
  'API_ABUSE',
  'DISTRIBUTED_CAMPAIGN',
  'PERSISTENT_THREAT',
  'JA4_ROTATION',
  'UA_ROTATION',
  'TLS_SPOOFING',
  'TCP_SPOOFING',
  'HEADLESS_BROWSER',
  'HOSTING_ASN',
  'RESIDENTIAL_PROXY',
  'VPN_PROXY',
  'TOR_EXIT',
  'KNOWN_CRAWLER',
  'LEGITIMATE_USER',
  'FALSE_POSITIVE',
] as const satisfies readonly ClassificationTag[];

// a tag added to the schema and not to the form fails to compile here
type Missing = Exclude<ClassificationTag, (typeof TAGS)[number]>;
export const EVERY_TAG_LISTED: [Missing] extends [never] ? true : never = true;

/** The API prints tags as `credential-stuffing`; inputs take `CREDENTIAL_STUFFING`. */
export const tagInput = (printed: string) => printed.toUpperCase().replace(/-/g, '_') as ClassificationTag;
export const tagText = (tag: string) => tag.toLowerCase().replace(/_/g, '-');
