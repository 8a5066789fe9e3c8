export { AuthProvider } from './AuthProvider';
export { RequireRole } from './RequireRole';
export { ROLES, type Role } from './roles';
export { useCurrentUser, type CurrentUser } from './useCurrentUser';
export { accessToken } from './userManager';
