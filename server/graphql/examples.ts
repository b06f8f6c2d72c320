import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Saved operations GraphiQL opens with: the analysts' everyday pivots. */
export function exampleTabs(dataDir: string) {
  const truth = readTruth(dataDir);
  const ip = truth?.scenarios?.credential_stuffing?.ips?.[0] ?? '203.0.113.7';
  const ja4 = truth?.botnet?.ja4 ?? 't13d1516h2_8daaf6152771_02713d6af862';
  const campaign = truth?.botnet?.campaignId ?? 'CAMP-NEBULA-7F3A';
  const tab = (query: string, variables: Record<string, unknown>) => ({ query: query.trim(), variables: JSON.stringify(variables, null, 2) });
  return [
    tab(
      `
# IP investigation: who is this, what did it use, what did the detector say?
query IpInvestigation($ip: IPAddress!) {
  ip(address: $ip, window: { preset: LAST_7D }) {
    address hits firstSeen lastSeen detectionCount
    threatLevels { level count }
    asn { number name label }
    country { code name }
    subnet { cidr ips(first: 5) { totalCount } }
    ja4s { totalCount edges { hits node { fingerprint knownApplications { application library } } } }
    userAgents(first: 5) { totalCount edges { hits node { value category } } }
    hosts { edges { hits node { name } } }
    recurrence { days worstThreat }
    detections(first: 5) { totalCount edges { node { detectedAt threatLevel anomalyScore reason host { name } } } }
  }
}`,
      { ip },
    ),
    tab(
      `
# JA4 pivot: one fingerprint → every IP, AS and country using it
query Ja4Pivot($ja4: String!) {
  ja4(fingerprint: $ja4, window: { preset: LAST_7D }) {
    fingerprint hits uniqueIps
    sections { a b c tlsVersion cipherCount alpn }
    knownApplications { application library os }
    countries(first: 20) { totalCount edges { hits node { code name } } }
    asns(first: 10) { totalCount edges { hits node { number name label } } }
    ips(first: 10) { totalCount edges { hits node { address country { code } } } }
    userAgents(first: 5) { edges { hits node { value category } } }
    similar { ja4 { fingerprint } hits uniqueIps }
  }
}`,
      { ja4 },
    ),
    tab(
      `
# Campaign map: members, infrastructure and tempo of a detected campaign
query CampaignMap($id: String!) {
  campaign(id: $id, window: { preset: LAST_7D }) {
    campaignId detectionCount uniqueIps firstSeen lastSeen
    ja4s { edges { node { fingerprint } } }
    countries(first: 30) { totalCount edges { hits node { code name } } }
    asns(first: 30) { totalCount edges { hits node { number name } } }
    ips(first: 20) { totalCount edges { hits node { address } } }
    timeline { start hits }
  }
}`,
      { id: campaign },
    ),
    tab(
      `
# Host attackers: who hits this host, with what, and when
query HostAttackers($host: String!) {
  host(name: $host, window: { preset: LAST_24H }) {
    name hits uniqueIps detectionCount
    hourlyActivity { hour hits }
    paths(first: 10) { items { value hits uniqueIps } }
    ips(first: 20) { totalCount edges { hits node { address asn { name } detectionCount } } }
    ja4s(first: 10) { edges { hits node { fingerprint } } }
  }
}`,
      { host: 'accounts.example-shop.com' },
    ),
    tab(
      `
# ML export: every classified IP with its features and the analyst's label, for retraining the detector
query MlExport {
  mlTrainingSet(window: {preset: LAST_30D}) {
    generatedAt
    featureNames
    totalCount
    examples { address label tags confidence analyst classifiedAt sessions features }
  }
}`,
      {},
    ),
    tab(
      `
# Hand a botnet to other tools: its JA4 and IPs as a Suricata rule set (or STIX, MISP, CSV), without saving
query ExportBotnet($ja4: String!, $ips: [EntityRefInput!]!) {
  exportEntities(entities: $ips, format: SURICATA, name: "botnet JA4") { filename contentType counts { kind count } content }
  ja4(fingerprint: $ja4) { notes { text author investigation { key name } } }
}`,
      { ja4, ips: [{ type: 'JA4', value: ja4 }] },
    ),
    tab(
      `
# Retro-hunt: which of a partner's indicators did we see? (text, CSV, STIX, MISP or Suricata rules; larger files: POST /api/hunt)
query RetroHunt($text: String!) {
  retroHunt(input: { text: $text, source: "partner e-mail" }, window: { preset: LAST_30D }) {
    format summary { indicators seen notSeen unreadable }
    matches(first: 20, sort: REQUESTS) { edges { node {
      kind value seen firstSeen lastSeen requests detections { critical high total } verdict
      linkedCount linked { __typename key } } } }
    unreadable { at text reason }
  }
}`,
      { text: [ip.replace(/\./g, '[.]'), ja4, `${ip.split('.').slice(0, 2).join('.')}.0.0/16`, '"python-requests/2.31.0"', '198.51.100.7'].join('\n') },
    ),
    tab(
      `
# Alerts your watches raised, and the watches on the botnet JA4. Watch it with
#   mutation { createWatch(input: { entity: { type: JA4, value: "<ja4>" }, rules: [{ kind: NEW_NEIGHBOURS, neighbour: IP }] }) { id } }
# and follow new alerts live with  subscription { alertRaised { id title newEntities { key } } }
query Alerts($ja4: String!) {
  alerts(states: [NEW, ACKNOWLEDGED], first: 20) {
    totalCount newCount
    items { id title state assignee raisedAt entity { type key } evidence comments { author text } }
  }
  watches(entity: { type: JA4, value: $ja4 }) { items { id name owner rules { text } mutedUntil } }
}`,
      { ja4 },
    ),
  ];
}

/** What the examples need of the demo's ground truth, when the data directory has it. */
interface Truth {
  scenarios?: Record<string, { ips?: string[] } | undefined>;
  botnet?: { ja4?: string; campaignId?: string };
}

function readTruth(dataDir: string): Truth | null {
  try {
    return JSON.parse(readFileSync(path.join(dataDir, 'ground-truth.json'), 'utf8')) as Truth;
  } catch {
    return null;
  }
}
