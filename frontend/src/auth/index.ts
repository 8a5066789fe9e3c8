export { AuthProvider } from './AuthProvider';
export { RequireRole } from './RequireRole';
export type { Role } from './roles';
export { useCurrentUser, type CurrentUser } from './useCurrentUser';
