// Runs one async action over many items with a concurrency limit and keeps a per-item ledger.
// It lives outside React (a plain store with subscribe/getSnapshot) so a batch keeps running and
// keeps its ledger when the page that started it unmounts.
import { errorInfo } from '@/utils/error-info';

export type BatchItemState =
  | { readonly status: 'skipped'; readonly reason: string }
  | { readonly status: 'queued' }
  | { readonly status: 'running' }
  | { readonly status: 'succeeded' }
  | { readonly status: 'failed'; readonly message: string; readonly requestId: string | null }
  /** Still queued when the batch was cancelled. */
  | { readonly status: 'cancelled' };

export type BatchItemStatus = BatchItemState['status'];

export type BatchEntry = {
  readonly key: string;
  readonly name: string;
  readonly state: BatchItemState;
};

export type Batch = {
  readonly id: string;
  /** Already translated: the action's label, e.g. "Delete". */
  readonly title: string;
  readonly concurrency: number;
  readonly startedAt: number;
  /** Null while anything is queued or running. */
  readonly finishedAt: number | null;
  readonly cancelled: boolean;
  readonly entries: readonly BatchEntry[];
  /** Each accepted item is followed as a task of its own (the task centre). */
  readonly followed?: boolean;
};

export type BatchSummary = Readonly<Record<BatchItemStatus, number>>;

export type BatchResult = { readonly batch: Batch; readonly summary: BatchSummary };

export type BatchSpec<T> = {
  readonly title: string;
  readonly items: readonly T[];
  readonly keyOf: (item: T) => string;
  /** Shown in the ledger; defaults to the key. */
  readonly nameOf?: (item: T) => string;
  /** An item whose guard returns a reason is skipped with that reason; the rest still run. */
  readonly guard?: (item: T) => true | string;
  readonly run: (item: T) => Promise<unknown>;
  readonly concurrency?: number;
  /** After every run (and every retry) settles: features invalidate their queries here. */
  readonly onSettled?: (result: BatchResult) => void;
  readonly followed?: boolean;
};

export const DEFAULT_CONCURRENCY = 3;
/** Finished batches kept for the drawer; older ones are dropped first. */
export const MAX_FINISHED = 20;

export function summarize(entries: readonly BatchEntry[]): BatchSummary {
  const counts = { skipped: 0, queued: 0, running: 0, succeeded: 0, failed: 0, cancelled: 0 };
  for (const e of entries) counts[e.state.status] += 1;
  return counts;
}

export const isFinished = (b: Batch) => b.finishedAt !== null;

