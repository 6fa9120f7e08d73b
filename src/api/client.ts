// The one configured API client. Every feature calls the platform through `api` (typed from the
// generated spec) and gets either the documented success body or a thrown ApiError.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@contract/schema';
import { ApiError, TIMEOUT_CODE, toApiError } from './api-error';

export { ApiError, isApiError, isTimeout, TIMEOUT_CODE } from './api-error';

/** Login goes here by default; a deployment whose Keystone lives elsewhere sets VITE_AUTH_PATH. */
export const AUTH_PATH = '/os/kinton/v1/v3/auth/tokens';

type Config = {
  getToken: () => string | null;
  /** Called once per 401 from any call that was made with a token (the session has ended). */
  onUnauthorized: (error: ApiError) => void;
};

const config: Config = { getToken: () => null, onUnauthorized: () => undefined };

export function configureApi(next: Partial<Config>) {
  Object.assign(config, next);
}

/** The session token, for the few calls that cannot go through `api` (XHR uploads with progress). */
export function currentToken(): string | null {
  return config.getToken();
}

/** Reports a 401 seen outside `api` (e.g. an XHR upload) the same way the middleware does. */
export function reportUnauthorized(error: ApiError) {
  config.onUnauthorized(error);
}

/**
 * Headers some operations require beyond the token (api-notes 3.2): the bare-metal headers on the
 * ironic routes under /os/kinton/v1 (I-51) and mana_api's vendor tag. Matched on the request path.
 */
export const HEADER_RULES: { match: RegExp; headers: Record<string, string> }[] = [
  {
    match: /^\/os\/kinton\/v1\/v1\/(nodes|ports|portgroups)(\/|$)/,
    headers: { 'H3CloudOS-Core-Target': 'bare_metal', 'X-OpenStack-Ironic-API-Version': '1.34' },
  },
  { match: /^\/mana_api\//, headers: { 'Sp-Agent': 'scloudm' } },
];

export const authMiddleware: Middleware = {
  onRequest({ request }) {
    const token = config.getToken();
    if (token && !request.headers.has('X-Auth-Token')) request.headers.set('X-Auth-Token', token);
    const path = new URL(request.url).pathname;
    for (const rule of HEADER_RULES) {
      if (!rule.match.test(path)) continue;
      for (const [k, v] of Object.entries(rule.headers))
        if (!request.headers.has(k)) request.headers.set(k, v);
    }
    return request;
  },
};

export const errorMiddleware: Middleware = {
  async onResponse({ request, response }) {
    if (response.ok) return response;
    const text = await response.clone().text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    const error = toApiError(response.status, body, response.headers);
    const path = new URL(request.url).pathname;
    if (response.status === 401 && request.headers.has('X-Auth-Token') && path !== AUTH_PATH) {
      config.onUnauthorized(error);
    }
    throw error;
  },
  onError({ error }) {
    if (error instanceof ApiError) return error;
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    return new ApiError({
      status: 0,
      message: error instanceof Error ? error.message : String(error),
    });
  },
};

/**
 * The console's one client-side timeout: a call the platform has not started answering after this
 * long fails with a TIMEOUT ApiError ("the platform did not answer in time") instead of leaving a
 * spinner up for ever. It is below the production server's proxy timeout (60 s,
 * CLOUDOS_PROXY_TIMEOUT_MS) so the user hears it from the console first, and far above any answer
 * the platform gives when healthy. A mutation that timed out is not retried (it may have been
 * carried out); queries retry as for any other unanswered call (query-client.ts).
 */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * fetch with REQUEST_TIMEOUT_MS. The caller's own signal (react-query cancelling a query) still
 * aborts as before, with an AbortError. A plain timer, not AbortSignal.timeout, so a test's fake
 * clock can bring the timeout forward.
 */
export async function fetchWithTimeout(
  request: Request,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<Response> {
  const timer = new AbortController();
  const id = setTimeout(() => timer.abort(), timeoutMs);
  try {
    // Looked up at call time so tests (and the simulator-in-process) can replace fetch.
    return await globalThis.fetch(request, {
      signal: AbortSignal.any([request.signal, timer.signal]),
    });
  } catch (error) {
    if (timer.signal.aborted && !request.signal.aborted) {
      throw new ApiError({
        status: 0,
        code: TIMEOUT_CODE,
        message: `No answer within ${timeoutMs / 1000} s`,
      });
    }
    throw error;
  } finally {
    clearTimeout(id);
  }
}

export const api = createClient<paths>({
  baseUrl: '',
  fetch: (input) => fetchWithTimeout(input),
});
api.use(authMiddleware, errorMiddleware);

/**
 * The success body of a call made through `api`. The middleware has already thrown an ApiError for
 * every non-2xx answer, so what is left is the documented body (undefined for 204s).
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data } = await call;
  return data as T;
}
