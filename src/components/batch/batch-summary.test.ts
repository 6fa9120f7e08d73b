import { describe, expect, it } from 'vitest';
import { messageLevel, progressOf, summaryParts } from './batch-summary';

const s = (over: Partial<Record<string, number>>) => ({
  skipped: 0,
  queued: 0,
  running: 0,
  succeeded: 0,
  failed: 0,
  cancelled: 0,
  ...over,
});

describe('batch summary', () => {
  it('lists only non-zero outcomes in reading order', () => {
    expect(summaryParts(s({ failed: 1, succeeded: 3 }))).toEqual([
      { status: 'succeeded', count: 3 },
      { status: 'failed', count: 1 },
    ]);
  });
  it('picks one message level for the whole batch', () => {
    expect(messageLevel(s({ succeeded: 3 }))).toBe('success');
    expect(messageLevel(s({ succeeded: 3, failed: 1 }))).toBe('warning');
    expect(messageLevel(s({ failed: 2 }))).toBe('error');
    expect(messageLevel(s({ succeeded: 2, skipped: 1 }))).toBe('warning');
    expect(messageLevel(s({ skipped: 2 }))).toBe('info');
  });
  it('counts progress over settled items', () => {
    expect(progressOf(s({ succeeded: 1, running: 2, queued: 1 }))).toEqual({
      done: 1,
      total: 4,
      percent: 25,
    });
    expect(progressOf(s({})).percent).toBe(100);
  });
});
