// Image bytes move outside openapi-fetch: uploads need progress events and cancel (XHR), and
// downloads need the token header (a plain link cannot send it).
import { ApiError, currentToken, reportUnauthorized } from '@/api/client';
import { toApiError } from '@/api/api-error';

const fileUrl = (id: string) => `/os/image/v1/v2/images/${encodeURIComponent(id)}/file`;

export type Upload = { promise: Promise<void>; abort: () => void };

/** PUT the file's bytes (004:L1609) reporting progress 0..1; abort() cancels. */
export function uploadImageFile(
  id: string,
  file: Blob,
  onProgress: (fraction: number) => void,
): Upload {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<void>((resolve, reject) => {
    xhr.open('PUT', fileUrl(id));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    const token = currentToken();
    if (token) xhr.setRequestHeader('X-Auth-Token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve();
        return;
      }
      let body: unknown = xhr.responseText;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // keep the text
      }
      const headers = new Headers();
      const rid = xhr.getResponseHeader('x-request-id');
      if (rid) headers.set('x-request-id', rid);
      const error = toApiError(xhr.status, body, headers);
      if (xhr.status === 401) reportUnauthorized(error);
      reject(error);
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, message: 'Network error during upload' }));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    xhr.send(file);
  });
  return { promise, abort: () => xhr.abort() };
}

/** GET the bytes (004:L1548) and hand them to the browser as a file download. */
export async function downloadImageFile(
  id: string,
  filename: string,
  signal?: AbortSignal,
): Promise<void> {
  const token = currentToken();
  const res = await fetch(fileUrl(id), {
    headers: token ? { 'X-Auth-Token': token } : {},
    ...(signal ? { signal } : {}),
  });
  if (!res.ok) {
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // keep the text
    }
    throw toApiError(res.status, body, res.headers);
  }
  if (res.status === 204)
    throw new ApiError({ status: 204, code: 'NO_DATA', message: 'The image has no data yet.' });
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
