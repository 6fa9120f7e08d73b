import { isApiError } from '@/api/api-error';

export type ErrorInfo = {
  message: string;
  /** Quoted by support to find the call in the platform's logs. */
  requestId: string | null;
  status: number | null;
};

/** What a user needs to see of any thrown value: the service's message and the request id. */
export function errorInfo(error: unknown): ErrorInfo {
  if (isApiError(error)) {
    return { message: error.message, requestId: error.requestId, status: error.status };
  }
  if (error instanceof Error) return { message: error.message, requestId: null, status: null };
  return { message: String(error), requestId: null, status: null };
}
