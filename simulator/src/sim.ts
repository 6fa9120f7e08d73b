// The running simulator: state, persistence, delayed transitions and test-time faults.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  readdirSync,
  unlinkSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { seedState } from './seed.ts';
import type { State, Task } from './state.ts';

export type SimOptions = {
  /** Where state is persisted; null keeps it in memory only (--ephemeral). */
  dataFile: string | null;
  /** Discard persisted state and reseed. */
  reset: boolean;
  seed: number;
  scale: number;
  /** Added to every API response (ms). */
  latencyMs: number;
  /** Multiplies every transition delay (0.1 in tests makes a 3 s build take 300 ms). */
  delayScale: number;
  tokenTtlSec: number;
  maxUploadBytes: number;
  /** Enables /__sim/* test control (reset, faults, latency). Never on by default. */
  control: boolean;
  /** Validate every response against the spec and answer 500 when a handler drifts (tests). */
  validateResponses: boolean;
  log: (line: string) => void;
};

export const defaultOptions: SimOptions = {
  dataFile: '.sim-data/state.json',
  reset: false,
  seed: 20261122,
  scale: 1,
  latencyMs: 0,
  delayScale: 1,
  tokenTtlSec: 8 * 3600,
  maxUploadBytes: 512 * 1024 * 1024,
  control: false,
  validateResponses: false,
  log: (line) => console.log(line),
};

export type Fault = {
  method: string | null;
  path: RegExp;
  status: number;
  remaining: number;
  msg: string;
};

/** The state's array collections (servers, leases, volumes, …). */
export type ListKey = {
  [K in keyof State]: State[K] extends readonly unknown[] ? K : never;
}[keyof State];
export type Elem<K extends ListKey> = State[K] extends readonly (infer E)[] ? E : never;

export type TaskHandler = (sim: Sim, task: Task) => void;

export interface BlobStore {
  put(id: string, data: Buffer): void;
  get(id: string): Buffer | undefined;
  delete(id: string): void;
  clear(): void;
}

class MemoryBlobs implements BlobStore {
  private map = new Map<string, Buffer>();
  put(id: string, data: Buffer) {
    this.map.set(id, data);
  }
  get(id: string) {
    return this.map.get(id);
  }
  delete(id: string) {
    this.map.delete(id);
  }
  clear() {
    this.map.clear();
  }
}

