/**
 * Reference facts the demo population draws from. JA4 values marked `csv` come from
 * FoxIO's ja4plus-mapping.csv (JA4 TLS client: BSD-3-Clause, © FoxIO); the TCP
 * fingerprints (JA4T) of Windows 10, Ubuntu and macOS/iPhone too (FoxIO License 1.1).
 * The rest are plausible values of the same shape.
 */
export interface Network {
  asn: number;
  org: string;
  label: 'isp' | 'mobile' | 'hosting' | 'datacenter' | 'search_engine';
  country: string;
  /** IPv4 /16 prefix the demo draws addresses from, e.g. "90.12". */
  v4: string;
  /** Optional IPv6 /32 prefix, e.g. "2a01:cb00". */
  v6?: string;
}

export const RESIDENTIAL: Network[] = [
  { asn: 3215, org: 'Orange S.A.', label: 'isp', country: 'FR', v4: '90.12', v6: '2a01:cb00' },
  { asn: 12322, org: 'Free SAS', label: 'isp', country: 'FR', v4: '82.64' },
  { asn: 3320, org: 'Deutsche Telekom AG', label: 'isp', country: 'DE', v4: '91.33', v6: '2003:e2' },
  { asn: 6805, org: 'Telefonica Germany', label: 'mobile', country: 'DE', v4: '77.24' },
  { asn: 7922, org: 'Comcast Cable Communications', label: 'isp', country: 'US', v4: '73.162', v6: '2601:18c' },
  { asn: 701, org: 'Verizon Business', label: 'isp', country: 'US', v4: '71.105' },
  { asn: 2856, org: 'British Telecommunications PLC', label: 'isp', country: 'GB', v4: '86.150' },
  { asn: 5089, org: 'Virgin Media Limited', label: 'isp', country: 'GB', v4: '82.21' },
  { asn: 3352, org: 'Telefonica de Espana', label: 'isp', country: 'ES', v4: '83.45' },
  { asn: 30722, org: 'Vodafone Italia S.p.A.', label: 'mobile', country: 'IT', v4: '93.41' },
  { asn: 1136, org: 'KPN B.V.', label: 'isp', country: 'NL', v4: '84.80' },
  { asn: 5432, org: 'Proximus NV', label: 'isp', country: 'BE', v4: '81.241' },
  { asn: 812, org: 'Rogers Communications Canada', label: 'isp', country: 'CA', v4: '99.224' },
  { asn: 4713, org: 'NTT Communications Corporation', label: 'isp', country: 'JP', v4: '60.34' },
  { asn: 4134, org: 'Chinanet', label: 'isp', country: 'CN', v4: '58.208' },
  { asn: 4837, org: 'China Unicom Backbone', label: 'isp', country: 'CN', v4: '123.112' },
  { asn: 9829, org: 'National Internet Backbone (BSNL)', label: 'isp', country: 'IN', v4: '117.200' },
  { asn: 28573, org: 'Claro NXT Telecomunicacoes', label: 'isp', country: 'BR', v4: '177.34' },
  { asn: 12389, org: 'Rostelecom', label: 'isp', country: 'RU', v4: '95.24' },
  { asn: 9121, org: 'Turk Telekomunikasyon', label: 'isp', country: 'TR', v4: '88.230' },
  { asn: 45899, org: 'VNPT Corp', label: 'isp', country: 'VN', v4: '113.161' },
  { asn: 17974, org: 'PT Telekomunikasi Indonesia', label: 'isp', country: 'ID', v4: '36.71' },
  { asn: 8151, org: 'UNINET (Telmex)', label: 'isp', country: 'MX', v4: '187.188' },
  { asn: 5650, org: 'Frontier Communications', label: 'isp', country: 'US', v4: '47.185' },
  { asn: 6830, org: 'Liberty Global', label: 'isp', country: 'PL', v4: '89.64' },
  { asn: 8452, org: 'TE Data', label: 'isp', country: 'EG', v4: '197.36' },
  { asn: 7552, org: 'Viettel Group', label: 'mobile', country: 'VN', v4: '171.224' },
  { asn: 24560, org: 'Bharti Airtel Ltd.', label: 'mobile', country: 'IN', v4: '122.161' },
];

/** The countries where the demo's legitimate visitors mostly are. */
export const HOME_COUNTRIES = ['FR', 'DE', 'US', 'GB', 'ES', 'IT', 'NL', 'BE', 'CA'];

