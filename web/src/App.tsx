import { NavLink, Route, Routes } from 'react-router-dom';
import { SearchBox } from './features/search/SearchBox';
import { DashboardPage } from './routes/DashboardPage';
import { DetectionsPage } from './routes/DetectionsPage';
import { DetailsPage } from './routes/DetailsPage';
import { EntityPage } from './routes/EntityPage';
import { IpInvestigationPage } from './routes/IpInvestigationPage';
import { Ja4InvestigationPage } from './routes/Ja4InvestigationPage';
import { GraphPage } from './routes/GraphPage';
import { BruteForcePage } from './routes/analysis/BruteForcePage';
import { TcpSpoofingPage } from './routes/analysis/TcpSpoofingPage';
import { FingerprintsPage } from './routes/analysis/FingerprintsPage';
import { HeadersPage } from './routes/analysis/HeadersPage';
import { HeatmapPage } from './routes/analysis/HeatmapPage';
import { BotnetsPage } from './routes/analysis/BotnetsPage';
import { RotationPage } from './routes/analysis/RotationPage';
import { FeaturesPage } from './routes/analysis/FeaturesPage';
import { CampaignPage, CampaignsPage } from './routes/CampaignsPage';
import { ClusterPage, ClustersPage } from './routes/ClustersPage';
import { IncidentPage, IncidentsPage } from './routes/IncidentsPage';
import { ClassificationsPage } from './routes/ClassificationsPage';
import { AuditPage } from './routes/AuditPage';
import { DetectionPage } from './routes/DetectionPage';
import { HealthPage } from './routes/HealthPage';
import { NotFoundPage } from './routes/NotFoundPage';

const SECTIONS: { title: string; links: { to: string; label: string }[] }[] = [
  {
    title: 'Investigate',
    links: [
      { to: '/', label: 'Dashboard' },
      { to: '/detections', label: 'Detections' },
      { to: '/graph', label: 'Graph explorer' },
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
        </div>
      </nav>
      <div className="main">
        <header className="topbar">
          <SearchBox />
        </header>
        <main className="content">
          <Routes>
            <Route path="/" element={<DashboardPage />} />
            <Route path="/detections" element={<DetectionsPage />} />
            <Route path="/detections/:type/*" element={<DetailsPage />} />
            <Route path="/entities/:type/*" element={<EntityPage />} />
            <Route path="/investigation/ja4/:ja4" element={<Ja4InvestigationPage />} />
            <Route path="/investigation/:ip" element={<IpInvestigationPage />} />
            <Route path="/graph" element={<GraphPage />} />
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
        </main>
      </div>
    </div>
  );
}
