// What to tell the user about a failed API call: a localized headline chosen by status, the
// server's own message as detail, and the request id for support.
import { isApiError, isTimeout } from '@/api/api-error';

export type ErrorHeadlineKey =
  | 'errors.network'
  | 'errors.timeout'
  | 'errors.badRequest'
  | 'errors.unauthorized'
  | 'errors.forbidden'
  | 'errors.notFound'
  | 'errors.conflict'
  | 'errors.tooLarge'
  | 'errors.tooManyRequests'
  | 'errors.server'
  | 'errors.unavailable'
  | 'errors.unknown';

export function errorHeadlineKey(error: unknown): ErrorHeadlineKey {
  if (!isApiError(error)) return 'errors.unknown';
  const { status } = error;
  // The client's own timeout (api/client.ts): the call may still be carried out.
  if (isTimeout(error)) return 'errors.timeout';
  if (status === 0) return 'errors.network';
  if (status === 400 || status === 422) return 'errors.badRequest';
  if (status === 401) return 'errors.unauthorized';
  if (status === 403) return 'errors.forbidden';
  if (status === 404) return 'errors.notFound';
  if (status === 409) return 'errors.conflict';
  if (status === 413) return 'errors.tooLarge';
  if (status === 429) return 'errors.tooManyRequests';
  if (status === 502 || status === 503 || status === 504) return 'errors.unavailable';
  if (status >= 500) return 'errors.server';
  return 'errors.unknown';
}

export type ErrorDescription = {
  headline: ErrorHeadlineKey;
  /** The server's message, when it said more than the bare status. */
  detail: string | null;
  requestId: string | null;
};

export function describeError(error: unknown): ErrorDescription {
  const headline = errorHeadlineKey(error);
  if (!isApiError(error)) {
    return { headline, detail: error instanceof Error ? error.message : null, requestId: null };
  }
  // ApiError falls back to "HTTP <status>" when the body had no message: nothing to add then.
  // With no answer at all (status 0) the message is the browser's or the client's English
  // ("Failed to fetch"), which the localized headline already says better.
  const detail =
    error.status !== 0 && error.message && error.message !== `HTTP ${error.status}`
      ? error.message
      : null;
  return { headline, detail, requestId: error.requestId };
}
