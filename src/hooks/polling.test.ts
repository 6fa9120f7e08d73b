import { describe, expect, it } from 'vitest';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import {
  anyItem,
  DEFAULT_POLL_MS,
  POLL_MS_SETTING,
  pollMsSetting,
  pollWhile,
  TRANSITIONAL_POLL_MS,
} from './polling';

type Server = { id: string; status: string };
const busy = (s: Server) => s.status === 'BUILD' || s.status === 'DELETING';
const q = (data: Server[] | undefined, error: unknown = null) => ({ state: { data, error } });

describe('pollWhile', () => {
  const interval = pollWhile(anyItem(busy));

  it('polls every 2 s while an item is transitional', () => {
    expect(
      interval(
        q([
          { id: 'a', status: 'ACTIVE' },
          { id: 'b', status: 'BUILD' },
        ]),
      ),
    ).toBe(TRANSITIONAL_POLL_MS);
  });

  it('stops once everything has settled, before data, and after an error', () => {
    expect(interval(q([{ id: 'a', status: 'ACTIVE' }]))).toBe(false);
    expect(interval(q(undefined))).toBe(false);
    expect(interval(q([{ id: 'b', status: 'BUILD' }], new Error('500')))).toBe(false);
  });

  it('takes another interval and can keep polling through errors', () => {
    const fast = pollWhile(anyItem(busy), { intervalMs: 500, whileError: true });
    expect(fast(q([{ id: 'b', status: 'BUILD' }], new Error('500')))).toBe(500);
  });

  it('type-checks as react-query refetchInterval', () => {
    const client = new QueryClient();
    const observer = new QueryObserver(client, {
      queryKey: ['servers'],
      queryFn: async (): Promise<Server[]> => [],
      refetchInterval: pollWhile(anyItem(busy)),
    });
    expect(typeof observer.options.refetchInterval).toBe('function');
  });
});

describe('pollMsSetting', () => {
  const storage = (value: string | null) => ({
    getItem: (key: string) => (key === POLL_MS_SETTING ? value : null),
  });

  it('is 2 s unless set', () => {
    expect(DEFAULT_POLL_MS).toBe(2000);
    expect(pollMsSetting(undefined)).toBe(2000);
    expect(pollMsSetting(storage(null))).toBe(2000);
  });

  it('takes a whole number of ms within 250..10000 and ignores anything else', () => {
    expect(pollMsSetting(storage('500'))).toBe(500);
    expect(pollMsSetting(storage('250'))).toBe(250);
    expect(pollMsSetting(storage('10000'))).toBe(10_000);
    for (const bad of ['0', '100', '249', '10001', '1.5e3x', 'fast', '', '600.5'])
      expect(pollMsSetting(storage(bad)), bad).toBe(2000);
  });

  it('falls back to the default when storage throws', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(pollMsSetting(refusing)).toBe(2000);
  });
});
