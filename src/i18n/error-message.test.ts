import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import { describeError, errorHeadlineKey } from './error-message';

const err = (status: number, message = `HTTP ${status}`, requestId: string | null = null) =>
  new ApiError({ status, message, requestId });

describe('errorHeadlineKey', () => {
  it.each([
    [0, 'errors.network'],
    [400, 'errors.badRequest'],
    [401, 'errors.unauthorized'],
    [403, 'errors.forbidden'],
    [404, 'errors.notFound'],
    [409, 'errors.conflict'],
    [413, 'errors.tooLarge'],
    [429, 'errors.tooManyRequests'],
    [500, 'errors.server'],
    [502, 'errors.unavailable'],
    [503, 'errors.unavailable'],
    [418, 'errors.unknown'],
  ])('maps %i to %s', (status, key) => {
    expect(errorHeadlineKey(err(status))).toBe(key);
  });

  it("says the platform did not answer in time for the client's timeout", () => {
    expect(errorHeadlineKey(new ApiError({ status: 0, code: 'TIMEOUT', message: 'x' }))).toBe(
      'errors.timeout',
    );
  });

  it('treats anything that is not an ApiError as unknown', () => {
    expect(errorHeadlineKey(new Error('boom'))).toBe('errors.unknown');
  });
});

describe('describeError', () => {
  it('keeps the server message and the request id', () => {
    expect(describeError(err(409, 'Image is in use', 'req-1'))).toEqual({
      headline: 'errors.conflict',
      detail: 'Image is in use',
      requestId: 'req-1',
    });
  });

  it("drops the browser's English when there was no answer at all", () => {
    expect(describeError(err(0, 'Failed to fetch')).detail).toBeNull();
  });

  it('drops the bare "HTTP <status>" fallback message', () => {
    expect(describeError(err(500)).detail).toBeNull();
  });
});