export const HOSTING: Network[] = [
  { asn: 16276, org: 'OVH SAS', label: 'hosting', country: 'FR', v4: '51.75' },
  { asn: 24940, org: 'Hetzner Online GmbH', label: 'hosting', country: 'DE', v4: '88.198' },
  { asn: 14061, org: 'DigitalOcean, LLC', label: 'hosting', country: 'US', v4: '159.89' },
  { asn: 16509, org: 'Amazon.com, Inc.', label: 'datacenter', country: 'US', v4: '3.91' },
  { asn: 396982, org: 'Google LLC (Cloud)', label: 'datacenter', country: 'US', v4: '34.141' },
  { asn: 63949, org: 'Akamai Connected Cloud (Linode)', label: 'hosting', country: 'US', v4: '172.105' },
  { asn: 51167, org: 'Contabo GmbH', label: 'hosting', country: 'DE', v4: '161.97' },
  { asn: 45102, org: 'Alibaba (US) Technology Co.', label: 'datacenter', country: 'CN', v4: '47.242' },
  { asn: 20473, org: 'The Constant Company (Vultr)', label: 'hosting', country: 'NL', v4: '45.77' },
  { asn: 8075, org: 'Microsoft Corporation (Azure)', label: 'datacenter', country: 'US', v4: '20.119' },
];

export const SEARCH_ENGINES: Record<'Googlebot' | 'Bingbot', Network> = {
  Googlebot: { asn: 15169, org: 'Google LLC', label: 'search_engine', country: 'US', v4: '66.249' },
  Bingbot: { asn: 8075, org: 'Microsoft Corporation', label: 'search_engine', country: 'US', v4: '157.55' },
};

export interface TcpStack {
  os: string;
  /** Initial TTL; the observed one is lower by the hop count. */
  ttl: 64 | 128;
  window: number;
  mss: number;
  ja4t: string;
}

export const TCP: Record<'windows' | 'linux' | 'macos' | 'android', TcpStack> = {
  windows: { os: 'Windows 10', ttl: 128, window: 64240, mss: 1460, ja4t: '64240_2-1-3-1-1-4_1460_8' }, // csv
  linux: { os: 'Ubuntu 22.04', ttl: 64, window: 65535, mss: 1460, ja4t: '65535_2-4-8-1-3_1460_8' }, // csv
  macos: { os: 'Mac OSX/iPhone', ttl: 64, window: 65535, mss: 1460, ja4t: '65535_2-1-3-1-1-8-4-0-0_1460_6' }, // csv
  android: { os: 'Android', ttl: 64, window: 65535, mss: 1400, ja4t: '65535_2-4-8-1-3_1400_9' },
};

export const JA4 = {
  chromium: 't13d1516h2_8daaf6152771_02713d6af862', // csv: Chromium Browser
  chromiumAlt: 't13d1517h2_8daaf6152771_b0da82dd1658', // csv: Chromium Browser
  firefox: 't13d1715h2_5b57614c22b0_3d5424432f57',
  safari: 't13d2014h2_a09f3c656075_14788d8d241b',
  python: 't13d181000_85036bcba153_d41ae481755e', // csv: Python
  golang: 't13d190900_9dc949149365_97f8aa674fd9', // csv: GoLang
  curl: 't13d3112h2_e8f1e7e78f70_375ba5a8e7e2',
  googlebot: 't13d1516h2_8daaf6152771_e5627efa2ab1',
  bingbot: 't13d1516h2_8daaf6152771_9b0a1c6e7d55',
  botnet: 't13d1011h2_61a7ad8aa9b6_3a8073edd8ef',
} as const;

/** Sibling fingerprints of one client that rotates its cipher list: sections a and c stay, b changes. */
export const ROTATION_JA4S = ['8daaf6152771', '4a7c3d2e91f0', '9c1e55ab7d02', 'e3b0c44298fc', '1f2b7a9d3c40'].map((b) => `t13d1516h2_${b}_02713d6af862`);

const CHROME_HEADERS =
  'Host,Connection,Sec-Ch-Ua,Sec-Ch-Ua-Mobile,Sec-Ch-Ua-Platform,Upgrade-Insecure-Requests,User-Agent,Accept,Sec-Fetch-Site,Sec-Fetch-Mode,Sec-Fetch-User,Sec-Fetch-Dest,Accept-Encoding,Accept-Language';
