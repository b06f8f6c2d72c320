import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type Section = 'Investigate' | 'Analyses' | 'Tools';

/** A page: its address, its component (its own chunk: the graph and chart libraries load with the pages that use them), and its place in the navigation. */
export interface PageEntry {
  path: string;
  Page: LazyExoticComponent<ComponentType>;
  nav?: { section: Section; label: string };
}

const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));

/** Every page of the app, once: the router and the navigation both read this list (the navigation in its order). */
export const PAGES: PageEntry[] = [
  { path: '/', Page: page(() => import('./routes/DashboardPage'), 'DashboardPage'), nav: { section: 'Investigate', label: 'Dashboard' } },
  { path: '/riskiest', Page: page(() => import('./routes/RiskiestPage'), 'RiskiestPage'), nav: { section: 'Investigate', label: 'Riskiest now' } },
  { path: '/hunt', Page: page(() => import('./routes/HuntPage'), 'HuntPage'), nav: { section: 'Investigate', label: 'Retro-hunt' } },
  { path: '/alerts', Page: page(() => import('./routes/AlertsPage'), 'AlertsPage'), nav: { section: 'Investigate', label: 'Alerts' } },
  { path: '/alerts/:id', Page: page(() => import('./routes/AlertPage'), 'AlertPage') },
  { path: '/detections', Page: page(() => import('./routes/DetectionsPage'), 'DetectionsPage'), nav: { section: 'Investigate', label: 'Detections' } },
  { path: '/detections/:type/*', Page: page(() => import('./routes/DetailsPage'), 'DetailsPage') },
  { path: '/detection/:id', Page: page(() => import('./routes/DetectionPage'), 'DetectionPage') },
  { path: '/entities/:type/*', Page: page(() => import('./routes/EntityPage'), 'EntityPage') },
  { path: '/ip/:ip', Page: page(() => import('./routes/IpPage'), 'IpPage') },
  { path: '/ja4/:ja4', Page: page(() => import('./routes/Ja4Page'), 'Ja4Page') },
  { path: '/graph', Page: page(() => import('./routes/GraphPage'), 'GraphPage'), nav: { section: 'Investigate', label: 'Graph explorer' } },
  {
    path: '/investigations',
    Page: page(() => import('./routes/InvestigationsPage'), 'InvestigationsPage'),
    nav: { section: 'Investigate', label: 'Investigations' },
  },
  { path: '/incidents', Page: page(() => import('./routes/IncidentsPage'), 'IncidentsPage'), nav: { section: 'Investigate', label: 'Incidents' } },
  { path: '/incidents/:id', Page: page(() => import('./routes/IncidentPage'), 'IncidentPage') },
  {
    path: '/classifications',
    Page: page(() => import('./routes/ClassificationsPage'), 'ClassificationsPage'),
    nav: { section: 'Investigate', label: 'Classifications' },
  },
  {
    path: '/analysis/brute-force',
    Page: page(() => import('./routes/analysis/BruteForcePage'), 'BruteForcePage'),
    nav: { section: 'Analyses', label: 'Brute force' },
  },
  {
    path: '/analysis/tcp-spoofing',
    Page: page(() => import('./routes/analysis/TcpSpoofingPage'), 'TcpSpoofingPage'),
    nav: { section: 'Analyses', label: 'TCP spoofing' },
  },
  {
    path: '/analysis/fingerprints',
    Page: page(() => import('./routes/analysis/FingerprintsPage'), 'FingerprintsPage'),
    nav: { section: 'Analyses', label: 'TLS fingerprints' },
  },
  {
    path: '/analysis/headers',
    Page: page(() => import('./routes/analysis/HeadersPage'), 'HeadersPage'),
    nav: { section: 'Analyses', label: 'Header clusters' },
  },
  { path: '/analysis/heatmap', Page: page(() => import('./routes/analysis/HeatmapPage'), 'HeatmapPage'), nav: { section: 'Analyses', label: 'Heatmap' } },
  {
    path: '/analysis/botnets',
    Page: page(() => import('./routes/analysis/BotnetsPage'), 'BotnetsPage'),
    nav: { section: 'Analyses', label: 'Botnets & JA4 spread' },
  },
  {
    path: '/analysis/rotation',
    Page: page(() => import('./routes/analysis/RotationPage'), 'RotationPage'),
    nav: { section: 'Analyses', label: 'Rotation & persistence' },
  },
  {
    path: '/analysis/features',
    Page: page(() => import('./routes/analysis/FeaturesPage'), 'FeaturesPage'),
    nav: { section: 'Analyses', label: 'ML features' },
  },
  { path: '/campaigns', Page: page(() => import('./routes/CampaignsPage'), 'CampaignsPage'), nav: { section: 'Analyses', label: 'Campaigns' } },
  { path: '/campaigns/:id', Page: page(() => import('./routes/CampaignPage'), 'CampaignPage') },
  { path: '/clusters', Page: page(() => import('./routes/ClustersPage'), 'ClustersPage'), nav: { section: 'Analyses', label: 'Clustering' } },
  { path: '/clusters/:id', Page: page(() => import('./routes/ClusterPage'), 'ClusterPage') },
  { path: '/audit', Page: page(() => import('./routes/AuditPage'), 'AuditPage'), nav: { section: 'Analyses', label: 'Audit' } },
  { path: '/status', Page: page(() => import('./routes/HealthPage'), 'HealthPage'), nav: { section: 'Tools', label: 'Platform status' } },
  { path: '/settings/webhooks', Page: page(() => import('./routes/WebhooksPage'), 'WebhooksPage'), nav: { section: 'Tools', label: 'Webhooks' } },
];

/** Pages' first addresses, and where they live now: links shared before "investigation" came to mean a saved one. */
export const MOVED: { from: string; to: (params: Record<string, string>) => string }[] = [
  { from: '/investigation/ja4/:ja4', to: (p) => `/ja4/${p.ja4}` },
  { from: '/investigation/:ip', to: (p) => `/ip/${p.ip}` },
];

export const SECTIONS: Section[] = ['Investigate', 'Analyses', 'Tools'];
