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

/** First match wins; a headless Chrome claims no browser family. */
const FAMILY_RULES: [string, RegExp][] = [
  ['Edge', /Edg\//],
  ['Firefox', /Firefox\//],
  ['', /HeadlessChrome/],
  ['Chrome', /Chrome\//],
  ['Safari', /Version\/[\d.]+.*Safari\//],
];

export function browserFamily(ua: string): string {
  return FAMILY_RULES.find(([, re]) => re.test(ua))?.[0] ?? '';
}

const re2 = ([name, re]: [string, RegExp]): [string, string] => [name, (re.flags.includes('i') ? '(?i)' : '') + re.source];

/**
 * The same rules as RE2 patterns (the syntax ClickHouse's `match` takes), for reads that group
 * User-Agents by what they claim inside ClickHouse — an exact distinct count per claim cannot be
 * summed from per-User-Agent counts.
 */
export const USER_AGENT_CLAIM_PATTERNS = { categories: RULES.map(re2), families: FAMILY_RULES.map(re2) };
