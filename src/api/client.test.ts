import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, configureApi, unwrap } from './client';
import { toApiError } from './api-error';

function stubFetch(respond: (req: Request) => Response | Promise<Response>) {
  const calls: Request[] = [];
  globalThis.fetch = vi.fn(async (input: RequestInfo | URL) => {
    const req = input instanceof Request ? input : new Request(String(input));
    calls.push(req);
    return respond(req);
  });
  return calls;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

afterEach(() => {
  configureApi({ getToken: () => null, onUnauthorized: () => undefined });
});

describe('api client', () => {
  it('sends the session token as X-Auth-Token and returns the documented body', async () => {
    configureApi({ getToken: () => 'tok-1' });
    const calls = stubFetch(() =>
      json(200, { users: [{ id: 'u1', name: 'admin', enabled: true, domain_id: 'default' }] }),
    );
    const body = await unwrap(api.GET('/os/kinton/v1/v3/users-entities'));
    expect(body.users[0]?.name).toBe('admin');
    expect(calls[0]?.headers.get('X-Auth-Token')).toBe('tok-1');
  });

  it('adds the bare-metal headers only on ironic routes and Sp-Agent only on mana_api', async () => {
    const { authMiddleware } = await import('./client');
    const run = async (path: string) => {
      const request = new Request(`http://x${path}`);
      const out = await authMiddleware.onRequest?.({ request } as never);
      return out instanceof Request ? out.headers : request.headers;
    };
    const bm = await run('/os/kinton/v1/v1/nodes/abc/states/power');
    expect(bm.get('H3CloudOS-Core-Target')).toBe('bare_metal');
    expect(bm.get('X-OpenStack-Ironic-API-Version')).toBe('1.34');
    expect((await run('/os/kinton/v1/v3/projects')).get('H3CloudOS-Core-Target')).toBeNull();
    expect((await run('/mana_api/pm_order/p1')).get('Sp-Agent')).toBe('scloudm');
  });

  it('throws an ApiError with status, code, message and request id from the vendor envelope', async () => {
    stubFetch(() =>
      json(404, {
        code: '404',
        msg: 'Image x could not be found.',
        data: null,
        total: 0,
        requestId: 'req-1',
      }),
    );
    const err = await unwrap(
      api.GET('/os/image/v1/v2/images/{image_id}', { params: { path: { image_id: 'x' } } }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 404,
      code: '404',
      message: 'Image x could not be found.',
      requestId: 'req-1',
    });
  });

  it('calls onUnauthorized on a 401 of an authenticated call, not on a failed login', async () => {
    const onUnauthorized = vi.fn();
    configureApi({ getToken: () => 'expired', onUnauthorized });
    stubFetch(() =>
      json(401, { code: '401', msg: 'The token has expired.', data: null, total: 0 }),
    );
    await expect(unwrap(api.GET('/os/kinton/v1/v3/projects'))).rejects.toMatchObject({
      status: 401,
    });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    configureApi({ getToken: () => null });
    await expect(
      unwrap(
        api.POST('/os/kinton/v1/v3/auth/tokens', {
          body: { auth: { identity: { methods: ['password'] } } },
        }),
      ),
    ).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('turns a network failure into an ApiError with status 0', async () => {
    globalThis.fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const err = await unwrap(api.GET('/os/kinton/v1/v3/projects')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 0, isNetworkError: true });
  });
});

describe('toApiError', () => {
  it('reads the mana_api body (int code, reason)', () => {
    expect(toApiError(400, { msg: 'bad snid', code: 400, reason: 'Bad Request' })).toMatchObject({
      code: '400',
      message: 'bad snid',
    });
  });
  it('reads Keystone, nova and ironic native faults', () => {
    expect(
      toApiError(401, {
        error: {
          code: 401,
          message: 'The request you have made requires authentication.',
          title: 'Unauthorized',
        },
      }).message,
    ).toMatch(/requires authentication/);
    expect(
      toApiError(404, { itemNotFound: { code: 404, message: 'Instance x could not be found.' } })
        .message,
    ).toBe('Instance x could not be found.');
    expect(
      toApiError(409, {
        error_message: JSON.stringify({ faultstring: 'Node is locked', debuginfo: null }),
      }).message,
    ).toBe('Node is locked');
  });
  it('keeps field details and falls back to the status for empty or HTML bodies', () => {
    const e = toApiError(400, {
      code: '400',
      msg: 'Invalid',
      data: null,
      total: 0,
      details: [{ path: 'body/name', message: 'is required' }, { bad: 1 }],
    });
    expect(e.details).toEqual([{ path: 'body/name', message: 'is required' }]);
    expect(toApiError(502, undefined).message).toBe('HTTP 502');
    expect(toApiError(502, '<html>Bad Gateway</html>').message).toBe('<html>Bad Gateway</html>');
    const h = new Headers({ 'x-openstack-request-id': 'req-os' });
    expect(toApiError(500, undefined, h).requestId).toBe('req-os');
  });
});

describe('the client timeout', () => {
  /** A platform that never answers, but stops waiting when the request is aborted. */
  function hangingFetch() {
    const calls: Request[] = [];
    globalThis.fetch = vi.fn(
      (input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          calls.push(input instanceof Request ? input : new Request(String(input)));
          if (init?.signal?.aborted) reject(new DOMException('aborted', 'AbortError'));
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    return calls;
  }

  afterEach(() => vi.useRealTimers());

  it('fails a call with no answer within REQUEST_TIMEOUT_MS as a TIMEOUT, sent once', async () => {
    vi.useFakeTimers();
    const { REQUEST_TIMEOUT_MS, isTimeout } = await import('./client');
    const calls = hangingFetch();
    const call = api.POST('/os/compute/v1/v2.1/os-server-groups', {
      body: { server_group: { name: 'g', policies: ['affinity'] } },
    });
    const outcome = call.then(
      () => null,
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS - 1);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(ApiError);
    expect(isTimeout(error)).toBe(true);
    expect(error instanceof ApiError && error.status).toBe(0);
    expect(calls).toHaveLength(1);
  });

  it("leaves the caller's own abort an AbortError (a cancelled query is not a timeout)", async () => {
    hangingFetch();
    const controller = new AbortController();
    const call = api.GET('/os/kinton/v1/v3/projects', { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  });
});
