// Where tasks come from: a mutation that says `meta: { task: … }` (recorded by the query client's
// MutationCache once the API accepted it) and every batch run (the batch store), so no page
// records anything itself.
import { getSession } from '@/api/session';
import { batchStore } from '@/components/batch/batch-store';
import { settleBatch, type Task } from './task-model';
import { getTasks, putTask } from './task-store';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const userName = () => {
  const s = getSession();
  return s ? s.user.display_name || s.user.name : '';
};

/**
 * A mutation's `meta.task`: `{ kind: 'serverCreate', project }` on a server create, whose answer
 * holds the new server's id and whose request its name.
 */
export function recordMutationTask(meta: unknown, variables: unknown, data: unknown) {
  if (!isRecord(meta) || !isRecord(meta.task)) return;
  const { kind, project } = meta.task;
  if (kind !== 'serverCreate' || typeof project !== 'string') return;
  if (!isRecord(data) || typeof data.id !== 'string') return;
  const server = isRecord(variables) && isRecord(variables.server) ? variables.server : {};
  const name = typeof server.name === 'string' ? server.name : data.id;
  const now = Date.now();
  putTask({
    id: `server-${data.id}`,
    kind: 'serverCreate',
    title: name,
    user: userName(),
    startedAt: now,
    endedAt: null,
    status: 'running',
    message: null,
    resource: { type: 'server', id: data.id, project },
    items: 1,
    failed: 0,
  });
}

// Batch ids are unique within a page's life; a task id adds the start time to stay unique across
// reloads.
const batchTaskId = (b: { id: string; startedAt: number }) => `batch-${b.startedAt}-${b.id}`;

/** Follows the batch store: a new batch is a running task, a finished one ends it. */
export function watchBatches(): () => void {
  const sync = () => {
    for (const b of batchStore.getSnapshot()) {
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
