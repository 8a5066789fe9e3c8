import i18next from 'i18next';
import createClient from 'openapi-fetch';
import { accessToken } from '../auth/userManager';
import { ApiProblem } from './problem';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

export const api = createClient<paths>({
  baseUrl: window.location.origin,
  // Looked up on each call, so that tests can stub the global fetch.
  fetch: (request) => globalThis.fetch(request),
});

api.use({
  async onRequest({ request }) {
    const token = await accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    // The API writes exports and e-mails in the interface language, not in the browser's.
    if (i18next.resolvedLanguage) request.headers.set('Accept-Language', i18next.resolvedLanguage);
    return request;
  },
});

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful call; any other answer becomes an {@link ApiProblem}. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw new ApiProblem(response.status, error);
  return data as T;
}
