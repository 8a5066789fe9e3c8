import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { AuthProvider } from '../auth';
import { recordSignIn } from '../auth/recordSignIn';
import { createQueryClient } from './queryClient';
import { router } from './router';
import { ThemeProvider } from './ThemeProvider';

const queryClient = createQueryClient();

export function App() {
  return (
    <ThemeProvider>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <AuthProvider
          onSignedIn={(returnTo) => {
            void recordSignIn();
            void router.navigate(returnTo, { replace: true });
          }}
        >
          <RouterProvider router={router} />
        </AuthProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
