// Which instance snapshots accept an action now (the simulator's and glance's checks): a guard
// returns true or the refusal, which the page words as the disabled item's tooltip and the batch
// runner reports for a skipped row.
import type { InstanceSnapshot } from '@/api/resources/server-devices';

export type SnapshotRefusal = 'saving' | 'failed' | 'deleted';
type Fields = Pick<InstanceSnapshot, 'status'>;

/**
 * Snapshot → image (004 §1.3 PATCH `/image_type`, 004:L942) needs the saved bytes: only an
 * available (ACTIVE) snapshot converts; glance answers 409 otherwise.
 */
export function canConvert(s: Fields): true | SnapshotRefusal {
  if (s.status === 'ACTIVE') return true;
  if (s.status === 'SAVING') return 'saving';
  return s.status === 'DELETED' ? 'deleted' : 'failed';
}

/** nova refuses to delete a snapshot still being saved (409); a failed one may go. */
export function canDelete(s: Fields): true | SnapshotRefusal {
  return s.status === 'SAVING' ? 'saving' : s.status === 'DELETED' ? 'deleted' : true;
}
