// The platform's error bodies. 004 endpoints answer {code, msg, data, total} (004:L41–L73);
// mana_api answers {code:int, msg, reason} (api-notes 3.4).

export type ErrorDetail = { path: string; message: string };

export class SimError extends Error {
  readonly status: number;
  readonly details: ErrorDetail[] | undefined;
  readonly reason: string | undefined;
  constructor(
    status: number,
    msg: string,
    opts: { details?: ErrorDetail[]; reason?: string } = {},
  ) {
    super(msg);
    this.status = status;
    this.details = opts.details;
    this.reason = opts.reason;
  }
}

export const badRequest = (msg: string, details?: ErrorDetail[]) =>
  new SimError(400, msg, details ? { details } : {});
export const unauthorized = (msg = 'The request you have made requires authentication.') =>
  new SimError(401, msg, { reason: 'Unauthorized' });
export const forbidden = (msg: string) => new SimError(403, msg, { reason: 'Forbidden' });
export const notFound = (msg: string) => new SimError(404, msg, { reason: 'Not Found' });
export const conflict = (msg: string) => new SimError(409, msg, { reason: 'Conflict' });

export type ErrorStyle = 'vendor' | 'mana';

export function errorBody(
  style: ErrorStyle,
  status: number,
  msg: string,
  requestId: string,
  extra: { details?: ErrorDetail[] | undefined; reason?: string | undefined } = {},
) {
  if (style === 'mana') {
    return { code: status, msg, ...(extra.reason ? { reason: extra.reason } : {}) };
  }
  return {
    code: String(status),
    msg,
    data: null,
    total: 0,
    requestId,
    ...(extra.details?.length ? { details: extra.details } : {}),
  };
}
