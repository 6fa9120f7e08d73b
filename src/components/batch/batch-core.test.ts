import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/api-error';
import { createBatchStore, MAX_FINISHED, type BatchSpec } from './batch-core';

type Item = { id: string; locked?: boolean };
const items = (n: number): Item[] => Array.from({ length: n }, (_, i) => ({ id: `vm-${i + 1}` }));

/** A run function whose calls stay pending until the test settles them. */
function controlledRun() {
  const pending = new Map<string, { resolve: () => void; reject: (e: unknown) => void }>();
  let active = 0;
  let maxActive = 0;
  const run = (item: Item) =>
    new Promise<void>((resolve, reject) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      const done = () => (active -= 1);
      pending.set(item.id, {
        resolve: () => (done(), resolve()),
        reject: (e) => (done(), reject(e)),
      });
    });
  return {
    run,
    pending,
    get maxActive() {
      return maxActive;
    },
    async settle(id: string, error?: unknown) {
      const p = pending.get(id);
      if (!p) throw new Error(`${id} is not running`);
      pending.delete(id);
      if (error === undefined) p.resolve();
      else p.reject(error);
      await flush();
    },
  };
}

const flush = () => new Promise<void>((r) => setTimeout(r, 0));

function spec(run: (i: Item) => Promise<unknown>, extra: Partial<BatchSpec<Item>> = {}) {
  return { title: 'Delete', items: items(5), keyOf: (i: Item) => i.id, run, ...extra };
}

const statuses = (store: ReturnType<typeof createBatchStore>, id: string) =>
  store
    .getSnapshot()
    .find((b) => b.id === id)
    ?.entries.map((e) => e.state.status);

describe('batch runner', () => {
  it('never runs more than the concurrency limit at once', async () => {
    const store = createBatchStore();
    const ctl = controlledRun();
    const id = store.start(spec(ctl.run, { items: items(10), concurrency: 3 }));
    await flush();
    expect(ctl.pending.size).toBe(3);
    expect(statuses(store, id)?.filter((s) => s === 'running')).toHaveLength(3);
    while (ctl.pending.size > 0) await ctl.settle([...ctl.pending.keys()][0] ?? '');
    expect(ctl.maxActive).toBe(3);
    const result = await store.settled(id);
    expect(result.summary.succeeded).toBe(10);
  });

  it('defaults to 3 at a time', async () => {
    const store = createBatchStore();
    const ctl = controlledRun();
    store.start(spec(ctl.run, { items: items(8) }));
    await flush();
    expect(ctl.pending.size).toBe(3);
  });

  it('records partial failure with the ApiError message and request id', async () => {
    const store = createBatchStore();
    const onSettled = vi.fn();
    const id = store.start(
      spec(
        async (i) => {
          if (i.id === 'vm-2') {
            throw new ApiError({ status: 409, message: 'Server is locked', requestId: 'req-9' });
          }
        },
        { onSettled },
      ),
    );
    const { summary, batch } = await store.settled(id);
    expect(summary).toMatchObject({ succeeded: 4, failed: 1 });
    expect(batch.entries.find((e) => e.key === 'vm-2')?.state).toEqual({
      status: 'failed',
      message: 'Server is locked',
      requestId: 'req-9',
    });
    expect(onSettled).toHaveBeenCalledTimes(1);
    expect(onSettled.mock.calls[0]?.[0].summary).toMatchObject({ succeeded: 4, failed: 1 });
  });

  it('treats a synchronous throw as a failure of that item only', async () => {
    const store = createBatchStore();
    const id = store.start(
      spec((i) => {
        if (i.id === 'vm-1') throw new Error('boom');
        return Promise.resolve();
      }),
    );
    const { summary } = await store.settled(id);
    expect(summary).toMatchObject({ succeeded: 4, failed: 1 });
  });

  it('retry re-runs only the failed items', async () => {
    const store = createBatchStore();
    const calls: string[] = [];
    let failing = new Set(['vm-2', 'vm-4']);
    const onSettled = vi.fn();
    const id = store.start(
      spec(
        async (i) => {
          calls.push(i.id);
          if (failing.has(i.id)) throw new Error('quota');
        },
        { onSettled },
      ),
    );
    await store.settled(id);
    calls.length = 0;
    failing = new Set(['vm-4']);
    store.retryFailed(id);
    const { summary } = await store.settled(id);
    expect(calls.sort()).toEqual(['vm-2', 'vm-4']);
    expect(summary).toMatchObject({ succeeded: 4, failed: 1 });
    expect(onSettled).toHaveBeenCalledTimes(2);
  });

  it('skips items whose guard gives a reason and runs the rest', async () => {
    const store = createBatchStore();
    const run = vi.fn(async () => undefined);
    const list = items(3).map((i) => (i.id === 'vm-2' ? { ...i, locked: true } : i));
    const id = store.start(
      spec(run, {
        items: list,
        guard: (i) => (i.locked ? 'Locked servers cannot be deleted' : true),
      }),
    );
    const { batch, summary } = await store.settled(id);
    expect(run).toHaveBeenCalledTimes(2);
    expect(summary).toMatchObject({ succeeded: 2, skipped: 1 });
    expect(batch.entries[1]?.state).toEqual({
      status: 'skipped',
      reason: 'Locked servers cannot be deleted',
    });
  });

  it('settles at once when every item is skipped', async () => {
    const store = createBatchStore();
    const id = store.start(spec(vi.fn(), { guard: () => 'no' }));
    const { summary } = await store.settled(id);
    expect(summary.skipped).toBe(5);
  });

  it('cancel stops queueing: running items finish, queued ones are cancelled', async () => {
    const store = createBatchStore();
    const ctl = controlledRun();
    const id = store.start(spec(ctl.run, { items: items(6), concurrency: 2 }));
    await flush();
    store.cancel(id);
    await ctl.settle('vm-1');
    await ctl.settle('vm-2', new Error('x'));
    const { summary } = await store.settled(id);
    expect(summary).toMatchObject({ succeeded: 1, failed: 1, cancelled: 4 });
    expect(ctl.pending.size).toBe(0);
  });

  it('ignores duplicate keys and notifies subscribers with new snapshots', async () => {
    const store = createBatchStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getSnapshot();
    const id = store.start(spec(async () => undefined, { items: [...items(2), ...items(2)] }));
    await store.settled(id);
    expect(store.getSnapshot()).not.toBe(before);
    expect(store.getSnapshot()[0]?.entries).toHaveLength(2);
    expect(listener).toHaveBeenCalled();
  });

  it('keeps a bounded number of finished batches', async () => {
    const store = createBatchStore();
    for (let i = 0; i < MAX_FINISHED + 5; i += 1) {
      await store.settled(store.start(spec(async () => undefined, { items: items(1) })));
    }
    expect(store.getSnapshot().length).toBeLessThanOrEqual(MAX_FINISHED);
  });
});
