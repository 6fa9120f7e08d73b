// The read cache ([S1]): a read's answer is served again only while the world is unchanged, and
// only to the same asker — never a stale list after a write or a transition, never one tenant's
// answer to another.
import { afterEach, describe, expect, it } from 'vitest';
import { ReadCache } from '../src/read-cache.ts';
import { world, type World } from './server-fixtures.ts';

const cached = { validateResponses: false, readCacheMs: 60_000, delayScale: 0 } as const;

// Only the first describe opens a world; in a shuffled order the other may run first.
let opened: World | undefined;
const open = async () => (opened = await world({ sim: cached }));
afterEach(async () => {
  await opened?.t.close();
  opened = undefined;
});

describe('read cache', () => {
  it('serves an unchanged list again, and a changed one afresh after a write or a transition', async () => {
    const w = await open();
    // URLs first: the fixtures' helpers read the raw state, which itself invalidates the cache.
    const list = `${w.base(w.alice)}/detail?limit=1000`;
    const first = await w.t.req('GET', list, { token: w.alice });
    const again = await w.t.req('GET', list, { token: w.alice });
    expect(again.raw.equals(first.raw)).toBe(true);

    const id = await w.create(w.alice);
    const afterCreate = await w.t.req('GET', list, { token: w.alice });
    const created = afterCreate.body.servers.find((s: { id: string }) => s.id === id);
    expect(created?.status).toBe('BUILD');

    // A timer-driven transition (no request, no raw-state access) must invalidate too.
    w.t.sim.runDueTasks();
    const afterBuild = await w.t.req('GET', list, { token: w.alice });
    expect(afterBuild.body.servers.find((s: { id: string }) => s.id === id)?.status).toBe('ACTIVE');
  });

  it('never gives one asker the answer computed for another', async () => {
    const w = await open();
    const images = '/os/image/v1/v2/images?limit=1000';
    const names = async (token: string) =>
      ((await w.t.req('GET', images, { token })).body.images as { id: string }[])
        .map((i) => i.id)
        .sort();
    const alice = await names(w.alice);
    const bob = await names(w.bob);
    const admin = await names(w.admin);
    expect(alice).not.toEqual(admin);
    expect(bob).not.toEqual(admin);
    expect(await names(w.alice)).toEqual(alice);
    // An expired or unknown token is refused, not served from the cache.
    expect((await w.t.req('GET', images, { token: 'gAAAAAnot-a-token' })).status).toBe(401);
  });
});

describe('ReadCache', () => {
  const read = (text: string) => ({ status: 200, headers: undefined, payload: Buffer.from(text) });

  it('forgets everything when the stamp moves, and each entry after its time to live', () => {
    const c = new ReadCache(500, 2);
    expect(c.get('a', 's1', 0)).toBeUndefined();
    c.set('a', 's1', 0, read('A'));
    expect(c.get('a', 's1', 499)?.payload.toString()).toBe('A');
    expect(c.get('a', 's1', 500)).toBeUndefined();

    c.set('a', 's1', 600, read('A'));
    expect(c.get('a', 's2', 601)).toBeUndefined();
    // An answer computed at an older stamp is not kept.
    c.set('a', 's1', 602, read('old'));
    expect(c.get('a', 's2', 603)).toBeUndefined();
  });

  it('keeps at most its size, dropping the oldest', () => {
    const c = new ReadCache(1000, 2);
    c.get('x', 's', 0);
    c.set('a', 's', 0, read('A'));
    c.set('b', 's', 0, read('B'));
    c.set('c', 's', 0, read('C'));
    expect(c.get('a', 's', 1)).toBeUndefined();
    expect(c.get('c', 's', 1)?.payload.toString()).toBe('C');
  });

  it('is off with a time to live of 0', () => {
    const c = new ReadCache(0);
    c.get('a', 's', 0);
    c.set('a', 's', 0, read('A'));
    expect(c.get('a', 's', 0)).toBeUndefined();
  });
});
