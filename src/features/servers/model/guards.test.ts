import { describe, expect, it } from 'vitest';
import { guard, leaseOf, type ServerActionKey } from './guards';
import type { TaskState, VmState } from './types';

const server = (
  vm: VmState,
  task: TaskState | null = null,
  metadata: Record<string, string> = {},
) => ({
  'OS-EXT-STS:vm_state': vm,
  'OS-EXT-STS:task_state': task,
  metadata,
});

const allowedFrom = (action: ServerActionKey) =>
  (
    [
      'building',
      'active',
      'stopped',
      'suspended',
      'paused',
      'resized',
      'shelved',
      'shelved_offloaded',
      'error',
    ] as const
  ).filter((vm) => guard(action, server(vm)) === true);

describe('server action guards (api-notes 4.1)', () => {
  it('start only from stopped, stop from active or error', () => {
    expect(allowedFrom('start')).toEqual(['stopped']);
    expect(allowedFrom('stop')).toEqual(['active', 'error']);
  });
  it('soft reboot from active only, hard reboot also from stopped, error, paused, suspended', () => {
    expect(allowedFrom('reboot')).toEqual(['active']);
    expect(allowedFrom('rebootHard')).toEqual([
      'active',
      'stopped',
      'suspended',
      'paused',
      'error',
    ]);
  });
  it('suspend/resume, shelve/unshelve, resize and the console follow nova', () => {
    expect(allowedFrom('suspend')).toEqual(['active']);
    expect(allowedFrom('resume')).toEqual(['suspended']);
    expect(allowedFrom('shelve')).toEqual(['active', 'stopped', 'suspended', 'paused']);
    expect(allowedFrom('unshelve')).toEqual(['shelved', 'shelved_offloaded']);
    expect(allowedFrom('resize')).toEqual(['active', 'stopped']);
    expect(allowedFrom('liveResize')).toEqual(['active']);
    expect(allowedFrom('console')).toEqual(['active']);
  });
  it('explains a refusal with the allowed and current states', () => {
    expect(guard('start', server('active'))).toEqual({
      reason: 'state',
      allowed: ['stopped'],
      current: 'active',
    });
  });
  it('refuses everything but delete and rename while a task runs', () => {
    const busy = server('active', 'powering-off');
    expect(guard('reboot', busy)).toEqual({ reason: 'busy', task: 'powering-off' });
    expect(guard('delete', busy)).toBe(true);
    expect(guard('rename', busy)).toBe(true);
  });
  it('refuses everything once deleting', () => {
    expect(guard('delete', server('active', 'deleting'))).toEqual({ reason: 'deleting' });
  });
  it('offers shorten-lease only to servers with a lease', () => {
    expect(guard('shortenLease', server('active'))).toEqual({ reason: 'noLease' });
    const leased = server('active', null, { tenancyId: 'l1', tenancyEndTime: '1900000000000' });
    expect(guard('shortenLease', leased)).toBe(true);
    expect(leaseOf(leased)).toEqual({ id: 'l1', endTime: 1900000000000 });
    expect(
      leaseOf(server('active', null, { tenancyId: 'l1', tenancyEndTime: 'soon' })),
    ).toBeUndefined();
  });
});
