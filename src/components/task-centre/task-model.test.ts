import { describe, expect, it } from 'vitest';
import {
  KEPT_TASKS,
  orphanedBatches,
  parseTasks,
  settleBatch,
  settleServerCreate,
  TASK_TIMEOUT_MS,
  upsert,
  type Task,
} from './task-model';

const task = (over: Partial<Task> = {}): Task => ({
  id: 't1',
  kind: 'serverCreate',
  title: 'web-1',
  user: 'alice',
  startedAt: 1000,
  endedAt: null,
  status: 'running',
  message: null,
  resource: { type: 'server', id: 's1', project: 'p1' },
  items: 1,
  failed: 0,
  ...over,
});

describe('settleServerCreate', () => {
  it('keeps running while the server builds, ends on ACTIVE', () => {
    const t = task();
    expect(settleServerCreate(t, { status: 'BUILD' }, 2000)).toBe(t);
    expect(settleServerCreate(t, { status: 'ACTIVE' }, 2000)).toMatchObject({
      status: 'succeeded',
      endedAt: 2000,
    });
  });
  it("fails with nova's fault message, or when the server is gone", () => {
    expect(
      settleServerCreate(task(), { status: 'ERROR', fault: { message: 'No valid host' } }, 5),
    ).toMatchObject({ status: 'failed', message: 'No valid host' });
    expect(settleServerCreate(task(), 'gone', 5).status).toBe('failed');
  });
  it('times out a build that never ends', () => {
    const late = 1000 + TASK_TIMEOUT_MS + 1;
    expect(settleServerCreate(task(), { status: 'BUILD' }, late).status).toBe('timedOut');
  });
  it('leaves an ended task alone', () => {
    const done = task({ status: 'failed' });
    expect(settleServerCreate(done, { status: 'ACTIVE' }, 9)).toBe(done);
  });
});

describe('settleBatch', () => {
  it('fails with the first failure and counts failures', () => {
    const ended = settleBatch(
      task({ kind: 'batch', resource: null, items: 3 }),
      [
        { state: { status: 'succeeded' } },
        { state: { status: 'failed', message: 'conflict' } },
        { state: { status: 'failed', message: 'other' } },
      ],
      7,
    );
    expect(ended).toMatchObject({ status: 'failed', message: 'conflict', failed: 2, endedAt: 7 });
  });
  it('succeeds when nothing failed', () => {
    expect(settleBatch(task(), [{ state: { status: 'skipped' } }], 7).status).toBe('succeeded');
  });
});

describe('storage', () => {
  it('reads back what was stored and drops what it cannot read', () => {
    const raw = JSON.stringify([task(), { id: 3 }, task({ id: 't2', resource: null })]);
    expect(parseTasks(raw).map((t) => t.id)).toEqual(['t1', 't2']);
    expect(parseTasks('not json')).toEqual([]);
    expect(parseTasks(null)).toEqual([]);
  });
  it('ends batches that a reload cut off; server tasks go on', () => {
    const out = orphanedBatches([task(), task({ id: 'b', kind: 'batch' })], 50);
    expect(out.map((t) => t.status)).toEqual(['running', 'timedOut']);
  });
  it('keeps the newest, once each', () => {
    let list: Task[] = [];
    for (let i = 0; i < KEPT_TASKS + 5; i++)
      list = upsert(list, task({ id: `t${i}`, startedAt: i }));
    list = upsert(
      list,
      task({ id: `t${KEPT_TASKS + 4}`, startedAt: KEPT_TASKS + 4, status: 'failed' }),
    );
    expect(list).toHaveLength(KEPT_TASKS);
    expect(list[0]).toMatchObject({ id: `t${KEPT_TASKS + 4}`, status: 'failed' });
  });
});
