import { describe, expect, it } from 'vitest';
import { isTransitionalStatus, toneOf } from './status-tone';

const servers = {
  ACTIVE: 'success',
  BUILD: 'processing',
  ERROR: 'error',
  SHUTOFF: 'default',
} as const;

describe('toneOf', () => {
  it('maps known statuses, ignoring case, and unknown ones to default', () => {
    expect(toneOf(servers, 'ACTIVE')).toBe('success');
    expect(toneOf(servers, 'build')).toBe('processing');
    expect(toneOf(servers, 'MIGRATING')).toBe('default');
    expect(toneOf(servers, undefined)).toBe('default');
  });
  it('calls processing statuses transitional', () => {
    expect(isTransitionalStatus(servers, 'BUILD')).toBe(true);
    expect(isTransitionalStatus(servers, 'ERROR')).toBe(false);
  });
});
