import { describe, expect, it } from 'vitest';
import { anyTransitional, isTransitional, powerWorthShowing, serverTone } from './status';
import type { ServerStatus, TaskState } from './types';

const s = (status: ServerStatus, task: TaskState | null = null) => ({
  status,
  'OS-EXT-STS:task_state': task,
});

describe('server status', () => {
  it('is transitional while a task runs or the status itself moves', () => {
    expect(isTransitional(s('ACTIVE'))).toBe(false);
    expect(isTransitional(s('SHUTOFF'))).toBe(false);
    expect(isTransitional(s('ERROR'))).toBe(false);
    expect(isTransitional(s('BUILD'))).toBe(true);
    expect(isTransitional(s('REBOOT'))).toBe(true);
    expect(isTransitional(s('ACTIVE', 'powering-off'))).toBe(true);
  });
  it('polls a list only when one of its servers moves', () => {
    expect(anyTransitional([s('ACTIVE'), s('SHUTOFF')])).toBe(false);
    expect(anyTransitional([s('ACTIVE'), s('SHUTOFF', 'powering-on')])).toBe(true);
    expect(anyTransitional(undefined)).toBe(false);
  });
  it('spins for a running task whatever the status, so spinner and polling agree', () => {
    expect(serverTone(s('SHUTOFF', 'powering-on'))).toBe('processing');
    expect(serverTone(s('ACTIVE'))).toBe('success');
    expect(serverTone(s('ERROR'))).toBe('error');
  });
});

describe('power state beside the status', () => {
  const p = (status: ServerStatus, power: 0 | 1 | 3 | 4 | 7) => ({
    status,
    'OS-EXT-STS:power_state': power,
  });
  it('is left out where the status already says it (what the Power column mostly repeated)', () => {
    expect(powerWorthShowing(p('ACTIVE', 1))).toBeNull();
    expect(powerWorthShowing(p('SHUTOFF', 4))).toBeNull();
    expect(powerWorthShowing(p('PAUSED', 3))).toBeNull();
    expect(powerWorthShowing(p('SUSPENDED', 7))).toBeNull();
    expect(powerWorthShowing(p('SHELVED_OFFLOADED', 4))).toBeNull();
    expect(powerWorthShowing(p('BUILD', 0))).toBeNull();
  });
  it('is shown when it says something the status does not', () => {
    expect(powerWorthShowing(p('ACTIVE', 4))).toBe(4);
    expect(powerWorthShowing(p('SHUTOFF', 1))).toBe(1);
    // An ERROR server may still be running: worth knowing.
    expect(powerWorthShowing(p('ERROR', 1))).toBe(1);
    expect(powerWorthShowing(p('ERROR', 0))).toBeNull();
  });
});
