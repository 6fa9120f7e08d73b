// The task centre's records: a long-running operation started in this console, who started it,
// on what, when, and how it ended. Pure, so the reading of a resource's state and of a stored
// list is tested on its own.

export type TaskStatus = 'running' | 'succeeded' | 'failed' | 'timedOut';
export type TaskKind = 'serverCreate' | 'batch' | 'action' | 'imageCreate' | 'imageImport';

/** The kinds of resource a task follows by polling, each with its own terminal-state rule. */
export type FollowedType = 'server' | 'image' | 'node';

/**
 * What a task follows: the resource, its project (the scope it is read in) and, where the
 * operation names one, the state that ends it ('SHUTOFF' after a stop; 'deleted' after a delete,
 * reached when the resource answers 404). Without one, the resource's next stable state ends it.
 */
export type Followed = {
  readonly type: FollowedType;
  readonly id: string;
  readonly project: string;
  readonly expect: string | null;
};

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
  /** The resource followed, for "go to resource" and polling. */
  readonly resource: Followed | null;
  /** A batch: how many items, and how many failed. */
  readonly items: number;
  readonly failed: number;
};

/** A followed resource still changing after this long is reported as timed out. */
export const TASK_TIMEOUT_MS = 10 * 60_000;
/** The newest tasks kept per user. */
export const KEPT_TASKS = 50;

export const isTerminal = (s: TaskStatus) => s !== 'running';

/**
 * A followed resource as the task centre reads it: its state, whether a step is still under way
 * (nova's task_state, ironic's target states) and the platform's last error. 'gone' is a 404.
 */
export type ResourceView =
  { readonly state: string; readonly busy: boolean; readonly message: string | null } | 'gone';

export const serverView = (s: {
  status: string;
  'OS-EXT-STS:task_state'?: string | null;
  fault?: { message?: string } | null;
}): ResourceView => ({
  state: s.status,
  busy: Boolean(s['OS-EXT-STS:task_state']),
  message: s.fault?.message ?? null,
});

export const imageView = (i: { status?: string }): ResourceView => ({
  state: i.status ?? '',
  busy: false,
  message: null,
});

export const nodeView = (n: {
  provision_state: string;
  target_provision_state?: string | null;
  target_power_state?: string | null;
  last_error?: string | null;
}): ResourceView => ({
  state: n.provision_state,
  busy: Boolean(n.target_provision_state || n.target_power_state),
  message: n.last_error ?? null,
});

type Verdict = 'running' | 'succeeded' | 'failed';

/** nova: ERROR fails; a step under way runs; the expected status (ACTIVE for a create) ends it. */
function serverVerdict(v: Exclude<ResourceView, 'gone'>, expect: string): Verdict {
  if (v.state === 'ERROR') return 'failed';
  if (v.busy) return 'running';
  // Where the platform does not offload, a shelved server rests SHELVED.
  const ends = v.state === expect || (expect === 'SHELVED_OFFLOADED' && v.state === 'SHELVED');
  return ends ? 'succeeded' : 'running';
}

/** glance: killed fails; the expected status, or active, ends it; queued and saving go on. */
function imageVerdict(v: Exclude<ResourceView, 'gone'>, expect: string | null): Verdict {
  if (v.state === 'killed') return 'failed';
  if (v.state === expect || v.state === 'active') return 'succeeded';
  return 'running';
}

/**
 * ironic: a target state pending, or a state that is itself a step (deploying, clean wait,
 * wait call-back…), runs; a "… failed" state or error fails with last_error; anything else is
 * where the node came to rest.
 */
function nodeVerdict(v: Exclude<ResourceView, 'gone'>): Verdict {
  if (v.state.endsWith('failed') || v.state === 'error') return 'failed';
  if (v.busy || /ing$|wait/.test(v.state)) return 'running';
  return 'succeeded';
}

/**
 * A followed task, read against its resource's current state: succeeded, failed with the API's
 * message, or timed out past TASK_TIMEOUT_MS. A resource that is gone ends a delete and fails
 * anything else. `undefined` (not read yet since the task started) changes nothing but the clock.
 */
export function settleFollowed(task: Task, view: ResourceView | undefined, now: number): Task {
  const r = task.resource;
  if (task.status !== 'running' || !r) return task;
  if (view === 'gone') return end(task, r.expect === 'deleted' ? 'succeeded' : 'failed', now, null);
  if (view !== undefined) {
    const verdict =
      r.type === 'server'
        ? serverVerdict(view, r.expect ?? 'ACTIVE')
        : r.type === 'image'
          ? imageVerdict(view, r.expect)
          : nodeVerdict(view);
    if (verdict === 'succeeded') return end(task, 'succeeded', now, null);
    if (verdict === 'failed') return end(task, 'failed', now, view.message);
  }
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
const KINDS: readonly TaskKind[] = [
  'serverCreate',
  'batch',
  'action',
  'imageCreate',
  'imageImport',
];
const TYPES: readonly FollowedType[] = ['server', 'image', 'node'];

function parseFollowed(v: unknown): Followed | null | undefined {
  if (!isRecord(v)) return null;
  const { id, project, expect } = v;
  // Stored before other types were followed, a task's resource had no type but was a server.
  const type = v.type === undefined ? 'server' : TYPES.find((x) => x === v.type);
  if (typeof id !== 'string' || typeof project !== 'string' || !type) return undefined;
  return { type, id, project, expect: typeof expect === 'string' ? expect : null };
}

function parseTask(v: unknown): Task | null {
  if (!isRecord(v)) return null;
  const { id, kind, title, user, startedAt, endedAt, status, message, resource, items, failed } = v;
  if (typeof id !== 'string' || typeof title !== 'string' || typeof user !== 'string') return null;
  if (typeof startedAt !== 'number' || typeof items !== 'number' || typeof failed !== 'number')
    return null;
  const k = KINDS.find((x) => x === kind);
  const s = STATUSES.find((x) => x === status);
  if (!k || !s) return null;
  const res = parseFollowed(resource);
  if (res === undefined) return null;
  return {
    id,
    kind: k,
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
