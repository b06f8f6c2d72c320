/** The predefined classification tags (the legacy form offered twenty). */
export const TAGS = [
  'scraping',
  'bot-network',
  'hosting-asn',
  'credential-stuffing',
  'brute-force',
  'ja4-rotation',
  'ua-rotation',
  'tcp-spoofing',
  'tls-spoofing',
  'headless-browser',
  'vulnerability-scan',
  'persistent-threat',
  'residential-proxy',
  'vpn-proxy',
  'tor-exit',
  'known-crawler',
  'legitimate-user',
  'false-positive',
  'distributed-campaign',
  'api-abuse',
] as const;
export type Tag = (typeof TAGS)[number];

export const LABELS = ['legitimate', 'suspicious', 'malicious'] as const;
export type Label = (typeof LABELS)[number];
