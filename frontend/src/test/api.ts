import { vi } from 'vitest';
import type { FieldError } from '../api/problem';

type Handler = (request: Request) => Response | Promise<Response>;

export function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problem(status: number, title: string, errors?: FieldError[]) {
  return json(status, { type: 'about:blank', title, status, errors }, 'application/problem+json');
}

/**
 * Answers the SPA's API calls from a table keyed by "METHOD /path": a handler, or a body sent
 * with 200. Anything else is a 404 problem. Returns the mock to inspect the requests.
 */
export function mockApi(routes: Record<string, Handler | object>) {
  const fetch = vi.fn(async (request: Request) => {
    const route = routes[`${request.method} ${new URL(request.url).pathname}`];
    if (route === undefined) return problem(404, 'Not Found');
    return typeof route === 'function' ? (route as Handler)(request) : json(200, route);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The requests the SPA sent, as "METHOD /path?query". */
export function requestsOf(fetch: ReturnType<typeof mockApi>): string[] {
  return fetch.mock.calls.map(([request]) => {
    const url = new URL(request.url);
    return `${request.method} ${url.pathname}${url.search}`;
  });
}
