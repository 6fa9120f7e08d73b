// Where tasks come from: a mutation that says `meta: { task: … }` (recorded by the query client's
// MutationCache once the API accepted it) and every batch run (the batch store), so no page
// records anything itself.
import { getSession } from '@/api/session';
import { batchStore } from '@/components/batch/batch-store';
import { settleBatch, type Followed, type FollowedType, type Task } from './task-model';
import { getTasks, putTask } from './task-store';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const userName = () => {
  const s = getSession();
  return s ? s.user.display_name || s.user.name : '';
};

/** What a mutation's `meta.task` says: which kind of task it starts, in which project. */
export type MutationTaskMeta = {
  readonly kind: 'serverCreate' | 'imageCreate' | 'imageImport';
  /** The project the resource is read in; the session's when left out. */
  readonly project?: string;
};

const FOLLOWS: Record<MutationTaskMeta['kind'], { type: FollowedType; expect: string | null }> = {
  serverCreate: { type: 'server', expect: 'ACTIVE' },
  // A created image record rests queued until data comes; an FTP import ends active (or killed).
  imageCreate: { type: 'image', expect: 'queued' },
  imageImport: { type: 'image', expect: 'active' },
};

/** The created resource in a mutation's answer: `{ id, name }` or wrapped (`{ server: {…} }`). */
function created(data: unknown): { id: string; name: string | null } | null {
  const inner = isRecord(data) && Object.keys(data).length === 1 ? Object.values(data)[0] : data;
  for (const d of [data, inner])
    if (isRecord(d) && typeof d.id === 'string')
      return { id: d.id, name: typeof d.name === 'string' ? d.name : null };
  return null;
}

/** The name the request gave (`{ server: { name } }`, `{ glance: { name } }`, `{ name }`). */
function requestedName(variables: unknown): string | null {
  if (!isRecord(variables)) return null;
  if (typeof variables.name === 'string') return variables.name;
  for (const v of Object.values(variables))
    if (isRecord(v) && typeof v.name === 'string') return v.name;
  return null;
}

/**
 * A mutation's `meta.task` (`{ kind: 'serverCreate', project }`, …), recorded once the API
 * accepted it: the answer holds the new resource's id, the request (or the answer) its name.
 */
export function recordMutationTask(meta: unknown, variables: unknown, data: unknown) {
  if (!isRecord(meta) || !isRecord(meta.task)) return;
  const { kind, project } = meta.task;
  const k =
    kind === 'serverCreate' || kind === 'imageCreate' || kind === 'imageImport' ? kind : null;
  const scope = typeof project === 'string' ? project : (getSession()?.project.id ?? '');
  const res = created(data);
  if (!k || !res) return;
  const now = Date.now();
  putTask({
    id: `${FOLLOWS[k].type}-${res.id}-${now}`,
    kind: k,
    title: requestedName(variables) ?? res.name ?? res.id,
    user: userName(),
    startedAt: now,
    endedAt: null,
    status: 'running',
    message: null,
    resource: { ...FOLLOWS[k], id: res.id, project: scope },
    items: 1,
    failed: 0,
  });
}

// "Retry" of an action's task: the action again on the same item, while this page lives (a
// reload loses the closure, as it loses a batch's runner).
const retries = new Map<string, () => Promise<unknown>>();

/**
 * An action the API accepted on one item, followed until its resource reaches the end the
 * action declared (`follow`): "Stop web-1" until web-1 is SHUTOFF.
 */
export function followAction(
  title: string,
  target: Followed,
  again: () => Promise<unknown>,
  id = `${target.type}-${target.id}-${Date.now()}`,
) {
  const now = Date.now();
  putTask({
    id,
    kind: 'action',
    title,
    user: userName(),
    startedAt: now,
    endedAt: null,
    status: 'running',
    message: null,
    resource: target,
    items: 1,
    failed: 0,
  });
  retries.set(id, async () => {
    await again();
    followAction(title, target, again, id);
  });
}

/** Retrying a task that ended badly, when this page still can. */
export const retryOfTask = (task: Task) =>
  task.status === 'failed' || task.status === 'timedOut' ? retries.get(task.id) : undefined;

// Batch ids are unique within a page's life; a task id adds the start time to stay unique across
// reloads.
const batchTaskId = (b: { id: string; startedAt: number }) => `batch-${b.startedAt}-${b.id}`;

/** Follows the batch store: a new batch is a running task, a finished one ends it. */
export function watchBatches(): () => void {
  const sync = () => {
    for (const b of batchStore.getSnapshot()) {
      // One followed item is its own task already; a batch of one would only repeat it.
      if (b.followed && b.entries.length === 1) continue;
      const id = batchTaskId(b);
      const known = getTasks().find((t) => t.id === id);
      if (!known) {
        const started: Task = {
          id,
          kind: 'batch',
          title: b.title,
          user: userName(),
          startedAt: b.startedAt,
          endedAt: null,
          status: 'running',
          message: null,
          resource: null,
          items: b.entries.filter((e) => e.state.status !== 'skipped').length,
          failed: 0,
        };
        putTask(b.finishedAt === null ? started : settleBatch(started, b.entries, b.finishedAt));
      } else if (b.finishedAt !== null && known.status === 'running') {
        putTask(settleBatch(known, b.entries, b.finishedAt));
      } else if (b.finishedAt === null && known.status !== 'running') {
        // "Retry failed" restarted it.
        putTask({ ...known, status: 'running', endedAt: null, message: null, failed: 0 });
      }
    }
  };
  sync();
  return batchStore.subscribe(sync);
}

/** The batch of a task, while this page still has it (a reload loses the runner). */
export const batchOfTask = (task: Task) =>
  batchStore.getSnapshot().find((b) => batchTaskId(b) === task.id);
