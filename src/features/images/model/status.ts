import type { Image, ImageStatus } from './types';

export type Tone = 'success' | 'processing' | 'warning' | 'error' | 'default';

export const STATUS_TONE: Record<ImageStatus, Tone> = {
  queued: 'default',
  saving: 'processing',
  active: 'success',
  killed: 'error',
  deleted: 'default',
  pending_delete: 'warning',
  deactivated: 'warning',
};

/** A queued record this recent is probably an FTP import about to start, so it is watched too. */
const FRESH_QUEUED_MS = 2 * 60_000;

/**
 * Whether an image is changing by itself, so lists and details showing it should poll. `saving`
 * always is; `queued` only just after creation (an FTP import starts on its own; an old queued
 * record waits for an upload that may never come, and must not keep the page polling).
 */
export function isTransitional(
  img: Pick<Image, 'status' | 'created_at'>,
  now: number = Date.now(),
): boolean {
  if (img.status === 'saving' || img.status === 'pending_delete') return true;
  return img.status === 'queued' && now - Date.parse(img.created_at) < FRESH_QUEUED_MS;
}

export const anyTransitional = (
  images: readonly Pick<Image, 'status' | 'created_at'>[] | undefined,
  now?: number,
) => (images ?? []).some((i) => isTransitional(i, now));
