import { describe, expect, it } from 'vitest';
import { ServerStatusValues } from '../../openapi/generated/enums';
import { SERVER_STATUSES, VIRT_TYPES } from './enums';

describe('choice lists from the spec', () => {
  it('offer every server status nova lists, ACTIVE first, each once', () => {
    expect(SERVER_STATUSES[0]).toBe('ACTIVE');
    expect(new Set(SERVER_STATUSES).size).toBe(SERVER_STATUSES.length);
    expect([...SERVER_STATUSES].sort()).toEqual(
      ServerStatusValues.filter((s) => s !== 'DELETED').sort(),
    );
  });

  it('keep the order the filters showed before they were generated', () => {
    expect(SERVER_STATUSES).toEqual([
      'ACTIVE',
      'BUILD',
      'SHUTOFF',
      'SUSPENDED',
      'PAUSED',
      'REBOOT',
      'HARD_REBOOT',
      'RESIZE',
      'VERIFY_RESIZE',
      'SHELVED',
      'SHELVED_OFFLOADED',
      'ERROR',
    ]);
    expect(VIRT_TYPES).toEqual(['KVM', 'CAS', 'VMware', 'Xen', 'PowerVM', 'BareMetal']);
  });
});
