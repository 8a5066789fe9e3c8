import { vi } from 'vitest';
import type { CurrentUser, Role } from '../auth';

/** A signed-in user with the roles, or an anonymous visitor when roles is undefined. */
export function fakeUser(roles?: Role[]): CurrentUser {
  return {
    isLoading: false,
    isAuthenticated: roles !== undefined,
    signInFailed: false,
    name: roles ? 'tester' : undefined,
    roles: roles ?? [],
    hasAnyRole: (...wanted) => wanted.some((role) => roles?.includes(role) ?? false),
    signIn: vi.fn(() => Promise.resolve()),
    signOut: vi.fn(() => Promise.resolve()),
  };
}
