import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, type InitialEntry } from 'react-router';
import { ThemeProvider } from '../app/ThemeProvider';

interface Options {
  /** The address the page is opened at, with the state of the history entry if need be. */
  route?: InitialEntry;
  /** The route pattern the element is mounted at, for pages that read path parameters. */
  path?: string;
}

/** Renders an element with the app's providers, in a router at the given address. */
export function renderPage(element: ReactElement, { route = '/', path = '*' }: Options = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <ThemeProvider env="test">
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path={path} element={element} />
            <Route path="*" element={<p>elsewhere</p>} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </ThemeProvider>,
  );
}
