import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { ApolloProvider } from '@apollo/client/react';
import { MemoryRouter } from 'react-router-dom';
import { createApolloClient } from '../apollo/client';
import { API } from './msw/server';

export function renderWithApi(ui: ReactElement, { route = '/' } = {}) {
  return render(
    <ApolloProvider client={createApolloClient(API)}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </ApolloProvider>,
  );
}
