import { describe, expect, it } from 'vitest';
import { anyTransitional, isTransitional, serverTone } from './status';
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
