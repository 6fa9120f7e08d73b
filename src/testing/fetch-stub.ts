// Replaces globalThis.fetch (the API client looks it up at call time) with a router of handlers.
import { vi, type Mock } from 'vitest';

export type StubRequest = {
  method: string;
  path: string;
  url: URL;
  headers: Headers;
  body: unknown;
};
export type StubHandler = (req: StubRequest) => Response | Promise<Response>;

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/**
 * `routes` maps "METHOD /path" to a handler; anything else answers 404. Returns the mock so a test
 * can assert on calls.
 */
export function stubFetch(routes: Record<string, StubHandler>): Mock<typeof fetch> {
  const mock = vi.fn<typeof fetch>(async (input, init) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(request.url, 'http://localhost');
    const text = request.body ? await request.text() : '';
    const req: StubRequest = {
      method: request.method,
      path: url.pathname,
      url,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    const handler = routes[`${req.method} ${req.path}`];
    return handler
      ? handler(req)
      : json(404, { code: '404', msg: `no stub for ${req.method} ${req.path}` });
  });
  globalThis.fetch = mock;
  return mock;
}

/** fetch that never reaches a server (a TypeError, as browsers report it). */
export function unreachableFetch(): Mock<typeof fetch> {
  const mock = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
  globalThis.fetch = mock;
  return mock;
}
