import { isApiError } from '@/api/api-error';

export type LoginMode = 'password' | 'token';
export type LoginErrorKind = 'invalid' | 'unreachable' | 'other';

/** 401 (and 404 for an unknown token) means bad credentials; no answer or a gateway error, no server. */
export function loginErrorKind(error: unknown, mode: LoginMode): LoginErrorKind {
  if (!isApiError(error)) return 'other';
  if (error.status === 401 || (mode === 'token' && error.status === 404)) return 'invalid';
  if (error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504) {
    return 'unreachable';
  }
  return 'other';
}
