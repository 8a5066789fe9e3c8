const ROLES = ['applicant', 'coordinator', 'evaluator', 'partner', 'admin'] as const;

export type Role = (typeof ROLES)[number];

function isRole(value: unknown): value is Role {
  return ROLES.some((role) => role === value);
}

function decodeJwtPayload(token: string): unknown {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/**
 * The application roles in a Keycloak access token (claim realm_access.roles). The ID token
 * does not carry them, and Keycloak adds roles of its own (offline_access, ...) that are dropped.
 */
export function rolesFromAccessToken(token: string | undefined): Role[] {
  if (!token) return [];
  try {
    const claims = decodeJwtPayload(token) as { realm_access?: { roles?: unknown } } | undefined;
    const roles = claims?.realm_access?.roles;
    return Array.isArray(roles) ? roles.filter(isRole) : [];
  } catch {
    return [];
  }
}
