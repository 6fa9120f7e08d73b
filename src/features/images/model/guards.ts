// Row-action guards: each returns true or the reason (an i18n key under images:guards) the menu
// shows as the tooltip of the disabled item.
import type { Image, Viewer } from './types';

export type GuardReason = 'protected' | 'notOwner' | 'notQueued' | 'noData' | 'deactivated';
export type Guard = true | GuardReason;

export const isOwner = (img: Image, viewer: Viewer) =>
  viewer.isAdmin || img.owner === viewer.projectId;

export function canEdit(img: Image, viewer: Viewer): Guard {
  return isOwner(img, viewer) ? true : 'notOwner';
}

export function canDelete(img: Image, viewer: Viewer): Guard {
  if (!isOwner(img, viewer)) return 'notOwner';
  if (img.protected) return 'protected';
  return true;
}

export function canUpload(img: Image, viewer: Viewer): Guard {
  if (!isOwner(img, viewer)) return 'notOwner';
  if (img.status !== 'queued') return 'notQueued';
  return true;
}

export function canDownload(img: Image, viewer: Viewer): Guard {
  if (img.status === 'deactivated' && !viewer.isAdmin) return 'deactivated';
  if (img.status !== 'active' && img.status !== 'deactivated') return 'noData';
  return true;
}
