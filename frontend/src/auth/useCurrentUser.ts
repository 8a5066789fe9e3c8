import { useMemo } from 'react';
import { useAuth } from 'react-oidc-context';
import { rolesFromAccessToken, type Role } from './roles';

/** Where the browser returns after Keycloak's login page, kept in the OIDC state. */
export interface SignInState {
  returnTo: string;
}

export interface CurrentUser {
  isLoading: boolean;
  isAuthenticated: boolean;
  /** Signing in (or renewing the session) failed. */
  signInFailed: boolean;
  name?: string;
  roles: Role[];
  hasAnyRole: (...roles: Role[]) => boolean;
  signIn: () => Promise<void>;
  signOut: () => Promise<void>;
}

export function useCurrentUser(): CurrentUser {
  const auth = useAuth();
  const token = auth.user?.access_token;
  const roles = useMemo(() => rolesFromAccessToken(token), [token]);
  const profile = auth.user?.profile;
  return {
    isLoading: auth.isLoading,
    isAuthenticated: auth.isAuthenticated,
    signInFailed: Boolean(auth.error),
    name: profile?.preferred_username ?? profile?.name,
    roles,
    hasAnyRole: (...wanted) => wanted.some((role) => roles.includes(role)),
    signIn: () => {
      const { pathname, search } = window.location;
      const state: SignInState = { returnTo: pathname + search };
      return auth.signinRedirect({ state });
    },
    signOut: () => auth.signoutRedirect(),
  };
}
