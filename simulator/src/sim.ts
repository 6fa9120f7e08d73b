// One simulated world: its state, its durable store, delayed transitions and test-time faults.
//
// Writes are durable before they are acknowledged: a request (or a batch of due tasks) works on a
// tracking view of the state (`begin()`), and the records it changed are committed to SQLite in
// one transaction before the response is sent. Reads work on the plain in-memory state.
import { dirname, join } from 'node:path';
import { seedState } from './seed.ts';
import type { State, Task } from './state.ts';
import { MemoryBlobs, type BlobStore } from './blobs.ts';
import { ReadCache } from './read-cache.ts';
import { importLegacyJson, SqliteStore } from './store/sqlite.ts';
import { track, unwrap, type Tracker } from './store/track.ts';

export type { BlobStore } from './blobs.ts';

export type SimOptions = {
  /** The SQLite database the state is kept in; null keeps it in memory only (--ephemeral). */
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
  /** Largest JSON body of any operation that is not an upload (bytes). */
  maxJsonBytes: number;
  /** 'full': every commit is fsynced (survives power loss); 'normal': survives a process crash. */
  sync: 'full' | 'normal';
  /** Enables /__sim/* test control (reset, faults, latency, worlds). Never on by default. */
  control: boolean;
  /** Validate every response against the spec and answer 500 when a handler drifts (tests). */
  validateResponses: boolean;
  /**
   * How long an unchanged read's answer may be served again (ms; 0: never). Off whenever
   * responses are validated, so tests see every handler run.
   */
  readCacheMs: number;
  /**
   * 'vendor' (default): errors in the documented body (`{code, msg, data, total}`); 'native':
   * the body each OpenStack service answers itself (nova's `{"itemNotFound": {...}}`, keystone's
   * `{"error": {...}}`, glance's `{"message", "code", "title"}`, api-notes 3.4), which standard
   * clients turn into their own exceptions (NotFound, …).
   */
  errorBody: 'vendor' | 'native';
  /**
   * 'timer' (default): due transitions run every 100 ms. 'manual': only when asked
   * (runDueTasks; the tests' settle()), so a test that looks at a transitional state between two
   * requests sees it whatever the machine's load — with delayScale 0 every task is due at once,
   * and a timer tick between the two requests used to finish it.
   */
  clock: 'timer' | 'manual';
  log: (line: string) => void;
};

