import { describe, expect, it } from 'vitest';
import { EMPTY_VALUE, formatBytes, formatDateTime, formatNumber, parseNovaTime } from './format';

describe('formatDateTime', () => {
  const at = new Date(2026, 10, 22, 13, 5, 9); // local time, so the test is zone-independent

  it('formats per locale with a 24-hour clock', () => {
    expect(formatDateTime(at, 'zh-CN')).toBe('2026/11/22 13:05:09');
    expect(formatDateTime(at, 'en-US')).toBe('11/22/2026, 13:05:09');
  });

  it('accepts ISO strings and epoch milliseconds', () => {
    expect(formatDateTime(at.toISOString(), 'zh-CN')).toBe('2026/11/22 13:05:09');
    expect(formatDateTime(at.getTime(), 'zh-CN')).toBe('2026/11/22 13:05:09');
  });

  it('shows a dash for missing or invalid values', () => {
    expect(formatDateTime(undefined, 'en-US')).toBe(EMPTY_VALUE);
    expect(formatDateTime(null, 'en-US')).toBe(EMPTY_VALUE);
    expect(formatDateTime('', 'en-US')).toBe(EMPTY_VALUE);
    expect(formatDateTime('not a date', 'en-US')).toBe(EMPTY_VALUE);
  });
});

describe('formatNumber', () => {
  it('groups digits per locale', () => {
    expect(formatNumber(1234567.5, 'en-US')).toBe('1,234,567.5');
    expect(formatNumber(1234567.5, 'zh-CN')).toBe('1,234,567.5');
  });

  it('keeps one formatter per language and options, never answering with another', () => {
    // Formatters are cached: a cached one must not leak into a call with other options.
    expect(formatNumber(1.2345, 'en-US', { maximumFractionDigits: 1 })).toBe('1.2');
    expect(formatNumber(1.2345, 'en-US', { maximumFractionDigits: 3 })).toBe('1.235');
    expect(formatNumber(1.2345, 'en-US', { maximumFractionDigits: 1 })).toBe('1.2');
    expect(formatNumber(0.5, 'en-US', { style: 'percent' })).toBe('50%');
    // The language is part of the key too.
    expect(formatNumber(12345, 'zh-CN', { notation: 'compact' })).toBe('1.2万');
    expect(formatNumber(12345, 'en-US', { notation: 'compact' })).toBe('12K');
  });

  it('shows a dash for missing values', () => {
    expect(formatNumber(undefined, 'en-US')).toBe(EMPTY_VALUE);
    expect(formatNumber(Number.NaN, 'en-US')).toBe(EMPTY_VALUE);
  });
});

describe('formatBytes', () => {
  it('picks the largest binary unit', () => {
    expect(formatBytes(0, 'en-US')).toBe('0 B');
    expect(formatBytes(512, 'en-US')).toBe('512 B');
    expect(formatBytes(1024, 'en-US')).toBe('1 KiB');
    expect(formatBytes(1536 * 1024 ** 2, 'en-US')).toBe('1.5 GiB');
    expect(formatBytes(3 * 1024 ** 4, 'zh-CN')).toBe('3 TiB');
  });

  it('rounds to at most two decimals and groups digits', () => {
    expect(formatBytes(1000 * 1024 ** 2 + 1, 'en-US')).toBe('1,000 MiB');
    expect(formatBytes(1.23456 * 1024 ** 3, 'en-US')).toBe('1.23 GiB');
  });

  it('converts from a given unit', () => {
    expect(formatBytes(2048, 'en-US', { from: 'MiB' })).toBe('2 GiB');
    expect(formatBytes(40, 'zh-CN', { from: 'GiB' })).toBe('40 GiB');
  });

  it('shows a dash for missing or negative sizes', () => {
    expect(formatBytes(undefined, 'en-US')).toBe(EMPTY_VALUE);
    expect(formatBytes(-1, 'en-US')).toBe(EMPTY_VALUE);
  });
});

describe('nova time', () => {
  it('reads a zone-less timestamp as UTC, microseconds cut to milliseconds', () => {
    expect(parseNovaTime('2018-01-05T09:43:34.173001')?.toISOString()).toBe(
      '2018-01-05T09:43:34.173Z',
    );
    expect(parseNovaTime('2018-01-05T09:43:34')?.toISOString()).toBe('2018-01-05T09:43:34.000Z');
  });
  it('gives null for missing or unparsable values', () => {
    expect(parseNovaTime(null)).toBeNull();
    expect(parseNovaTime('')).toBeNull();
    expect(parseNovaTime('yesterday')).toBeNull();
  });
});
