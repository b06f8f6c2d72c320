import {
  ASSETS,
  BROWSERS,
  BROWSER_WEIGHTS,
  CRAWLER_CLIENTS,
  HOME_COUNTRIES,
  HOSTING,
  HOSTS,
  JA4,
  PAGES,
  QUERIES,
  RESIDENTIAL,
  ROTATION_JA4S,
  SCRIPTS,
  SEARCH_ENGINES,
  TCP,
  type Client,
  type Network,
  type TcpStack,
} from './catalog.js';
import { createRandom, type Random } from './random.js';

export const SCENARIOS = [
  'human',
  'crawler',
  'scraper',
  'botnet',
  'credential_stuffing',
  'ja4_rotation',
  'ua_rotation',
  'tcp_spoofing',
  'headless',
  'persistent',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** One traffic source and the shape of its requests; a row of the generator's staging table. */
export interface Actor {
  actor_id: number;
  scenario: Scenario;
  src_ip: string;
  country_code: string;
  asn: number;
  asn_org: string;
  asn_label: string;
  ja4s: string[];
  user_agents: string[];
  client_headers: string;
  accept_encoding: string;
  accept_language: string;
  http_version: string;
  ttl: number;
  tcp_window: number;
  tcp_mss: number;
  ja4t: string;
  hosts: string[];
  pages: string[];
  assets: string[];
  queries: string[];
  requests: number;
  sess_len: number;
  assets_per_page: number;
  page_gap_min_ms: number;
  page_gap_max_ms: number;
  asset_gap_min_ms: number;
  asset_gap_max_ms: number;
  post_share: number;
  error_share: number;
  error_status: number;
  referer_share: number;
  port_per_request: number;
  active_days: number[];
  /** 1: sessions visit the active days in turn (every day is covered); 0: days drawn at random. */
  day_cycle: number;
  hour_from: number;
  hour_to: number;
  campaign_id: string;
  bot_name: string;
}

export interface PopulationOptions {
  seed: number;
  scale: number;
  days: number;
}

export const BOTNET_CAMPAIGN = 'CAMP-NEBULA-7F3A';

const LANGS: Record<string, string> = {
  FR: 'fr-FR,fr;q=0.9,en;q=0.8',
  DE: 'de-DE,de;q=0.9,en;q=0.8',
  ES: 'es-ES,es;q=0.9',
  IT: 'it-IT,it;q=0.9',
  NL: 'nl-NL,nl;q=0.9,en;q=0.8',
  BE: 'fr-BE,fr;q=0.9,nl;q=0.8',
  JP: 'ja-JP,ja;q=0.9',
  CN: 'zh-CN,zh;q=0.9',
};
const languageFor = (country: string) => LANGS[country] ?? 'en-US,en;q=0.9';

export function buildPopulation({ seed, scale, days }: PopulationOptions): Actor[] {
  const rnd = createRandom(seed);
  const ips = new IpAllocator(rnd);
  const actors: Actor[] = [];
  // scenario populations keep a floor so that small test datasets still show every pattern
  const volume = Math.max(scale, 0.15);
  const allDays = Array.from({ length: days }, (_, d) => d);
  const add = (a: Omit<Actor, 'actor_id'>) => actors.push({ actor_id: actors.length + 1, ...a });

  const base = (scenario: Scenario, net: Network, client: Client, tcp: TcpStack = client.tcp, v6 = false) => ({
    scenario,
    src_ip: ips.next(net, v6),
    country_code: net.country,
    asn: net.asn,
    asn_org: net.org,
    asn_label: net.label,
    ja4s: [client.ja4],
    user_agents: [rnd.pick(client.userAgents)],
    client_headers: client.headers,
    accept_encoding: client.acceptEncoding,
    accept_language: client.acceptLanguage ? languageFor(net.country) : '',
    http_version: client.httpVersion,
    ttl: tcp.ttl - rnd.int(3, 18),
    tcp_window: tcp.window,
    tcp_mss: tcp.mss,
    ja4t: tcp.ja4t,
    queries: [] as string[],
    referer_share: 0,
    campaign_id: '',
    bot_name: '',
    error_status: 404,
    hour_from: 0,
    hour_to: 23,
    active_days: allDays,
    day_cycle: 0,
  });

  const homeNets = RESIDENTIAL.filter((n) => HOME_COUNTRIES.includes(n.country));
  const humans = Math.max(40, Math.round(1800 * scale));
  for (let i = 0; i < humans; i++) {
    const net = rnd.pick(homeNets);
    const client = rnd.weighted(BROWSERS, BROWSER_WEIGHTS);
    const site = rnd.weighted(['shop', 'news', 'bank', 'docs'] as const, [50, 25, 12, 13]);
    const sessions = rnd.int(4, 30);
    const sessLen = rnd.int(12, 42);
    add({
      ...base('human', net, client, client.tcp, net.v6 !== undefined && rnd.next() < 0.15),
      hosts: site === 'shop' && rnd.next() < 0.3 ? [HOSTS.shop, HOSTS.accounts] : [HOSTS[site]],
      pages: PAGES[site],
      assets: ASSETS,
      queries: site === 'shop' ? QUERIES.shop : [],
      requests: sessions * sessLen,
      sess_len: sessLen,
      assets_per_page: rnd.int(3, 7),
      page_gap_min_ms: 4000,
      page_gap_max_ms: 60000,
      asset_gap_min_ms: 40,
      asset_gap_max_ms: 900,
      post_share: site === 'shop' ? 0.03 : 0.01,
      error_share: 0.01,
      referer_share: 0.4,
      port_per_request: 0,
      active_days: rnd.sample(allDays, rnd.int(1, Math.min(days, 4))),
      hour_from: rnd.int(7, 12),
      hour_to: rnd.int(17, 23),
    });
  }

  for (const bot of ['Googlebot', 'Bingbot'] as const) {
    const client = CRAWLER_CLIENTS[bot];
    for (let i = 0; i < (bot === 'Googlebot' ? 12 : 8); i++) {
      add({
        ...base('crawler', SEARCH_ENGINES[bot], client),
        user_agents: client.userAgents,
        hosts: [HOSTS.shop, HOSTS.news, HOSTS.docs],
        pages: [...PAGES.shop, ...PAGES.news, ...PAGES.docs, '/robots.txt', '/sitemap.xml'],
        assets: [],
        requests: Math.round(1500 * volume),
        sess_len: 50,
        assets_per_page: 0,
        page_gap_min_ms: 2000,
        page_gap_max_ms: 9000,
        asset_gap_min_ms: 0,
        asset_gap_max_ms: 0,
        post_share: 0,
        error_share: 0.02,
        port_per_request: 1,
        day_cycle: 1,
        bot_name: bot,
      });
    }
  }

  for (let i = 0; i < 40; i++) {
    const client = SCRIPTS[i % SCRIPTS.length]!;
    add({
      ...base('scraper', rnd.pick(HOSTING), client),
      user_agents: [client.userAgents[i % client.userAgents.length]!],
      hosts: i % 2 ? [HOSTS.shop] : [HOSTS.api],
      pages: i % 2 ? PAGES.shop : PAGES.api,
      assets: [],
      queries: i % 2 ? QUERIES.shop : QUERIES.api,
      requests: Math.round(2500 * volume),
      sess_len: 200,
      assets_per_page: 0,
      page_gap_min_ms: 300,
      page_gap_max_ms: 1500,
      asset_gap_min_ms: 0,
      asset_gap_max_ms: 0,
      post_share: 0,
      error_share: 0.05,
      port_per_request: 1,
      active_days: rnd.sample(allDays, rnd.int(1, days)),
    });
  }

  // one fingerprint, many residential networks in many countries, browser-like user agents
  const botnetNets = RESIDENTIAL;
  for (let i = 0; i < 96; i++) {
    const net = botnetNets[i % botnetNets.length]!;
    const chrome = BROWSERS[0]!;
    add({
      ...base('botnet', net, chrome, rnd.pick([TCP.windows, TCP.linux, TCP.android])),
      ja4s: [JA4.botnet],
      user_agents: chrome.userAgents,
      accept_language: 'en-US,en;q=0.9',
      hosts: [HOSTS.shop, HOSTS.api],
      pages: ['/products', '/products/42', '/products/1337', '/search', '/v1/prices', '/v1/stock'],
      assets: [],
      queries: ['q=ps5', 'q=gpu+rtx', 'sku=1337', 'sku=42&fields=price'],
      requests: Math.round(600 * volume),
      sess_len: 30,
      assets_per_page: 0,
      page_gap_min_ms: 1500,
      page_gap_max_ms: 4000,
      asset_gap_min_ms: 0,
      asset_gap_max_ms: 0,
      post_share: 0,
      error_share: 0.02,
      port_per_request: 1,
      campaign_id: BOTNET_CAMPAIGN,
    });
  }

  for (let i = 0; i < 6; i++) {
    const client = SCRIPTS[i % 2]!;
    add({
      ...base('credential_stuffing', HOSTING[i % HOSTING.length]!, client),
      user_agents: [BROWSERS[0]!.userAgents[0]!],
      hosts: [HOSTS.accounts, HOSTS.bank, HOSTS.shop].slice(0, 1 + (i % 3)),
      pages: PAGES.login,
      assets: [],
      queries: QUERIES.login,
      requests: Math.round(3000 * volume),
      sess_len: 150,
      assets_per_page: 0,
      page_gap_min_ms: 150,
      page_gap_max_ms: 700,
      asset_gap_min_ms: 0,
      asset_gap_max_ms: 0,
      post_share: 0.97,
      error_share: 0.93,
      error_status: 401,
      port_per_request: 1,
    });
  }

  for (let i = 0; i < 5; i++) {
    add({
      ...base('ja4_rotation', rnd.pick(HOSTING), BROWSERS[0]!),
      ja4s: ROTATION_JA4S.slice(0, 3 + (i % 3)),
      hosts: [HOSTS.shop],
      pages: PAGES.shop,
      assets: [],
      queries: QUERIES.shop,
      requests: Math.round(2000 * volume),
      sess_len: 100,
      assets_per_page: 0,
      page_gap_min_ms: 500,
      page_gap_max_ms: 2500,
      asset_gap_min_ms: 0,
      asset_gap_max_ms: 0,
      post_share: 0,
      error_share: 0.03,
      port_per_request: 1,
    });
  }

  const allBrowserUas = BROWSERS.flatMap((b) => b.userAgents);
  for (let i = 0; i < 5; i++) {
    const client = SCRIPTS[2 - (i % 2)]!;
    add({
      ...base('ua_rotation', rnd.pick(HOSTING), client),
      user_agents: allBrowserUas,
      hosts: [HOSTS.shop, HOSTS.news],
      pages: [...PAGES.shop, ...PAGES.news],
      assets: [],
      queries: QUERIES.shop,
      requests: Math.round(2000 * volume),
      sess_len: 100,
      assets_per_page: 0,
      page_gap_min_ms: 400,
      page_gap_max_ms: 2000,
      asset_gap_min_ms: 0,
      asset_gap_max_ms: 0,
      post_share: 0,
      error_share: 0.04,
      port_per_request: 1,
    });
  }

  for (let i = 0; i < 8; i++) {
    // claims Windows or iPhone, but the TCP stack says otherwise
    const claimsWindows = i % 2 === 0;
    const client = claimsWindows ? BROWSERS[0]! : BROWSERS[7]!;
    add({
      ...base('tcp_spoofing', rnd.pick(HOSTING), client, claimsWindows ? TCP.linux : TCP.windows),
      hosts: [HOSTS.shop, HOSTS.bank].slice(0, 1 + (i % 2)),
      pages: [...PAGES.shop, ...PAGES.bank],
      assets: [],
      queries: QUERIES.shop,
      requests: Math.round(1500 * volume),
      sess_len: 60,
      assets_per_page: 0,
      page_gap_min_ms: 800,
      page_gap_max_ms: 3000,
      asset_gap_min_ms: 0,
      asset_gap_max_ms: 0,
      post_share: 0.02,
      error_share: 0.03,
      port_per_request: 1,
    });
  }

  for (let i = 0; i < 8; i++) {
    const chrome = BROWSERS[0]!;
    add({
      ...base('headless', rnd.pick(HOSTING), chrome, TCP.linux),
      user_agents: [
        i % 2
          ? 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36'
          : 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      ],
      accept_language: 'en-US',
      hosts: [HOSTS.shop, HOSTS.news].slice(0, 1 + (i % 2)),
      pages: [...PAGES.shop, ...PAGES.news],
      assets: ASSETS,
      requests: Math.round(2000 * volume),
      sess_len: 90,
      assets_per_page: 8,
      page_gap_min_ms: 2000,
      page_gap_max_ms: 2200,
      asset_gap_min_ms: 20,
      asset_gap_max_ms: 28,
      post_share: 0,
      error_share: 0.01,
      port_per_request: 0,
    });
  }

  for (let i = 0; i < 8; i++) {
    const client = SCRIPTS[i % SCRIPTS.length]!;
    const hour = rnd.int(0, 21);
    add({
      ...base('persistent', rnd.pick(HOSTING), client),
      hosts: [HOSTS.shop, HOSTS.bank, HOSTS.docs],
      pages: PAGES.probes,
      assets: [],
      requests: Math.max(days * 40, Math.round(1200 * volume)),
      sess_len: 40,
      assets_per_page: 0,
      page_gap_min_ms: 200,
      page_gap_max_ms: 1200,
      asset_gap_min_ms: 0,
      asset_gap_max_ms: 0,
      post_share: 0,
      error_share: 0.85,
      error_status: 404,
      port_per_request: 1,
      active_days: allDays,
      day_cycle: 1,
      hour_from: hour,
      hour_to: hour + 2,
    });
  }

  return actors;
}

/** Unique addresses inside each network's prefix. */
class IpAllocator {
  private used = new Set<string>();
  constructor(private rnd: Random) {}

  next(net: Network, v6: boolean): string {
    for (;;) {
      const ip = v6 && net.v6 ? `${net.v6}:${this.hex()}:${this.hex()}::${this.hex()}` : `${net.v4}.${this.rnd.int(0, 255)}.${this.rnd.int(1, 254)}`;
      if (!this.used.has(ip)) {
        this.used.add(ip);
        return ip;
      }
    }
  }

  private hex() {
    return this.rnd.int(1, 0xffff).toString(16);
  }
}
