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

/** The platform's bodies (vendor, mana) and OpenStack's own (nova, keystone, glance). */
export type ErrorStyle = 'vendor' | 'mana' | 'nova' | 'keystone' | 'glance';

/** nova's fault names by status (nova/api/openstack/wsgi.py, Fault._fault_names). */
function novaFault(status: number): string {
  const names: Record<number, string> = {
    400: 'badRequest',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'itemNotFound',
    405: 'badMethod',
    409: 'conflictingRequest',
    413: 'overLimit',
    415: 'badMediaType',
    429: 'overLimit',
    501: 'notImplemented',
    503: 'serviceUnavailable',
  };
  return names[status] ?? (status >= 500 ? 'computeFault' : 'badRequest');
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  501: 'Not Implemented',
};

export function errorBody(
  style: ErrorStyle,
  status: number,
  msg: string,
  requestId: string,
  extra: { details?: ErrorDetail[] | undefined; reason?: string | undefined } = {},
) {
  if (style === 'nova') return { [novaFault(status)]: { code: status, message: msg } };
  const title = TITLES[status] ?? (status >= 500 ? 'Internal Server Error' : 'Bad Request');
  if (style === 'keystone') return { error: { code: status, message: msg, title } };
  if (style === 'glance') return { message: msg, code: `${status} ${title}`, title };
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
