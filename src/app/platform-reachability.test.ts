import { QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import { createQueryClient } from './query-client';
import { isPlatformUnreachable, recheckPlatform } from './platform-reachability';

const fail = (status: number) => new ApiError({ status, message: `HTTP ${status}` });

/** A query on screen (an observer keeps it active) that answers what `answer` says now. */
function watched(key: string, answer: { current: () => Promise<string> }) {
  const client = createQueryClient(() => undefined);
  const observer = new QueryObserver(client, {
    queryKey: [key],
    queryFn: () => answer.current(),
    retry: false,
  });
  const stop = observer.subscribe(() => undefined);
  const settled = () =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (observer.getCurrentResult().fetchStatus === 'idle') resolve();
        else setTimeout(check, 1);
      };
      check();
    });
  return { client, stop, settled };
}

describe('platform reachability', () => {
  it('is down while a query on screen got no answer or a 502/503/504, and up once it answers', async () => {
    for (const status of [0, 502, 503, 504]) {
      const answer = { current: () => Promise.reject<string>(fail(status)) };
      const { client, stop, settled } = watched(`q${status}`, answer);
      await settled();
      expect(isPlatformUnreachable(client)).toBe(true);
      answer.current = () => Promise.resolve('ok');
      await recheckPlatform(client);
      expect(isPlatformUnreachable(client)).toBe(false);
      stop();
    }
  });

  it('is not down for an answer that is the platform speaking (500, 404, 403)', async () => {
    for (const status of [500, 404, 403]) {
      const { client, stop, settled } = watched(`r${status}`, {
        current: () => Promise.reject<string>(fail(status)),
      });
      await settled();
      expect(isPlatformUnreachable(client)).toBe(false);
      stop();
    }
  });

  it('forgets a failed query nobody shows any more', async () => {
    const { client, stop, settled } = watched('gone', {
      current: () => Promise.reject<string>(fail(503)),
    });
    await settled();
    stop();
    expect(isPlatformUnreachable(client)).toBe(false);
  });
});
