import { describe, expect, it } from 'vitest';
import { anyTransitional, isTransitional } from './status';

const now = Date.parse('2026-11-22T10:00:00Z');
const created = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();

describe('isTransitional', () => {
  it('polls saving images whatever their age', () => {
    expect(isTransitional({ status: 'saving', created_at: created(600) }, now)).toBe(true);
  });
  it('polls a queued image only just after creation', () => {
    expect(isTransitional({ status: 'queued', created_at: created(1) }, now)).toBe(true);
    expect(isTransitional({ status: 'queued', created_at: created(30) }, now)).toBe(false);
  });
  it('stops for stable states', () => {
    for (const status of ['active', 'killed', 'deactivated'] as const) {
      expect(isTransitional({ status, created_at: created(0) }, now)).toBe(false);
    }
    expect(anyTransitional([{ status: 'active', created_at: created(0) }], now)).toBe(false);
    expect(
      anyTransitional(
        [
          { status: 'active', created_at: created(0) },
          { status: 'saving', created_at: created(0) },
        ],
        now,
      ),
    ).toBe(true);
    expect(anyTransitional(undefined, now)).toBe(false);
  });
});
