import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { ApolloProvider } from '@apollo/client/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { createApolloClient } from '../apollo/client';
import { API } from './msw/server';

/** Shows where the app navigated, for assertions on links and URL state. */
function LocationProbe() {
  const l = useLocation();
  return (
    <span hidden data-testid="location">
      {l.pathname + l.search}
    </span>
  );
}

export function renderWithApi(ui: ReactElement, { route = '/', path }: { route?: string; path?: string } = {}) {
  return render(
    <ApolloProvider client={createApolloClient(API, { batch: false })}>
      <MemoryRouter initialEntries={[route]}>
        {path ? (
          <Routes>
            <Route path={path} element={ui} />
            <Route path="*" element={null} />
          </Routes>
        ) : (
          ui
        )}
        <LocationProbe />
      </MemoryRouter>
    </ApolloProvider>,
  );
}
