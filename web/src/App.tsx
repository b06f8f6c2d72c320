import { lazy, Suspense } from 'react';
import { Navigate, NavLink, Route, Routes, useLocation, useParams, type Params } from 'react-router-dom';
import { NotFoundPage } from './routes/NotFoundPage';
import { SearchBox } from './features/search/SearchBox';
import { NotificationCentre } from './features/alerts/NotificationCentre';
import { SignedIn } from './features/session/SignedIn';

// each page is its own chunk: the graph and chart libraries load with the pages that use them
const DashboardPage = lazy(() => import('./routes/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const DetectionsPage = lazy(() => import('./routes/DetectionsPage').then((m) => ({ default: m.DetectionsPage })));
const DetailsPage = lazy(() => import('./routes/DetailsPage').then((m) => ({ default: m.DetailsPage })));
const EntityPage = lazy(() => import('./routes/EntityPage').then((m) => ({ default: m.EntityPage })));
const IpPage = lazy(() => import('./routes/IpPage').then((m) => ({ default: m.IpPage })));
const Ja4Page = lazy(() => import('./routes/Ja4Page').then((m) => ({ default: m.Ja4Page })));
const GraphPage = lazy(() => import('./routes/GraphPage').then((m) => ({ default: m.GraphPage })));
const BruteForcePage = lazy(() => import('./routes/analysis/BruteForcePage').then((m) => ({ default: m.BruteForcePage })));
const TcpSpoofingPage = lazy(() => import('./routes/analysis/TcpSpoofingPage').then((m) => ({ default: m.TcpSpoofingPage })));
const FingerprintsPage = lazy(() => import('./routes/analysis/FingerprintsPage').then((m) => ({ default: m.FingerprintsPage })));
const HeadersPage = lazy(() => import('./routes/analysis/HeadersPage').then((m) => ({ default: m.HeadersPage })));
const HeatmapPage = lazy(() => import('./routes/analysis/HeatmapPage').then((m) => ({ default: m.HeatmapPage })));
const BotnetsPage = lazy(() => import('./routes/analysis/BotnetsPage').then((m) => ({ default: m.BotnetsPage })));
const RotationPage = lazy(() => import('./routes/analysis/RotationPage').then((m) => ({ default: m.RotationPage })));
const FeaturesPage = lazy(() => import('./routes/analysis/FeaturesPage').then((m) => ({ default: m.FeaturesPage })));
const CampaignPage = lazy(() => import('./routes/CampaignsPage').then((m) => ({ default: m.CampaignPage })));
const CampaignsPage = lazy(() => import('./routes/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const ClusterPage = lazy(() => import('./routes/ClustersPage').then((m) => ({ default: m.ClusterPage })));
const ClustersPage = lazy(() => import('./routes/ClustersPage').then((m) => ({ default: m.ClustersPage })));
const IncidentPage = lazy(() => import('./routes/IncidentsPage').then((m) => ({ default: m.IncidentPage })));
const IncidentsPage = lazy(() => import('./routes/IncidentsPage').then((m) => ({ default: m.IncidentsPage })));
const ClassificationsPage = lazy(() => import('./routes/ClassificationsPage').then((m) => ({ default: m.ClassificationsPage })));
const AuditPage = lazy(() => import('./routes/AuditPage').then((m) => ({ default: m.AuditPage })));
const DetectionPage = lazy(() => import('./routes/DetectionPage').then((m) => ({ default: m.DetectionPage })));
const RiskiestPage = lazy(() => import('./routes/RiskiestPage').then((m) => ({ default: m.RiskiestPage })));
const InvestigationsPage = lazy(() => import('./routes/InvestigationsPage').then((m) => ({ default: m.InvestigationsPage })));
const HuntPage = lazy(() => import('./routes/HuntPage').then((m) => ({ default: m.HuntPage })));
const AlertsPage = lazy(() => import('./routes/AlertsPage').then((m) => ({ default: m.AlertsPage })));
const WebhooksPage = lazy(() => import('./routes/WebhooksPage').then((m) => ({ default: m.WebhooksPage })));
const AlertPage = lazy(() => import('./routes/AlertPage').then((m) => ({ default: m.AlertPage })));
const HealthPage = lazy(() => import('./routes/HealthPage').then((m) => ({ default: m.HealthPage })));

const SECTIONS: { title: string; links: { to: string; label: string }[] }[] = [
  {
    title: 'Investigate',
    links: [
      { to: '/', label: 'Dashboard' },
      { to: '/riskiest', label: 'Riskiest now' },
      { to: '/hunt', label: 'Retro-hunt' },
      { to: '/alerts', label: 'Alerts' },
      { to: '/detections', label: 'Detections' },
      { to: '/graph', label: 'Graph explorer' },
      { to: '/investigations', label: 'Investigations' },
      { to: '/incidents', label: 'Incidents' },
      { to: '/classifications', label: 'Classifications' },
    ],
  },
  {
    title: 'Analyses',
    links: [
      { to: '/analysis/brute-force', label: 'Brute force' },
      { to: '/analysis/tcp-spoofing', label: 'TCP spoofing' },
      { to: '/analysis/fingerprints', label: 'TLS fingerprints' },
      { to: '/analysis/headers', label: 'Header clusters' },
      { to: '/analysis/heatmap', label: 'Heatmap' },
      { to: '/analysis/botnets', label: 'Botnets & JA4 spread' },
      { to: '/analysis/rotation', label: 'Rotation & persistence' },
      { to: '/analysis/features', label: 'ML features' },
      { to: '/campaigns', label: 'Campaigns' },
      { to: '/clusters', label: 'Clustering' },
      { to: '/audit', label: 'Audit' },
    ],
  },
];

export function App() {
  return (
    <div className="shell">
      <a href="#content" className="skip-link">
        Skip to content
      </a>
      <nav className="nav" aria-label="Main">
        <NavLink to="/" className="brand">
          ja4graph
        </NavLink>
        {SECTIONS.map((s) => (
          <div key={s.title} className="nav-section">
            <h2>{s.title}</h2>
            {s.links.map((l) => (
              <NavLink key={l.to} to={l.to} end={l.to === '/'}>
                {l.label}
              </NavLink>
            ))}
          </div>
        ))}
        <div className="nav-section">
          <h2>Tools</h2>
          <a href="/graphql" target="_blank" rel="noreferrer">
            GraphiQL
          </a>
          <a href="/docs" target="_blank" rel="noreferrer">
            REST API docs
          </a>
          <NavLink to="/status">Platform status</NavLink>
          <NavLink to="/settings/webhooks">Webhooks</NavLink>
        </div>
      </nav>
      <div className="main">
        <header className="topbar">
          <SearchBox />
          <NotificationCentre />
          <SignedIn />
        </header>
        <main className="content" id="content" tabIndex={-1}>
          <Suspense
            fallback={
              <p role="status" className="muted">
                Loading the page…
              </p>
            }
          >
            <Routes>
              <Route path="/" element={<DashboardPage />} />
              <Route path="/detections" element={<DetectionsPage />} />
              <Route path="/detections/:type/*" element={<DetailsPage />} />
              <Route path="/entities/:type/*" element={<EntityPage />} />
              <Route path="/ja4/:ja4" element={<Ja4Page />} />
              <Route path="/ip/:ip" element={<IpPage />} />
              {/* the pages' first addresses: links shared before "investigation" came to mean a saved one */}
              <Route path="/investigation/ja4/:ja4" element={<Moved to={(p) => `/ja4/${p.ja4}`} />} />
              <Route path="/investigation/:ip" element={<Moved to={(p) => `/ip/${p.ip}`} />} />
              <Route path="/graph" element={<GraphPage />} />
              <Route path="/riskiest" element={<RiskiestPage />} />
              <Route path="/hunt" element={<HuntPage />} />
              <Route path="/alerts" element={<AlertsPage />} />
              <Route path="/alerts/:id" element={<AlertPage />} />
              <Route path="/settings/webhooks" element={<WebhooksPage />} />
              <Route path="/investigations" element={<InvestigationsPage />} />
              <Route path="/analysis/brute-force" element={<BruteForcePage />} />
              <Route path="/analysis/tcp-spoofing" element={<TcpSpoofingPage />} />
              <Route path="/analysis/fingerprints" element={<FingerprintsPage />} />
              <Route path="/analysis/headers" element={<HeadersPage />} />
              <Route path="/analysis/heatmap" element={<HeatmapPage />} />
              <Route path="/analysis/botnets" element={<BotnetsPage />} />
              <Route path="/analysis/rotation" element={<RotationPage />} />
              <Route path="/analysis/features" element={<FeaturesPage />} />
              <Route path="/campaigns" element={<CampaignsPage />} />
              <Route path="/campaigns/:id" element={<CampaignPage />} />
              <Route path="/clusters" element={<ClustersPage />} />
              <Route path="/clusters/:id" element={<ClusterPage />} />
              <Route path="/incidents" element={<IncidentsPage />} />
              <Route path="/incidents/:id" element={<IncidentPage />} />
              <Route path="/classifications" element={<ClassificationsPage />} />
              <Route path="/audit" element={<AuditPage />} />
              <Route path="/detection/:id" element={<DetectionPage />} />
              <Route path="/status" element={<HealthPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </main>
      </div>
    </div>
  );
}

/** An old address of a page: the same page, its query (window, tab) kept, replacing the history entry. */
function Moved({ to }: { to: (params: Params) => string }) {
  const params = useParams();
  const { search, hash } = useLocation();
  return <Navigate replace to={`${to(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, encodeURIComponent(v ?? '')])))}${search}${hash}`} />;
}
