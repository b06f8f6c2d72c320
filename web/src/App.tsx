import { Link, Route, Routes } from 'react-router-dom';
import { HealthPage } from './routes/HealthPage';

export function App() {
  return (
    <div className="shell">
      <nav className="nav" aria-label="Main">
        <Link to="/" className="brand">ja4graph</Link>
        <Link to="/">Status</Link>
        <a href="/graphql">GraphiQL</a>
      </nav>
      <main className="content">
        <Routes>
          <Route path="*" element={<HealthPage />} />
        </Routes>
      </main>
    </div>
  );
}
