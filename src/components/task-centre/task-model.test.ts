import { describe, expect, it } from 'vitest';
import {
  KEPT_TASKS,
  orphanedBatches,
  parseTasks,
  settleBatch,
  imageView,
  nodeView,
  serverView,
  settleFollowed,
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
  resource: { type: 'server', id: 's1', project: 'p1', expect: 'ACTIVE' },
  items: 1,
  failed: 0,
  ...over,
});

const server = (status: string, task: string | null = null, fault?: string) =>
  serverView({
    status,
    'OS-EXT-STS:task_state': task,
    fault: fault ? { message: fault } : null,
  });
const onServer = (expect: string) =>
  task({ resource: { type: 'server', id: 's1', project: 'p1', expect } });

describe('settleFollowed: a server create', () => {
  it('keeps running while the server builds, ends on ACTIVE', () => {
    const t = task();
    expect(settleFollowed(t, server('BUILD', 'spawning'), 2000)).toBe(t);
    expect(settleFollowed(t, server('ACTIVE'), 2000)).toMatchObject({
      status: 'succeeded',
      endedAt: 2000,
    });
  });
  it("fails with nova's fault message, or when the server is gone", () => {
    expect(settleFollowed(task(), server('ERROR', null, 'No valid host'), 5)).toMatchObject({
      status: 'failed',
      message: 'No valid host',
    });
    expect(settleFollowed(task(), 'gone', 5).status).toBe('failed');
  });
  it('times out a build that never ends, and only then', () => {
    const late = 1000 + TASK_TIMEOUT_MS + 1;
    expect(settleFollowed(task(), server('BUILD'), late).status).toBe('timedOut');
    expect(settleFollowed(task(), undefined, late).status).toBe('timedOut');
    expect(settleFollowed(task(), undefined, 2000).status).toBe('running');
  });
  it('leaves an ended task alone', () => {
    const done = task({ status: 'failed' });
    expect(settleFollowed(done, server('ACTIVE'), 9)).toBe(done);
  });
});

describe('settleFollowed: server actions', () => {
  it('a stop ends at SHUTOFF, not while powering off', () => {
    const stop = onServer('SHUTOFF');
    expect(settleFollowed(stop, server('ACTIVE', 'powering-off'), 5)).toBe(stop);
    expect(settleFollowed(stop, server('SHUTOFF'), 5).status).toBe('succeeded');
  });
  it('a reboot is not over while nova still reboots', () => {
    const reboot = onServer('ACTIVE');
    expect(settleFollowed(reboot, server('REBOOT', 'rebooting'), 5)).toBe(reboot);
    expect(settleFollowed(reboot, server('ACTIVE'), 5).status).toBe('succeeded');
  });
  it('a shelve ends offloaded, or shelved where nothing offloads', () => {
    const shelve = onServer('SHELVED_OFFLOADED');
    expect(settleFollowed(shelve, server('SHELVED', 'shelving_offloading'), 5)).toBe(shelve);
    expect(settleFollowed(shelve, server('SHELVED'), 5).status).toBe('succeeded');
    expect(settleFollowed(shelve, server('SHELVED_OFFLOADED'), 5).status).toBe('succeeded');
  });
  it('an action that ends in ERROR fails with the fault', () => {
    expect(settleFollowed(onServer('ACTIVE'), server('ERROR', null, 'boom'), 5)).toMatchObject({
      status: 'failed',
      message: 'boom',
    });
  });
  it('a delete ends when the server answers 404', () => {
    const del = onServer('deleted');
    expect(settleFollowed(del, server('ACTIVE', 'deleting'), 5)).toBe(del);
    expect(settleFollowed(del, 'gone', 5).status).toBe('succeeded');
  });
});

describe('settleFollowed: images', () => {
  const image = (expect: string) =>
    task({ kind: 'imageImport', resource: { type: 'image', id: 'i', project: 'p', expect } });
  it('an import runs through queued and saving, ends active or killed', () => {
    const imp = image('active');
    expect(settleFollowed(imp, imageView({ status: 'queued' }), 5)).toBe(imp);
    expect(settleFollowed(imp, imageView({ status: 'saving' }), 5)).toBe(imp);
    expect(settleFollowed(imp, imageView({ status: 'active' }), 5).status).toBe('succeeded');
    expect(settleFollowed(imp, imageView({ status: 'killed' }), 5).status).toBe('failed');
  });
  it('a created record is done once it is queued', () => {
    expect(settleFollowed(image('queued'), imageView({ status: 'queued' }), 5).status).toBe(
      'succeeded',
    );
  });
});

describe('settleFollowed: bare-metal nodes', () => {
  const node = (expect: string | null = null) =>
    task({ kind: 'action', resource: { type: 'node', id: 'n', project: '', expect } });
  const view = (state: string, target: string | null = null, error: string | null = null) =>
    nodeView({ provision_state: state, target_provision_state: target, last_error: error });
  it('runs while a target is pending or the state is a step', () => {
    const t = node();
    expect(settleFollowed(t, view('available', 'active'), 5)).toBe(t);
    expect(settleFollowed(t, view('deploying', 'active'), 5)).toBe(t);
    expect(settleFollowed(t, view('wait call-back'), 5)).toBe(t);
    expect(settleFollowed(t, view('clean wait'), 5)).toBe(t);
    expect(
      settleFollowed(
        t,
        nodeView({ provision_state: 'active', target_power_state: 'power off' }),
        5,
      ),
    ).toBe(t);
  });
  it('ends where the node rests, or fails with last_error', () => {
    expect(settleFollowed(node(), view('active'), 5).status).toBe('succeeded');
    expect(settleFollowed(node(), view('deploy failed', null, 'PXE timeout'), 5)).toMatchObject({
      status: 'failed',
      message: 'PXE timeout',
    });
  });
  it('a delete ends when the node answers 404; anything else gone fails', () => {
    expect(settleFollowed(node('deleted'), 'gone', 5).status).toBe('succeeded');
    expect(settleFollowed(node(), 'gone', 5).status).toBe('failed');
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
  it('reads a server task stored before other kinds were followed', () => {
    const old = JSON.stringify([{ ...task(), resource: { id: 's1', project: 'p1' } }]);
    expect(parseTasks(old)[0]?.resource).toEqual({
      type: 'server',
      id: 's1',
      project: 'p1',
      expect: null,
    });
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
