import { builder } from '../../schema/builder.js';

export const UserAgentCategoryEnum = builder.enumType('UserAgentCategory', {
  description: 'What kind of client a User-Agent claims to be.',
  values: {
    BROWSER: { description: 'A desktop or mobile browser.' },
    BOT: { description: 'A declared crawler or bot.' },
    SCRIPT: { description: 'An HTTP library or command-line tool (python-requests, curl, Go, …).' },
    HEADLESS: { description: 'A headless or automated browser.' },
    UNKNOWN: { description: 'None of the above.' },
  } as const,
});

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
