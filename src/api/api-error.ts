// One error type for every failed API call, whatever shape the service answered in:
// the 004 vendor envelope {code:"404", msg, data, total}, mana_api's {code:404, msg, reason},
// and, when pointed at real OpenStack services, their native faults.

export type ApiErrorDetail = { path: string; message: string };

export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when the request never got an answer (network error, abort). */
  readonly status: number;
  /** The service's error code, as a string ("404", "QUOTA_EXCEEDED"). */
  readonly code: string;
  readonly requestId: string | null;
  /** Per-field problems, when the service lists them. */
  readonly details: ApiErrorDetail[];

  constructor(init: {
    status: number;
    message: string;
    code?: string;
    requestId?: string | null;
    details?: ApiErrorDetail[];
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code ?? String(init.status);
    this.requestId = init.requestId ?? null;
    this.details = init.details ?? [];
  }

  get isNetworkError() {
    return this.status === 0;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** The code of a call that got no answer within the client's timeout (api/client.ts). */
export const TIMEOUT_CODE = 'TIMEOUT';

export function isTimeout(error: unknown): boolean {
  return isApiError(error) && error.code === TIMEOUT_CODE;
}

/**
 * An error that says the platform, not the request, is the problem: no answer at all (network,
 * timeout) or the gateway's 502 / 503 / 504 (the production server's proxy when the platform is
 * down). Retrying later can help; the user's session is not in question.
 */
export function isUnreachable(error: unknown): boolean {
  return isApiError(error) && (error.status === 0 || (error.status >= 502 && error.status <= 504));
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) =>
  typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;

function detailsOf(v: unknown): ApiErrorDetail[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((d) =>
    isRecord(d) && typeof d.path === 'string' && typeof d.message === 'string'
      ? [{ path: d.path, message: d.message }]
      : [],
  );
}

/** Reads whatever error body came back into an ApiError. Never throws. */
export function toApiError(status: number, body: unknown, headers?: Headers): ApiError {
  const headerId = headers?.get('x-request-id') ?? headers?.get('x-openstack-request-id') ?? null;
  let message: string | undefined;
  let code: string | undefined;
  let requestId = headerId;
  let details: ApiErrorDetail[] = [];
  if (isRecord(body)) {
    if ('msg' in body) {
      // 004 vendor envelope or mana_api body.
      message = str(body.msg) || str(body.reason);
      code = str(body.code);
      requestId = str(body.requestId) ?? requestId;
      details = detailsOf(body.details);
    } else if (isRecord(body.error)) {
      // Keystone: {"error": {"code": 401, "message": "...", "title": "Unauthorized"}}
      message = str(body.error.message);
      code = str(body.error.code);
    } else if (typeof body.error_message === 'string') {
      // Ironic: {"error_message": "{\"faultstring\": \"...\"}"}
      try {
        const inner: unknown = JSON.parse(body.error_message);
        message = isRecord(inner) ? str(inner.faultstring) : body.error_message;
      } catch {
        message = body.error_message;
      }
    } else {
      // Nova: {"itemNotFound": {"code": 404, "message": "..."}}
      const fault = Object.values(body).find((v) => isRecord(v) && 'message' in v);
      if (isRecord(fault)) {
        message = str(fault.message);
        code = str(fault.code);
      }
    }
  } else if (typeof body === 'string' && body.trim()) {
    message = body.trim().slice(0, 500);
  }
  return new ApiError({
    status,
    message: message || `HTTP ${status}`,
    code: code || String(status),
    requestId,
    details,
  });
}
