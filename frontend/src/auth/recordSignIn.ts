import { api } from '../api/client';

/**
 * Tells the API who signed in (GET /api/v1/me records the name, e-mail and roles), so that
 * coordinators can pick evaluators by name. A failure changes nothing for the person signing in:
 * the next sign-in records them.
 */
export async function recordSignIn(): Promise<void> {
  try {
    await api.GET('/api/v1/me');
  } catch {
    // offline or the API is down: nothing the person can do about it here
  }
}