const FIREFOX_HEADERS =
  'Host,User-Agent,Accept,Accept-Language,Accept-Encoding,Connection,Upgrade-Insecure-Requests,Sec-Fetch-Dest,Sec-Fetch-Mode,Sec-Fetch-Site,Sec-Fetch-User';
const SAFARI_HEADERS = 'Host,Accept,Sec-Fetch-Site,Accept-Language,Sec-Fetch-Mode,Accept-Encoding,User-Agent,Sec-Fetch-Dest,Connection';

export interface Client {
  name: string;
  family: string;
  ja4: string;
  tcp: TcpStack;
  userAgents: string[];
  headers: string;
  acceptEncoding: string;
  acceptLanguage: boolean;
  httpVersion: string;
}

const chromeVersions = ['128.0.0.0', '129.0.0.0', '130.0.0.0', '131.0.0.0'];

export const BROWSERS: Client[] = [
  {
    name: 'Chrome on Windows',
    family: 'Chrome',
    ja4: JA4.chromium,
    tcp: TCP.windows,
    headers: CHROME_HEADERS,
    acceptEncoding: 'gzip, deflate, br, zstd',
    acceptLanguage: true,
    httpVersion: 'HTTP/2',
    userAgents: chromeVersions.map((v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v} Safari/537.36`),
  },
  {
    name: 'Chrome on macOS',
    family: 'Chrome',
    ja4: JA4.chromiumAlt,
    tcp: TCP.macos,
    headers: CHROME_HEADERS,
    acceptEncoding: 'gzip, deflate, br, zstd',
    acceptLanguage: true,
    httpVersion: 'HTTP/2',
    userAgents: chromeVersions.map((v) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v} Safari/537.36`),
  },
  {
    name: 'Chrome on Android',
    family: 'Chrome',
    ja4: JA4.chromium,
    tcp: TCP.android,
    headers: CHROME_HEADERS,
    acceptEncoding: 'gzip, deflate, br, zstd',
    acceptLanguage: true,
    httpVersion: 'HTTP/2',
    userAgents: chromeVersions.map((v) => `Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v} Mobile Safari/537.36`),
  },
  {
    name: 'Edge on Windows',
    family: 'Edge',
    ja4: JA4.chromium,
    tcp: TCP.windows,
    headers: CHROME_HEADERS,
    acceptEncoding: 'gzip, deflate, br, zstd',
    acceptLanguage: true,
    httpVersion: 'HTTP/2',
    userAgents: ['130.0.0.0', '131.0.0.0'].map(
      (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v} Safari/537.36 Edg/${v}`,
    ),
  },
  {
    name: 'Firefox on Windows',
    family: 'Firefox',
    ja4: JA4.firefox,
    tcp: TCP.windows,
    headers: FIREFOX_HEADERS,
    acceptEncoding: 'gzip, deflate, br, zstd',
    acceptLanguage: true,
    httpVersion: 'HTTP/2',
    userAgents: ['131.0', '132.0', '133.0'].map((v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v}) Gecko/20100101 Firefox/${v}`),
  },
  {
    name: 'Firefox on Linux',
    family: 'Firefox',
    ja4: JA4.firefox,
    tcp: TCP.linux,
    headers: FIREFOX_HEADERS,
    acceptEncoding: 'gzip, deflate, br, zstd',
    acceptLanguage: true,
    httpVersion: 'HTTP/2',
    userAgents: ['131.0', '132.0'].map((v) => `Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:${v}) Gecko/20100101 Firefox/${v}`),
  },
  {
    name: 'Safari on macOS',
    family: 'Safari',
    ja4: JA4.safari,
    tcp: TCP.macos,
    headers: SAFARI_HEADERS,
    acceptEncoding: 'gzip, deflate, br',
    acceptLanguage: true,
    httpVersion: 'HTTP/2',
    userAgents: ['17.6', '18.1'].map(
      (v) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Safari/605.1.15`,
    ),
  },
  {
    name: 'Safari on iPhone',
    family: 'Safari',
    ja4: JA4.safari,
    tcp: TCP.macos,
    headers: SAFARI_HEADERS,
    acceptEncoding: 'gzip, deflate, br',
    acceptLanguage: true,
    httpVersion: 'HTTP/2',
    userAgents: ['17_6', '18_1'].map(
      (v) =>
        `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v.replace('_', '.')} Mobile/15E148 Safari/604.1`,
    ),
  },
];

/** Browser share among the demo's human visitors, in BROWSERS order. */
export const BROWSER_WEIGHTS = [30, 14, 14, 8, 10, 4, 10, 10];

const SCRIPT_HEADERS = 'Host,User-Agent,Accept-Encoding,Accept,Connection';

export const SCRIPTS: Client[] = [
  {
    name: 'python-requests',
    family: '',
    ja4: JA4.python,
    tcp: TCP.linux,
    headers: SCRIPT_HEADERS,
    acceptEncoding: 'gzip, deflate',
    acceptLanguage: false,
    httpVersion: 'HTTP/1.1',
    userAgents: ['python-requests/2.31.0', 'python-requests/2.32.3'],
  },
  {
    name: 'curl',
    family: '',
    ja4: JA4.curl,
    tcp: TCP.linux,
    headers: 'Host,User-Agent,Accept',
    acceptEncoding: '',
    acceptLanguage: false,
    httpVersion: 'HTTP/2',
    userAgents: ['curl/8.4.0', 'curl/7.88.1'],
  },
  {
    name: 'Go net/http',
    family: '',
    ja4: JA4.golang,
    tcp: TCP.linux,
    headers: 'Host,User-Agent,Accept-Encoding',
    acceptEncoding: 'gzip',
    acceptLanguage: false,
    httpVersion: 'HTTP/1.1',
    userAgents: ['Go-http-client/1.1', 'Go-http-client/2.0'],
  },
];

export const CRAWLER_CLIENTS: Record<'Googlebot' | 'Bingbot', Client> = {
  Googlebot: {
    name: 'Googlebot',
    family: '',
    ja4: JA4.googlebot,
    tcp: TCP.linux,
    headers: 'Host,Connection,Accept,From,User-Agent,Accept-Encoding',
    acceptEncoding: 'gzip, deflate, br',
    acceptLanguage: false,
    httpVersion: 'HTTP/1.1',
    userAgents: [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    ],
  },
  Bingbot: {
    name: 'Bingbot',
    family: '',
    ja4: JA4.bingbot,
    tcp: TCP.windows,
    headers: 'Host,Accept,User-Agent,Accept-Encoding,From',
    acceptEncoding: 'gzip, deflate',
    acceptLanguage: false,
    httpVersion: 'HTTP/1.1',
    userAgents: ['Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)'],
  },
};

export const HOSTS = {
  shop: 'www.example-shop.com',
  api: 'api.example-shop.com',
  accounts: 'accounts.example-shop.com',
  news: 'news.example-media.org',
  bank: 'portal.example-bank.com',
  docs: 'docs.example-cloud.io',
} as const;

export const PAGES = {
  shop: ['/', '/products', '/products/42', '/products/1337', '/cart', '/search', '/category/shoes', '/category/electronics', '/checkout', '/account'],
  news: ['/', '/world', '/politics/2026/11/20/summit', '/tech/ai-chips', '/sports', '/opinion', '/about'],
  bank: ['/', '/login', '/accounts/overview', '/transfers', '/cards', '/help'],
  docs: ['/', '/getting-started', '/api/reference', '/guides/auth', '/pricing', '/changelog'],
  api: ['/v1/products', '/v1/products/42', '/v1/prices', '/v1/stock', '/v1/search', '/v1/reviews'],
  login: ['/login', '/api/auth/login', '/wp-login.php', '/account/signin'],
  probes: [
    '/.env',
    '/.git/config',
    '/wp-admin/setup-config.php',
    '/phpmyadmin/index.php',
    '/admin/login.php',
    '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php',
    '/cgi-bin/luci',
    '/server-status',
    '/actuator/env',
    '/config.json',
    '/backup.zip',
    '/.aws/credentials',
  ],
};

export const ASSETS = [
  '/static/app.js',
  '/static/vendor.js',
  '/static/main.css',
  '/static/logo.svg',
  '/static/hero.webp',
  '/static/fonts/inter.woff2',
  '/favicon.ico',
  '/static/product-42.jpg',
];

export const QUERIES = {
  shop: ['q=running+shoes', 'q=laptop&sort=price', 'page=2', 'utm_source=newsletter&utm_campaign=black-friday', 'ref=home'],
  api: ['page=1&limit=100', 'page=2&limit=100', 'page=3&limit=100', 'token=abc&userId=1', 'fields=price,stock'],
  login: ['redirect=%2Faccount', 'next=/dashboard', ''],
};
