import { describe, expect, it } from 'vitest';
import { formatRelative, relativeParts } from './relative-time';

describe('relativeParts', () => {
  it('picks the largest whole unit', () => {
    expect(relativeParts(-45_000)).toEqual({ value: -45, unit: 'second' });
    expect(relativeParts(-5 * 60_000)).toEqual({ value: -5, unit: 'minute' });
    expect(relativeParts(-3 * 3_600_000)).toEqual({ value: -3, unit: 'hour' });
    expect(relativeParts(-2 * 86_400_000)).toEqual({ value: -2, unit: 'day' });
  });
  it('rounds, and moves up a unit when rounding reaches it', () => {
    expect(relativeParts(-(5 * 60_000 - 800))).toEqual({ value: -5, unit: 'minute' });
    expect(relativeParts(-59_600)).toEqual({ value: -1, unit: 'minute' });
  });
});

describe('formatRelative', () => {
  const now = Date.UTC(2026, 10, 1, 12, 0, 0);
  it('is localized in English and Chinese', () => {
    expect(formatRelative(now - 5 * 60_000, now, 'en-US')).toBe('5 minutes ago');
    expect(formatRelative(now - 5 * 60_000, now, 'zh-CN')).toBe('5分钟前');
  });
  it('says "now" for the last few seconds', () => {
    expect(formatRelative(now - 3_000, now, 'en-US')).toBe('now');
    expect(formatRelative(now - 3_000, now, 'zh-CN')).toBe('现在');
  });
});
