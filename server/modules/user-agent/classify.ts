export type UserAgentCategory = 'browser' | 'bot' | 'script' | 'headless' | 'unknown';

const RULES: [UserAgentCategory, RegExp][] = [
  ['bot', /bot\b|bot\/|crawler|spider|slurp|facebookexternalhit|bingpreview/i],
  ['headless', /HeadlessChrome|PhantomJS|Puppeteer|Playwright|Selenium/i],
  ['script', /python-requests|python-urllib|aiohttp|curl\/|wget\/|go-http-client|okhttp|java\/|libwww|httpclient|node-fetch|axios|scrapy|httpx/i],
  ['browser', /^Mozilla\/5\.0 .*(Chrome|Firefox|Safari|Edg)\//],
];

/** What kind of client a User-Agent claims to be. */
export function classifyUserAgent(ua: string): UserAgentCategory {
  return RULES.find(([, re]) => re.test(ua))?.[0] ?? 'unknown';
}

export function browserFamily(ua: string): string {
  if (/Edg\//.test(ua)) return 'Edge';
  if (/Firefox\//.test(ua)) return 'Firefox';
  if (/HeadlessChrome/.test(ua)) return '';
  if (/Chrome\//.test(ua)) return 'Chrome';
  if (/Version\/[\d.]+.*Safari\//.test(ua)) return 'Safari';
  return '';
}