class DirBlobs implements BlobStore {
  private dir: string;
  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }
  private file(id: string) {
    return join(this.dir, id.replace(/[^A-Za-z0-9_-]/g, '_'));
  }
  put(id: string, data: Buffer) {
    const tmp = `${this.file(id)}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, this.file(id));
  }
  get(id: string) {
    const f = this.file(id);
    return existsSync(f) ? readFileSync(f) : undefined;
  }
  delete(id: string) {
    rmSync(this.file(id), { force: true });
  }
  clear() {
    for (const f of readdirSync(this.dir)) unlinkSync(join(this.dir, f));
  }
}

export class Sim {
  state: State;
  readonly opts: SimOptions;
  readonly blobs: BlobStore;
  faults: Fault[] = [];
  latencyMs: number;
  private taskHandlers: Record<string, TaskHandler> = {};
  private seedHooks: ((sim: Sim) => void)[] = [];
  private dirty = false;
  /** True when this start seeded a new world instead of loading a persisted one. */
  readonly freshlySeeded: boolean;
  private timers: NodeJS.Timeout[] = [];

  constructor(opts: SimOptions) {
    this.opts = opts;
    this.latencyMs = opts.latencyMs;
    this.blobs = opts.dataFile ? new DirBlobs(`${opts.dataFile}.blobs`) : new MemoryBlobs();
    const loaded = opts.dataFile && !opts.reset ? this.load(opts.dataFile) : null;
    this.state = loaded ?? seedState(opts.seed, opts.scale);
    this.freshlySeeded = !loaded;
    if (!loaded) {
      this.blobs.clear();
      this.dirty = true;
    }
  }

  now(): number {
    return Date.now();
  }

  registerTasks(handlers: Record<string, TaskHandler>) {
    Object.assign(this.taskHandlers, handlers);
  }

  /** Areas hook in here to schedule what their freshly seeded data needs (e.g. a saving image). */
  onSeed(hook: (sim: Sim) => void, freshlySeeded: boolean) {
    this.seedHooks.push(hook);
    if (freshlySeeded) hook(this);
  }

  reseed() {
    this.state = seedState(this.opts.seed, this.opts.scale);
    this.blobs.clear();
    this.faults = [];
    this.latencyMs = this.opts.latencyMs;
    for (const hook of this.seedHooks) hook(this);
    this.markDirty();
  }

  /** Runs `kind` for `ref` after `delayMs` (scaled by --delay-scale). Survives restarts. */
  schedule(kind: string, delayMs: number, ref: string, data?: Record<string, unknown>) {
    const task: Task = {
      id: this.state.nextTaskId++,
      at: this.now() + delayMs * this.opts.delayScale,
      kind,
      ref,
    };
    if (data) task.data = data;
    this.state.tasks.push(task);
    this.markDirty();
  }

  runDueTasks() {
    const now = this.now();
    const due = this.state.tasks
      .filter((t) => t.at <= now)
      .sort((a, b) => a.at - b.at || a.id - b.id);
    if (due.length === 0) return;
    const done = new Set(due.map((t) => t.id));
    this.state.tasks = this.state.tasks.filter((t) => !done.has(t.id));
    for (const task of due) {
      const handler = this.taskHandlers[task.kind];
      if (!handler) {
        this.opts.log(`sim: no handler for task ${task.kind}`);
        continue;
      }
      try {
        handler(this, task);
      } catch (err) {
        this.opts.log(`sim: task ${task.kind} ${task.ref} failed: ${String(err)}`);
      }
    }
    this.markDirty();
  }

  markDirty() {
    this.dirty = true;
  }

  /**
   * Records of an array collection grouped by a key (`leases` by `resUuid`, `volumes` by each
   * attachment's `server_id`), so a handler finds a row's relations without scanning the whole
   * collection per row. `name` identifies the grouping; the index is rebuilt only after the
   * collection changes.
   */
  index<K extends ListKey>(
    coll: K,
    name: string,
    keyOf: (rec: Elem<K>) => string | readonly string[] | null | undefined,
  ): ReadonlyMap<string, readonly Elem<K>[]> {
    const map = new Map<string, Elem<K>[]>();
    for (const rec of this.state[coll] as Elem<K>[]) {
      const keys = keyOf(rec);
      if (keys == null) continue;
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        const list = map.get(key);
        if (list) list.push(rec);
        else map.set(key, [rec]);
      }
    }
    void name;
    return map;
  }

  /** Writes state atomically: a temp file renamed over the old one, so a crash never tears it. */
  flush() {
    if (!this.dirty || !this.opts.dataFile) return;
    const file = this.opts.dataFile;
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state));
    renameSync(tmp, file);
    this.dirty = false;
  }

  start() {
    this.timers.push(setInterval(() => this.runDueTasks(), 100));
    if (this.opts.dataFile) this.timers.push(setInterval(() => this.flush(), 500));
    for (const t of this.timers) t.unref();
  }

  stop() {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    this.flush();
  }

  private load(file: string): State | null {
    if (!existsSync(file)) return null;
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (
        typeof parsed === 'object' &&
        parsed !== null &&
        'version' in parsed &&
        parsed.version === 1
      ) {
        // A state saved before an API area existed lacks its collections: they come from the
        // seed, so a developer's world keeps what it had and gains the new area's data.
        return {
          ...seedState(this.opts.seed, this.opts.scale),
          ...(parsed as Partial<State>),
        } as State;
      }
      this.opts.log(`sim: ${file} has an unknown format; reseeding`);
    } catch (err) {
      this.opts.log(`sim: cannot read ${file} (${String(err)}); reseeding`);
    }
    return null;
  }
}