/** A feature's callback that throws must not stop the ledger: report it and go on. */
function safely(fn: () => void) {
  try {
    fn();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}

type Runner = {
  run: (key: string) => Promise<unknown>;
  onSettled?: (result: BatchResult) => void;
};

export type BatchStoreOptions = { now?: () => number; newId?: () => string };

export type BatchStore = ReturnType<typeof createBatchStore>;

export function createBatchStore({
  now = Date.now,
  newId = () => crypto.randomUUID(),
}: BatchStoreOptions = {}) {
  let batches: readonly Batch[] = [];
  const runners = new Map<string, Runner>();
  const listeners = new Set<() => void>();
  const settledListeners = new Set<(r: BatchResult) => void>();
  const waiters = new Map<string, ((r: BatchResult) => void)[]>();

  const emit = () => listeners.forEach((l) => l());
  const find = (id: string) => batches.find((b) => b.id === id);

  function update(id: string, change: (b: Batch) => Batch) {
    batches = batches.map((b) => (b.id === id ? change(b) : b));
  }

  function setEntry(id: string, key: string, state: BatchItemState) {
    update(id, (b) => ({
      ...b,
      entries: b.entries.map((e) => (e.key === key ? { ...e, state } : e)),
    }));
  }

  function finish(id: string) {
    update(id, (b) => ({ ...b, finishedAt: now() }));
    const batch = find(id);
    if (!batch) return;
    const result = { batch, summary: summarize(batch.entries) };
    emit();
    safely(() => runners.get(id)?.onSettled?.(result));
    settledListeners.forEach((l) => safely(() => l(result)));
    waiters.get(id)?.forEach((w) => w(result));
    waiters.delete(id);
  }

  /** Starts queued entries up to the limit; finishes the batch when nothing is left. */
  function pump(id: string) {
    const batch = find(id);
    const runner = runners.get(id);
    if (!batch || !runner || isFinished(batch)) return;
    if (batch.cancelled) {
      update(id, (b) => ({
        ...b,
        entries: b.entries.map((e) =>
          e.state.status === 'queued' ? { ...e, state: { status: 'cancelled' } } : e,
        ),
      }));
    }
    const current = find(id) ?? batch;
    let running = current.entries.filter((e) => e.state.status === 'running').length;
    const queued = current.entries.filter((e) => e.state.status === 'queued');
    for (const entry of queued) {
      if (running >= current.concurrency) break;
      running += 1;
      setEntry(id, entry.key, { status: 'running' });
      // Called through a resolved promise so a synchronous throw is a failure, not a crash.
      Promise.resolve()
        .then(() => runner.run(entry.key))
        .then(
          () => setEntry(id, entry.key, { status: 'succeeded' }),
          (error: unknown) => {
            const { message, requestId } = errorInfo(error);
            setEntry(id, entry.key, { status: 'failed', message, requestId });
          },
        )
        .finally(() => pump(id));
    }
    if (running === 0) finish(id);
    else emit();
  }

  function start<T>(spec: BatchSpec<T>): string {
    const id = newId();
    const byKey = new Map<string, T>();
    const entries: BatchEntry[] = [];
    for (const item of spec.items) {
      const key = spec.keyOf(item);
      if (byKey.has(key)) continue;
      byKey.set(key, item);
      const verdict = spec.guard ? spec.guard(item) : true;
      const state: BatchItemState =
        verdict === true ? { status: 'queued' } : { status: 'skipped', reason: verdict };
      entries.push({ key, name: spec.nameOf?.(item) ?? key, state });
    }
    runners.set(id, {
      run: async (key) => {
        const item = byKey.get(key);
        if (item === undefined) throw new Error(`No item ${key} in batch`);
        return spec.run(item);
      },
      onSettled: spec.onSettled,
    });
    const batch: Batch = {
      id,
      title: spec.title,
      concurrency: Math.max(1, Math.floor(spec.concurrency ?? DEFAULT_CONCURRENCY)),
      startedAt: now(),
      finishedAt: null,
      cancelled: false,
      entries,
      followed: spec.followed,
    };
    batches = [batch, ...prune(batches)];
    pump(id);
    return id;
  }

  function prune(list: readonly Batch[]) {
    const finished = list.filter(isFinished);
    if (finished.length < MAX_FINISHED) return list;
    const drop = new Set(finished.slice(MAX_FINISHED - 1).map((b) => b.id));
    drop.forEach((d) => runners.delete(d));
    return list.filter((b) => !drop.has(b.id));
  }

  /** Stops queueing: running items finish, queued ones become cancelled. */
  function cancel(id: string) {
    const batch = find(id);
    if (!batch || isFinished(batch)) return;
    update(id, (b) => ({ ...b, cancelled: true }));
    pump(id);
  }

  /** Re-runs only the failed items of a finished batch. */
  function retryFailed(id: string) {
    const batch = find(id);
    if (!batch || !isFinished(batch) || !batch.entries.some((e) => e.state.status === 'failed')) {
      return;
    }
    update(id, (b) => ({
      ...b,
      finishedAt: null,
      cancelled: false,
      entries: b.entries.map((e) =>
        e.state.status === 'failed' ? { ...e, state: { status: 'queued' } } : e,
      ),
    }));
    pump(id);
  }

  function dismiss(id: string) {
    const batch = find(id);
    if (!batch || !isFinished(batch)) return;
    batches = batches.filter((b) => b.id !== id);
    runners.delete(id);
    emit();
  }

  function clearFinished() {
    batches.filter(isFinished).forEach((b) => runners.delete(b.id));
    batches = batches.filter((b) => !isFinished(b));
    emit();
  }

  return {
    start,
    cancel,
    retryFailed,
    dismiss,
    clearFinished,
    getSnapshot: () => batches,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Every batch (or retry) that settles, e.g. to show one summary message. */
    onSettled(listener: (r: BatchResult) => void) {
      settledListeners.add(listener);
      return () => void settledListeners.delete(listener);
    },
    /** Resolves when the batch's current run settles. */
    settled(id: string): Promise<BatchResult> {
      const batch = find(id);
      if (!batch) return Promise.reject(new Error(`No batch ${id}`));
      if (isFinished(batch)) {
        return Promise.resolve({ batch, summary: summarize(batch.entries) });
      }
      return new Promise((resolve) => waiters.set(id, [...(waiters.get(id) ?? []), resolve]));
    },
  };
}
