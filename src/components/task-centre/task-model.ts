// The task centre's records: a long-running operation started in this console, who started it,
// on what, when, and how it ended. Pure, so the reading of a resource's state and of a stored
// list is tested on its own.

export type TaskStatus = 'running' | 'succeeded' | 'failed' | 'timedOut';
export type TaskKind = 'serverCreate' | 'batch';

export type Task = {
  readonly id: string;
  readonly kind: TaskKind;
  /** Already translated when the task started (a batch's action label), or the resource's name. */
  readonly title: string;
  /** Who started it: the user's name. */
  readonly user: string;
  readonly startedAt: number;
  readonly endedAt: number | null;
  readonly status: TaskStatus;
  /** The API's message when it failed. */
  readonly message: string | null;
  /** The resource followed (a server's id and project), for "go to resource" and polling. */
  readonly resource: {
    readonly type: 'server';
    readonly id: string;
    readonly project: string;
  } | null;
  /** A batch: how many items, and how many failed. */
  readonly items: number;
  readonly failed: number;
};

/** A server still building after this long is reported as timed out. */
export const TASK_TIMEOUT_MS = 10 * 60_000;
/** The newest tasks kept per user. */
export const KEPT_TASKS = 50;

export const isTerminal = (s: TaskStatus) => s !== 'running';

type ServerView = { status: string; fault?: { message?: string } | null };

/**
 * A server create, read against the server's current state: ACTIVE ends it, ERROR fails it with
 * nova's fault message, a server that is gone fails it, a build past the timeout times out.
 */
export function settleServerCreate(
  task: Task,
  server: ServerView | 'gone' | undefined,
  now: number,
): Task {
  if (task.status !== 'running') return task;
  if (server === 'gone') return end(task, 'failed', now, null);
  if (server?.status === 'ACTIVE') return end(task, 'succeeded', now, null);
  if (server?.status === 'ERROR') return end(task, 'failed', now, server.fault?.message ?? null);
  if (now - task.startedAt > TASK_TIMEOUT_MS) return end(task, 'timedOut', now, null);
  return task;
}

export function end(task: Task, status: TaskStatus, now: number, message: string | null): Task {
  return { ...task, status, endedAt: now, message };
}

/** A finished batch: succeeded when nothing failed, else failed with the first failure's message. */
export function settleBatch(
  task: Task,
  entries: readonly { state: { status: string; message?: string } }[],
  now: number,
): Task {
  const failures = entries.filter((e) => e.state.status === 'failed');
  const first = failures[0]?.state.message ?? null;
  return {
    ...end(task, failures.length > 0 ? 'failed' : 'succeeded', now, first),
    failed: failures.length,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const STATUSES: readonly string[] = ['running', 'succeeded', 'failed', 'timedOut'];
const KINDS: readonly string[] = ['serverCreate', 'batch'];

function parseTask(v: unknown): Task | null {
  if (!isRecord(v)) return null;
  const { id, kind, title, user, startedAt, endedAt, status, message, resource, items, failed } = v;
  if (typeof id !== 'string' || typeof title !== 'string' || typeof user !== 'string') return null;
  if (typeof startedAt !== 'number' || typeof items !== 'number' || typeof failed !== 'number')
    return null;
  const k = KINDS.find((x) => x === kind);
  const s = STATUSES.find((x) => x === status);
  if (!k || !s) return null;
  let res: Task['resource'] = null;
  if (isRecord(resource)) {
    if (typeof resource.id !== 'string' || typeof resource.project !== 'string') return null;
    res = { type: 'server', id: resource.id, project: resource.project };
  }
  return {
    id,
    kind: k === 'batch' ? 'batch' : 'serverCreate',
    title,
    user,
    startedAt,
    endedAt: typeof endedAt === 'number' ? endedAt : null,
    status:
      s === 'running'
        ? 'running'
        : s === 'succeeded'
          ? 'succeeded'
          : s === 'failed'
            ? 'failed'
            : 'timedOut',
    message: typeof message === 'string' ? message : null,
    resource: res,
    items,
    failed,
  };
}

/** A stored list, read defensively: anything unreadable is dropped, not trusted. */
export function parseTasks(raw: string | null): Task[] {
  if (raw === null) return [];
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? v.flatMap((x) => parseTask(x) ?? []) : [];
  } catch {
    return [];
  }
}

/**
 * A batch that was running when its page went away (a reload) cannot be followed any more: its
 * requests died with the page. It ends as timed out rather than spinning for ever.
 */
export function orphanedBatches(tasks: readonly Task[], now: number): Task[] {
  return tasks.map((t) =>
    t.kind === 'batch' && t.status === 'running' ? end(t, 'timedOut', now, null) : t,
  );
}

/** Newest first, at most KEPT_TASKS. */
export const upsert = (tasks: readonly Task[], task: Task): Task[] =>
  [task, ...tasks.filter((t) => t.id !== task.id)]
    .sort((a, b) => b.startedAt - a.startedAt)
    .slice(0, KEPT_TASKS);
