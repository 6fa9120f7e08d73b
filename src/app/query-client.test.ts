import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/api-error';
import { createQueryClient, retryDelay, shouldReportError, shouldRetryQuery } from './query-client';

const apiError = (status: number) => new ApiError({ status, message: `HTTP ${status}` });

describe('query retry policy', () => {
  it('retries network errors and 5xx, at most twice', () => {
    expect(shouldRetryQuery(0, apiError(0))).toBe(true);
    expect(shouldRetryQuery(1, apiError(503))).toBe(true);
    expect(shouldRetryQuery(0, apiError(500))).toBe(true);
    expect(shouldRetryQuery(2, apiError(0))).toBe(false);
    expect(shouldRetryQuery(2, apiError(502))).toBe(false);
  });

  it('never retries 4xx or errors that are not from the API', () => {
    for (const status of [400, 401, 403, 404, 409, 429]) {
      expect(shouldRetryQuery(0, apiError(status))).toBe(false);
    }
    expect(shouldRetryQuery(0, new Error('render bug'))).toBe(false);
  });

  it('backs off exponentially', () => {
    expect([0, 1, 2, 3, 4, 5].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 10000, 10000]);
  });

  it('never retries mutations', () => {
    expect(createQueryClient().getDefaultOptions().mutations?.retry).toBe(false);
  });

  it('performs the retries on a real query', async () => {
    vi.useFakeTimers();
    const client = createQueryClient(() => undefined);
    const queryFn = vi.fn().mockRejectedValue(apiError(503));
    const done = client.fetchQuery({ queryKey: ['t'], queryFn }).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await done).toBeInstanceOf(ApiError);
    expect(queryFn).toHaveBeenCalledTimes(3);
    vi.useRealTimers();
  });
});

describe('global error reporting', () => {
  it('skips 401, silent queries and aborts', () => {
    expect(shouldReportError(apiError(401), undefined)).toBe(false);
    expect(shouldReportError(apiError(500), { silent: true })).toBe(false);
    expect(shouldReportError(new DOMException('x', 'AbortError'), undefined)).toBe(false);
    expect(shouldReportError(apiError(403), undefined)).toBe(true);
    expect(shouldReportError(apiError(0), {})).toBe(true);
  });

  it('reports a failed query and a failed mutation once each', async () => {
    const report = vi.fn();
    const client = createQueryClient(report);
    const error = apiError(404);
    await client
      .fetchQuery({ queryKey: ['x'], queryFn: () => Promise.reject(error) })
      .catch(() => undefined);
    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.reject(apiError(409)) })
      .execute(undefined)
      .catch(() => undefined);
    await client
      .fetchQuery({
        queryKey: ['y'],
        queryFn: () => Promise.reject(apiError(500)),
        meta: { silent: true },
        retry: false,
      })
      .catch(() => undefined);
    expect(report).toHaveBeenCalledTimes(2);
    expect(report).toHaveBeenNthCalledWith(1, error);
  });

  it('leaves reads the platform did not answer to the banner, but reports such a mutation', async () => {
    const report = vi.fn();
    const client = createQueryClient(report);
    for (const status of [0, 502, 503, 504])
      await client
        .fetchQuery({
          queryKey: ['down', status],
          queryFn: () => Promise.reject(apiError(status)),
          retry: false,
        })
        .catch(() => undefined);
    expect(report).not.toHaveBeenCalled();
    const failed = apiError(503);
    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.reject(failed) })
      .execute(undefined)
      .catch(() => undefined);
    expect(report).toHaveBeenCalledWith(failed);
  });
});
