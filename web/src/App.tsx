import { Suspense } from 'react';
import { Navigate, NavLink, Route, Routes, useLocation, useParams } from 'react-router-dom';
import { NotFoundPage } from './routes/NotFoundPage';
import { SearchBox } from './features/search/SearchBox';
import { NotificationCentre } from './features/alerts/NotificationCentre';
import { SignedIn } from './features/session/SignedIn';
import { MOVED, PAGES, SECTIONS } from './pages';

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
        {SECTIONS.map((section) => (
          <div key={section} className="nav-section">
            <h2>{section}</h2>
            {section === 'Tools' && (
              <>
                <a href="/graphql" target="_blank" rel="noreferrer">
                  GraphiQL
                </a>
                <a href="/docs" target="_blank" rel="noreferrer">
                  REST API docs
                </a>
              </>
            )}
            {PAGES.filter((p) => p.nav?.section === section).map((p) => (
              <NavLink key={p.path} to={p.path} end={p.path === '/'}>
                {p.nav!.label}
              </NavLink>
            ))}
          </div>
        ))}
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
              {PAGES.map(({ path, Page }) => (
                <Route key={path} path={path} element={<Page />} />
              ))}
              {MOVED.map(({ from, to }) => (
                <Route key={from} path={from} element={<Moved to={to} />} />
              ))}
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </main>
      </div>
    </div>
  );
}

/** An old address of a page: the same page, its query (window, tab) kept, replacing the history entry. */
function Moved({ to }: { to: (params: Record<string, string>) => string }) {
  const params = useParams();
  const { search, hash } = useLocation();
  return <Navigate replace to={`${to(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, encodeURIComponent(v ?? '')])))}${search}${hash}`} />;
}
