import { describe, expect, it, vi } from 'vitest';
import { keyedCache } from './keyed-cache';

describe('keyedCache', () => {
  it('builds a value once per key and answers each key with its own', () => {
    const cache = keyedCache<{ key: string }>();
    const make = vi.fn((key: string) => ({ key }));
    const a = cache('a', () => make('a'));
    expect(cache('a', () => make('a'))).toBe(a);
    expect(cache('b', () => make('b'))).toEqual({ key: 'b' });
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('keeps caches apart', () => {
    const one = keyedCache<number>();
    const two = keyedCache<number>();
    expect(one('k', () => 1)).toBe(1);
    expect(two('k', () => 2)).toBe(2);
  });
});
