import type { ReactNode } from 'react';
import { AuthProvider as OidcAuthProvider } from 'react-oidc-context';
import type { SignInState } from './useCurrentUser';
import { userManager } from './userManager';

interface Props {
  /** Called after Keycloak sent the browser back, with the page where sign-in started. */
  onSignedIn: (returnTo: string) => void;
  children: ReactNode;
}

export function AuthProvider({ onSignedIn, children }: Props) {
  return (
    <OidcAuthProvider
      userManager={userManager}
      onSigninCallback={(user) => {
        const state = user?.state as SignInState | undefined;
        onSignedIn(state?.returnTo ?? '/');
      }}
    >
      {children}
    </OidcAuthProvider>
  );
}
