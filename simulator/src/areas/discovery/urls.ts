// Where the caller reached the simulator: the base URL of the catalog's endpoints and of the
// version documents' links, from the request's own Host header (X-Forwarded-Host/-Proto first),
// so links are right behind any proxy.

export const IDENTITY_PREFIX = '/os/kinton/v1';
export const COMPUTE_PREFIX = '/os/compute/v1';
export const IMAGE_PREFIX = '/os/image/v1';

const first = (v: string | undefined) => v?.split(',')[0]?.trim() || undefined;

export function publicBase(headers: Record<string, string | undefined>): string {
  const host = first(headers['x-forwarded-host']) ?? first(headers.host) ?? '127.0.0.1:11000';
  const proto = first(headers['x-forwarded-proto']) === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}
