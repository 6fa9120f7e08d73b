// The `POST servers/{id}/action` bodies (one operation, a oneOf of single-key bodies: api-notes
// I-13), built in one place so the menu, the batch runner and the dialogs send the same thing.
import type { ServerActionBody } from './types';

export type PowerActionKey =
  'start' | 'stop' | 'reboot' | 'rebootHard' | 'suspend' | 'resume' | 'shelve' | 'unshelve';

export function powerBody(action: PowerActionKey): ServerActionBody {
  switch (action) {
    case 'start':
      return { 'os-start': null };
    case 'stop':
      return { 'os-stop': null };
    case 'reboot':
      return { reboot: { type: 'SOFT' } };
    case 'rebootHard':
      return { reboot: { type: 'HARD' } };
    case 'suspend':
      return { suspend: null };
    case 'resume':
      return { resume: null };
    case 'shelve':
      return { shelve: null };
    case 'unshelve':
      return { unshelve: null };
  }
}

/**
 * The status each power action ends in, once nova has no task under way: what the task centre
 * waits for. A shelve ends offloaded (the platform offloads at once).
 */
export const POWER_ENDS: Record<PowerActionKey, string> = {
  start: 'ACTIVE',
  stop: 'SHUTOFF',
  reboot: 'ACTIVE',
  rebootHard: 'ACTIVE',
  suspend: 'SUSPENDED',
  resume: 'ACTIVE',
  shelve: 'SHELVED_OFFLOADED',
  unshelve: 'ACTIVE',
};

export const resizeBody = (flavorRef: string, live: boolean): ServerActionBody =>
  live ? { liveresize: { flavorRef } } : { resize: { flavorRef } };