export const defaultOptions: SimOptions = {
  dataFile: '.sim-data/sim.db',
  reset: false,
  seed: 20261122,
  scale: 1,
  latencyMs: 0,
  delayScale: 1,
  tokenTtlSec: 8 * 3600,
  maxUploadBytes: 512 * 1024 * 1024,
  maxJsonBytes: 1024 * 1024,
  sync: 'full',
  control: false,
  validateResponses: false,
  readCacheMs: 500,
  errorBody: 'vendor',
  clock: 'timer',
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

/** What a world needs from each API area. */
export type AreaHooks = {
  tasks?: Record<string, TaskHandler>;
  onSeed?: (sim: Sim) => void;
  /**
   * Builds, on a reader view, the indexes and derived values the area's reads and transitions
   * use, once the world is loaded or seeded: the first batch of due transitions (hundreds of
   * seeded builds at `--scale 40`) or the first read then finds them instead of holding the event
   * loop while it builds them.
   */
  warm?: (sim: Sim) => void;
  /** Fills the collections the area owns when a loaded state lacks them. */
  defaults?: (state: Partial<State>) => void;
};

/**
 * A unit of work: a tracking view of the world, and the commit of what it changed (resolves once
 * durable; the response waits for it, other requests do not).
 */
export type Work = { view: Sim; commit: () => Promise<void>; changed: () => Set<string> };

type IndexEntry = {
  version: number;
  epoch: number;
  map: Map<string, readonly unknown[]>;
  /** How many of the collection's appended records a stable index has taken in. */
  seen: number;
};

/**
 * Appended records kept per collection for the stable indexes to take in; past this many, the
 * log is dropped and the indexes over the collection are rebuilt once instead.
 */
const MAX_APPENDED = 4096;

/** The most a timer-driven batch of due tasks holds the event loop before it yields (ms). */
export const TASK_BUDGET_MS = 10;

export class Sim {
  readonly opts: SimOptions;
  readonly name: string;
  readonly blobs: BlobStore;
  faults: Fault[] = [];
  latencyMs: number;
  /**
   * Multiplies this world's transition delays: --delay-scale, unless test control set another for
   * this world (`POST /__sim/delay-scale`; a reseed restores it). Tasks already scheduled keep
   * their time.
   */
  delayScale: number;
  /** True when this start seeded a new world instead of loading a persisted one. */
  readonly freshlySeeded: boolean;
  /** Set on the views handed to a unit of work; null on the world itself. */
  readonly tracker: Tracker | null = null;
  /** The world itself, also when reached from one of its views (views inherit it). */
  readonly world: Sim;

  private raw: State;
  private store: SqliteStore | null;
  private taskHandlers: Record<string, TaskHandler> = {};
  private hooks: AreaHooks[] = [];
  private timers: NodeJS.Timeout[] = [];
  // Index caches: a collection's version moves on every tracked write to it; the epoch moves when
  // code outside a unit of work took the raw state (tests, tools), whose writes nobody tracked.
  private versions = new Map<string, number>();
  /**
   * Moves only when a list collection's membership changes other than by appending (a filter, a
   * reassign, a splice).
   */
  private memberVersions = new Map<string, number>();
  /** Moves on every tracked write to a collection but an append (see `index`). */
  private contentVersions = new Map<string, number>();
  /**
   * Records appended to a list collection (`push`) since its membership last moved otherwise: an
   * index takes them in instead of being rebuilt over the whole collection.
   */
  private appended = new Map<string, object[]>();
  private epochRef = { value: 0 };
  private indexes = new Map<string, IndexEntry>();
  private derived = new Map<string, { stamp: string; value: unknown }>();
  /** Moves on every tracked write to any collection (see `readStamp`). */
  private writes = 0;
  /** Answers of reads, valid while `readStamp()` stays the same (see read-cache.ts). */
  readonly reads: ReadCache;
  /** Writes made while loading, awaited by setup(). */
  private pending: Promise<void>[] = [];
  /** What a due task took to run lately (ms), to size the next timer-driven batch. */
  private taskPace = 0.5;
  /** The rest of a batch of due tasks that did not fit in one budget, run on the next turn. */
  private moreTasks: NodeJS.Immediate | null = null;

  constructor(opts: SimOptions, name = 'default') {
    this.opts = opts;
    this.name = name;
    this.world = this;
    this.latencyMs = opts.latencyMs;
    this.delayScale = opts.delayScale;
    this.reads = new ReadCache(opts.validateResponses ? 0 : opts.readCacheMs);
    this.store = opts.dataFile ? new SqliteStore(opts.dataFile, { sync: opts.sync }) : null;
    this.blobs = this.store ?? new MemoryBlobs();
    const loaded = this.store && !opts.reset ? this.load(opts.dataFile ?? '') : null;
    this.raw = loaded ?? seedState(opts.seed, opts.scale);
    this.freshlySeeded = !loaded;
  }

  /**
   * The world's state. Code outside a unit of work (tests, tools) that takes it may change it
   * without tracking, so indexes are rebuilt after such access. Handlers get views instead.
   */
  get state(): State {
    this.epochRef.value++;
    return this.raw;
  }

  now(): number {
    return Date.now();
  }

  /**
   * Registers the areas: their tasks, seed hooks and collection defaults; persists a new world.
   * Resolves once the world is durable.
   */
  setup(areas: AreaHooks[]): Promise<void> {
    this.hooks = areas;
    for (const area of areas) if (area.tasks) Object.assign(this.taskHandlers, area.tasks);
    for (const area of areas) area.defaults?.(this.raw);
    if (!this.freshlySeeded) {
      const loaded = Promise.all([...this.pending, this.store?.persistNew(this.raw)]);
      this.warm();
      return loaded.then(() => undefined);
    }
    for (const area of areas) area.onSeed?.(this);
    this.blobs.clear();
    const saved = this.store?.replaceAll(this.raw) ?? Promise.resolve();
    this.warm();
    return saved;
  }

  /** Builds the areas' indexes ahead of the first read or transition (AreaHooks.warm). */
  private warm() {
    const read = this.reader();
    for (const area of this.hooks) area.warm?.(read);
  }

  /** A new world from the seed, replacing everything (test control's reset). */
  reseed(): Promise<void> {
    this.raw = seedState(this.opts.seed, this.opts.scale);
    for (const area of this.hooks) area.defaults?.(this.raw);
    this.blobs.clear();
    this.faults = [];
    this.latencyMs = this.opts.latencyMs;
    this.delayScale = this.opts.delayScale;
    for (const area of this.hooks) area.onSeed?.(this);
    this.epochRef.value++;
    const saved = this.store?.replaceAll(this.raw) ?? Promise.resolve();
    this.warm();
    return saved;
  }

  /** Resolves when every write so far is durable. */
  flushed(): Promise<void> {
    return this.store?.flushed() ?? Promise.resolve();
  }

  /** Starts a unit of work: a view whose writes are tracked, and the commit of them. */
  begin(): Work {
    const store = this.store;
    const tracker = track(
      this.raw as unknown as Record<string, unknown>,
      (o) => store?.knows(o) ?? false,
      (coll, members, added) => {
        this.versions.set(coll, (this.versions.get(coll) ?? 0) + 1);
        const log = this.appended.get(coll);
        if (added && (log?.length ?? 0) < MAX_APPENDED) {
          if (log) log.push(added);
          else this.appended.set(coll, [added]);
        } else {
          this.contentVersions.set(coll, (this.contentVersions.get(coll) ?? 0) + 1);
          if (members || added) {
            this.memberVersions.set(coll, (this.memberVersions.get(coll) ?? 0) + 1);
            this.appended.delete(coll);
          }
        }
        this.writes++;
      },
    );
    const view = Object.create(this) as Sim;
    Object.defineProperty(view, 'state', { value: tracker.state, enumerable: true });
    Object.defineProperty(view, 'tracker', { value: tracker, enumerable: true });
    return {
      view,
      commit: () =>
        store?.commit(this.raw as unknown as Record<string, unknown>, tracker.changes) ??
        Promise.resolve(),
      changed: () => tracker.changes.touched(),
    };
  }

  /** A view for a request that only reads: the plain state, no tracking, no index rebuilds. */
  reader(): Sim {
    const view = Object.create(this) as Sim;
    Object.defineProperty(view, 'state', { value: this.raw, enumerable: true });
    // Made from a unit of work's view too (a POST that only reads, such as a search): it reads the
    // plain state and its derived values stay cached.
    Object.defineProperty(view, 'tracker', { value: null, enumerable: true });
    return view;
  }

  /** Runs `fn` as one unit of work; resolves with its result once the work is durable. */
  async write<T>(fn: (view: Sim) => T): Promise<T> {
    const work = this.begin();
    let result: T;
    try {
      result = fn(work.view);
    } finally {
      await work.commit();
    }
    return result;
  }

  /** Runs `kind` for `ref` after `delayMs` (scaled by the world's delayScale). Survives restarts. */
  schedule(kind: string, delayMs: number, ref: string, data?: Record<string, unknown>) {
    const state = this.state;
    const task: Task = {
      id: state.nextTaskId++,
      at: this.now() + delayMs * this.world.delayScale,
      kind,
      ref,
    };
    if (data) task.data = data;
    state.tasks.push(task);
  }

  /**
   * Runs the tasks that are due, earliest first, as one unit of work committed once. With
   * `budgetMs` (the timer), a batch takes about as many as ran in that time lately and leaves the
   * rest, still stored, to a batch on the next turn of the event loop, so requests are served in
   * between: the seeded builds of `--scale 40` settling at once held the loop for 60-140 ms.
   */
  runDueTasks(budgetMs?: number) {
    const now = this.now();
    if (!this.raw.tasks.some((t) => t.at <= now)) return;
    const work = this.begin();
    let left = 0;
    const started = performance.now();
    let ran: number;
    try {
      const state = work.view.state;
      // Chosen and removed through the plain list: through the tracked one every pending task
      // (800 at `--scale 40`) became a proxy, twice per batch.
      const tasks = this.raw.tasks;
      let due = tasks.filter((t) => t.at <= now).sort((a, b) => a.at - b.at || a.id - b.id);
      if (budgetMs !== undefined) {
        const fit = Math.max(1, Math.floor(budgetMs / this.taskPace));
        left = Math.max(0, due.length - fit);
        due = due.slice(0, fit);
      }
      ran = due.length;
      const done = new Set(due.map((t) => t.id));
      state.tasks = tasks.filter((t) => !done.has(t.id));
      for (const task of due) {
        const handler = this.taskHandlers[task.kind];
        if (!handler) {
          this.opts.log(`sim: no handler for task ${task.kind}`);
          continue;
        }
        try {
          handler(work.view, task);
        } catch (err) {
          this.opts.log(`sim: task ${task.kind} ${task.ref} failed: ${String(err)}`);
        }
      }
    } finally {
      work
        .commit()
        .catch((err: unknown) => this.opts.log(`sim: tasks not committed: ${String(err)}`));
    }
    if (ran > 0) this.taskPace = Math.max(0.005, (performance.now() - started) / ran);
    if (left > 0 && budgetMs !== undefined && !this.moreTasks)
      this.moreTasks = setImmediate(() => {
        this.moreTasks = null;
        this.runDueTasks(budgetMs);
      });
  }

  /**
   * Where the world is: it moves on every tracked write and whenever code took the raw state
   * untracked (tests, tools, control), so an answer computed at one stamp is valid while it lasts.
   */
  readStamp(): string {
    return `${this.epochRef.value}:${this.writes}`;
  }

  /** Kept for areas written before change tracking: the tracker knows what changed. */
  markDirty() {}

  /**
   * Records of an array collection grouped by a key (`leases` by `resUuid`, `volumes` by each
   * attachment's `server_id`), so a handler finds a row's relations without scanning the whole
   * collection per row. `name` identifies the grouping; the index is rebuilt only after the
   * collection changes. With `stable`, the key is one no write ever changes (a record's id): the
   * index is then rebuilt only when the collection's membership changes, not after every write
   * inside a record — a batch of due tasks that settles hundreds of servers finds each of them
   * without rebuilding the index (or scanning the tracked list) per task. Records appended to the
   * collection (`push`, a server's new VM among 86,000) are taken into either kind of index
   * without a rebuild.
   */
  index<K extends ListKey>(
    coll: K,
    name: string,
    keyOf: (rec: Elem<K>) => string | readonly string[] | null | undefined,
    { stable = false }: { stable?: boolean } = {},
  ): ReadonlyMap<string, readonly Elem<K>[]> {
    // A stable and an unstable index of one name are kept apart: their versions count differently.
    const id = `${coll}\u0000${name}${stable ? '\u0000stable' : ''}`;
    const version = (stable ? this.memberVersions : this.contentVersions).get(coll) ?? 0;
    const epoch = this.epochRef.value;
    const appended = this.appended.get(coll) ?? [];
    let entry = this.indexes.get(id);
    if (!entry || entry.version !== version || entry.epoch !== epoch) {
      const map = new Map<string, Elem<K>[]>();
      for (const rec of this.raw[coll] as Elem<K>[]) {
        const keys = keyOf(rec);
        if (keys == null) continue;
        for (const key of typeof keys === 'string' ? [keys] : keys) {
          const list = map.get(key);
          if (list) list.push(rec);
          else map.set(key, [rec]);
        }
      }
      entry = { version, epoch, map, seen: appended.length };
      this.indexes.set(id, entry);
    } else if (entry.seen < appended.length) {
      // Records pushed since: added at the end of their keys' lists (a copy, so a list handed out
      // before is not changed under its holder), as a rebuild would have placed them.
      for (const rec of appended.slice(entry.seen) as Elem<K>[]) {
        const keys = keyOf(rec);
        if (keys == null) continue;
        for (const key of typeof keys === 'string' ? [keys] : keys)
          entry.map.set(key, [...(entry.map.get(key) ?? []), rec]);
      }
      entry.seen = appended.length;
    }
    const map = entry.map as ReadonlyMap<string, readonly Elem<K>[]>;
    const tracker = this.tracker;
    return tracker ? new TrackedIndex(map, (rec) => tracker.wrap(coll, rec)) : map;
  }

  /**
   * A value derived from some collections (a list sorted for paging, counts per project), kept
   * until one of them changes, so a read costs time proportional to the page it returns. `make`
   * must read only `colls`. In a unit of work it is computed afresh: its records must be the
   * tracking views of that work. With `stable`, `make` reads only which records the collections
   * hold and fields no write changes (ids, creation times): the value is then kept across writes
   * inside records and recomputed only when a collection's membership changes.
   */
  derive<T>(
    name: string,
    colls: readonly (keyof State)[],
    make: () => T,
    { stable = false }: { stable?: boolean } = {},
  ): T {
    if (this.tracker) return make();
    const versionOf = (c: keyof State) =>
      stable
        ? `${this.memberVersions.get(c) ?? 0}+${this.appended.get(c)?.length ?? 0}`
        : String(this.versions.get(c) ?? 0);
    const stamp = `${stable ? 'members ' : ''}${this.epochRef.value}:${colls.map(versionOf).join(',')}`;
    const cached = this.derived.get(name);
    if (cached && cached.stamp === stamp) return cached.value as T;
    const value = make();
    this.derived.set(name, { stamp, value });
    return value;
  }

  start() {
    if (this.opts.clock === 'manual') return;
    this.timers.push(setInterval(() => this.runDueTasks(TASK_BUDGET_MS), 100));
    for (const t of this.timers) t.unref();
  }

  async stop() {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    if (this.moreTasks) clearImmediate(this.moreTasks);
    this.moreTasks = null;
    await this.store?.close();
  }

  private load(file: string): State | null {
    const store = this.store;
    if (!store) return null;
    let loaded = store.load();
    if (!loaded) {
      // Simulators before the SQLite store kept a JSON file: import it once.
      const legacy = importLegacyJson(
        file.endsWith('.json') ? `${file}` : join(dirname(file), 'state.json'),
        this.opts.log,
      );
      if (!legacy) return null;
      loaded = legacy;
      this.pending.push(store.replaceAll(legacy));
    }
    // A state saved before an API area existed lacks its collections: they come from the seed,
    // so a developer's world keeps what it had and gains the new area's data.
    const probe = seedState(this.opts.seed, 1) as unknown as Record<string, unknown>;
    const missing = Object.keys(probe).filter((k) => !(k in loaded));
    if (missing.length > 0) {
      const seeded = seedState(this.opts.seed, this.opts.scale) as unknown as Record<
        string,
        unknown
      >;
      for (const k of missing) loaded[k] = seeded[k];
      this.pending.push(store.persistNew(loaded));
    }
    return loaded as unknown as State;
  }
}

/** An index seen from a unit of work: its records come back as tracking views. */
class TrackedIndex<T> implements ReadonlyMap<string, readonly T[]> {
  private map: ReadonlyMap<string, readonly T[]>;
  private wrap: (rec: T) => T;
  constructor(map: ReadonlyMap<string, readonly T[]>, wrap: (rec: T) => T) {
    this.map = map;
    this.wrap = wrap;
  }
  get size() {
    return this.map.size;
  }
  get(key: string): readonly T[] | undefined {
    return this.map.get(key)?.map(this.wrap);
  }
  has(key: string) {
    return this.map.has(key);
  }
  keys() {
    return this.map.keys();
  }
  *values(): MapIterator<readonly T[]> {
    for (const list of this.map.values()) yield list.map(this.wrap);
  }
  *entries(): MapIterator<[string, readonly T[]]> {
    for (const [k, list] of this.map) yield [k, list.map(this.wrap)];
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(cb: (value: readonly T[], key: string, map: ReadonlyMap<string, readonly T[]>) => void) {
    for (const [k, v] of this.entries()) cb(v, k, this);
  }
}

export { unwrap };
