import { describe, expect, it } from 'vitest';
import {
  ALLOWED_FROM,
  deleteGuard,
  isNodeChanging,
  PROVISION_STATES,
  PROVISION_TARGETS,
  powerGuard,
  provisionGuard,
  targetsFrom,
} from './node';

const base = {
  provision_state: 'manageable' as const,
  maintenance: false,
  reservation: null,
  instance_info: {},
};

describe('provision guard', () => {
  it("is ironic 1.34 (api-notes 4.2, as the simulator's ALLOWED_FROM)", () => {
    expect(ALLOWED_FROM.manage).toEqual([
      'enroll',
      'available',
      'inspect failed',
      'clean failed',
      'adopt failed',
    ]);
    expect(ALLOWED_FROM.deleted).toEqual(['active', 'deploy failed', 'error', 'wait call-back']);
    expect(ALLOWED_FROM.abort).toEqual(['wait call-back', 'clean wait']);
  });

  it('offers exactly the targets allowed from the current state', () => {
    expect(targetsFrom('manageable')).toEqual(['inspect', 'clean', 'provide', 'adopt']);
    expect(targetsFrom('enroll')).toEqual(['manage']);
    expect(targetsFrom('clean wait')).toEqual(['abort']);
    expect(targetsFrom('active')).toEqual(['rebuild', 'deleted']);
    expect(targetsFrom('verifying')).toEqual([]);
    for (const s of PROVISION_STATES)
      for (const t of PROVISION_TARGETS)
        expect(provisionGuard(t, { ...base, provision_state: s }) === true).toBe(
          ALLOWED_FROM[t].includes(s) && t !== 'active' && t !== 'rebuild',
        );
  });

  it('explains a refusal in the wrong state', () => {
    expect(provisionGuard('provide', { ...base, provision_state: 'enroll' })).toEqual({
      reason: 'state',
      allowed: ['manageable'],
      current: 'enroll',
    });
  });

  it('blocks everything but abort in maintenance', () => {
    const m = { ...base, maintenance: true };
    expect(provisionGuard('provide', m)).toEqual({ reason: 'maintenance' });
    expect(provisionGuard('abort', { ...m, provision_state: 'clean wait' })).toBe(true);
  });

  it('blocks everything while a conductor holds the node', () => {
    expect(provisionGuard('provide', { ...base, reservation: 'c1' })).toEqual({
      reason: 'locked',
      conductor: 'c1',
    });
  });

  it('needs an image to deploy', () => {
    const n = { ...base, provision_state: 'available' as const };
    expect(provisionGuard('active', n)).toEqual({ reason: 'noImage' });
    expect(provisionGuard('active', { ...n, instance_info: { image_source: 'img' } })).toBe(true);
  });
});

describe('delete guard', () => {
  const n = {
    provision_state: 'available' as const,
    instance_uuid: null,
    reservation: null,
    maintenance: false,
  };
  it('refuses a node with an instance, a locked one and a deployed one', () => {
    expect(deleteGuard(n)).toBe(true);
    expect(deleteGuard({ ...n, instance_uuid: 's' })).toEqual({ reason: 'instance' });
    expect(deleteGuard({ ...n, reservation: 'c' })).toEqual({ reason: 'locked', conductor: 'c' });
    expect(deleteGuard({ ...n, provision_state: 'active' })).toEqual({
      reason: 'state',
      current: 'active',
    });
    expect(deleteGuard({ ...n, provision_state: 'deploy failed', maintenance: true })).toBe(true);
  });
});

describe('power guard and polling', () => {
  it('refuses without a power state, while changing and when already there', () => {
    expect(powerGuard('power on', { power_state: null, target_power_state: null })).toEqual({
      reason: 'noPower',
    });
    expect(
      powerGuard('power off', { power_state: 'power on', target_power_state: 'power off' }),
    ).toEqual({ reason: 'powerBusy' });
    expect(powerGuard('power on', { power_state: 'power on', target_power_state: null })).toEqual({
      reason: 'already',
    });
    expect(powerGuard('power off', { power_state: 'power on', target_power_state: null })).toBe(
      true,
    );
  });

  it('polls while a node moves', () => {
    const still = {
      provision_state: 'available' as const,
      target_provision_state: null,
      target_power_state: null,
    };
    expect(isNodeChanging(still)).toBe(false);
    expect(isNodeChanging({ ...still, provision_state: 'cleaning' })).toBe(true);
    expect(isNodeChanging({ ...still, target_power_state: 'power on' })).toBe(true);
  });
});
