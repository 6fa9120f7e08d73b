import { describe, expect, it } from 'vitest';
import { daysLeft, isValidNewEnd, toLeaseTime } from './lease';

describe('lease', () => {
  it('writes the platform time format in China Standard Time', () => {
    expect(toLeaseTime(new Date(Date.UTC(2026, 0, 4, 23, 8, 9)))).toBe('2026-01-05 07:08:09');
  });
  it('accepts only a new end between now and the current end', () => {
    expect(isValidNewEnd(150, 200, 100)).toBe(true);
    expect(isValidNewEnd(100, 200, 100)).toBe(false);
    expect(isValidNewEnd(200, 200, 100)).toBe(false);
    expect(isValidNewEnd(250, 200, 100)).toBe(false);
  });
  it('counts days left, rounding up', () => {
    expect(daysLeft(86_400_000 * 2.5, 0)).toBe(3);
    expect(daysLeft(0, 1)).toBe(0);
  });
});
