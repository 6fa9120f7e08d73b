// The simulator's durable store: SQLite through Node's built-in node:sqlite (no native addon), in
// WAL mode. Each record of the state is a row, so a unit of work commits only what it changed,
// in one transaction, before its response is sent. Image bytes live in the same database.
//
// This thread keeps the bookkeeping (which record object is which row) and reads; the writes of a
// unit of work become a list of ops that a writer thread commits (writer.ts), so the thread that
// serves requests never blocks on the disk while a response waits for its commit.
import { DatabaseSync } from 'node:sqlite';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { kindOf, type ChangeSet, type Kind } from './track.ts';
import type { BlobStore } from '../blobs.ts';
import { FORMAT, openSchema, readStatements, type Op } from './schema.ts';
import { Writer } from './writer.ts';

type Raw = Record<string, unknown>;

export type StoreOptions = {
  /** 'full' fsyncs every commit (survives power loss); 'normal' survives a crash of the process. */
  sync: 'full' | 'normal';
};

export class SqliteStore implements BlobStore {
  readonly file: string;
  private db: DatabaseSync;
  private stmt: ReturnType<typeof readStatements>;
  private writer: Writer;
  /** The ops of the transaction being built. */
  private batch: Op[] = [];
  /** Row id of each record object, per list collection. */
  private ids = new Map<string, WeakMap<object, number>>();
  /** Position of each persisted row, per list collection (its order in the array). */
  private pos = new Map<string, Map<number, number>>();
  private nextId = 1;
  /** The value object last written under each key, per map collection. */
  private mapVals = new Map<string, Map<string, unknown>>();
  private kinds = new Map<string, Kind>();
  /** Every record object that is a row, whatever its collection. */
  private rows = new WeakSet<object>();

  constructor(file: string, opts: StoreOptions) {
    this.file = file;
    mkdirSync(dirname(file), { recursive: true });
    this.db = new DatabaseSync(file);
    openSchema(this.db, opts.sync);
    this.stmt = readStatements(this.db);
    this.writer = new Writer(file, opts.sync);
  }

  /** True when the object is already a record of the store (so it holds no tracking proxy). */
  knows(o: object): boolean {
    return this.rows.has(o);
  }

  /** Collections of `state` the store has never seen (an area added since it was written). */
  persistNew(state: Raw): Promise<void> {
    const missing = Object.keys(state).filter(
      (k) => !this.kinds.has(k) && kindOf(state[k]) !== 'scalar',
    );
    if (missing.length === 0) return Promise.resolve();
    return this.transaction(() => {
      for (const coll of missing) this.writeWhole(coll, state[coll]);
    });
  }

  /** Loads the persisted state, or null when the store is empty. */
  load(): Raw | null {
    const format = this.stmt.getMeta.get('format') as { value: string } | undefined;
    if (!format) return null;
    if (format.value !== FORMAT)
      throw new Error(`${this.file}: unknown store format ${format.value}`);
    const state: Raw = {};
    for (const row of this.stmt.allMeta.all() as { key: string; value: string }[]) {
      if (row.key.startsWith('kind:')) {
        const coll = row.key.slice(5);
        const kind = row.value as Kind;
        this.kinds.set(coll, kind);
        if (kind === 'list') state[coll] = this.loadList(coll);
        else state[coll] = this.loadMap(coll);
      } else if (row.key.startsWith('value:')) {
        state[row.key.slice(6)] = JSON.parse(row.value);
      }
    }
    const max = this.stmt.maxId.get() as { m: number | null };
    this.nextId = (max.m ?? 0) + 1;
    return state;
  }

  private loadList(coll: string): unknown[] {
    const ids = new WeakMap<object, number>();
    const pos = new Map<number, number>();
    const list: unknown[] = [];
    for (const row of this.stmt.rowsOf.all(coll) as { id: number; pos: number; json: string }[]) {
      const rec = JSON.parse(row.json) as object;
      ids.set(rec, row.id);
      this.rows.add(rec);
      pos.set(row.id, row.pos);
      list.push(rec);
    }
    this.ids.set(coll, ids);
    this.pos.set(coll, pos);
    return list;
  }

  private loadMap(coll: string): Raw {
    const map: Raw = {};
    const vals = new Map<string, unknown>();
    for (const row of this.stmt.entriesOf.all(coll) as { key: string; json: string }[]) {
      const v: unknown = JSON.parse(row.json);
      map[row.key] = v;
      vals.set(row.key, v);
    }
    this.mapVals.set(coll, vals);
    return map;
  }

  /** Replaces everything persisted with `state` (a fresh seed, an import). */
  replaceAll(state: Raw): Promise<void> {
    return this.transaction(() => {
      this.op('clearState');
      this.ids.clear();
      this.pos.clear();
      this.mapVals.clear();
      this.kinds.clear();
      this.op('putMeta', 'format', FORMAT);
      for (const [key, value] of Object.entries(state)) this.writeWhole(key, value);
    });
  }

  private writeWhole(coll: string, value: unknown) {
    const kind = kindOf(value);
    if (kind === 'scalar') {
      this.op('putMeta', `value:${coll}`, JSON.stringify(value ?? null));
      return;
    }
    this.kinds.set(coll, kind);
    this.op('putMeta', `kind:${coll}`, kind);
    if (kind === 'list') {
      const ids = new WeakMap<object, number>();
      const pos = new Map<number, number>();
      let i = 0;
      for (const rec of value as object[]) {
        const id = this.nextId++;
        ids.set(rec, id);
        this.rows.add(rec);
        pos.set(id, ++i);
        this.op('insertRow', coll, id, i, JSON.stringify(rec));
      }
      this.ids.set(coll, ids);
      this.pos.set(coll, pos);
    } else {
      const vals = new Map<string, unknown>();
      for (const [k, v] of Object.entries(value as Raw)) {
        vals.set(k, v);
        this.op('putEntry', coll, k, JSON.stringify(v));
      }
      this.mapVals.set(coll, vals);
    }
  }

  /** Commits what a unit of work changed, in one transaction. */
  commit(state: Raw, changes: ChangeSet): Promise<void> {
    if (changes.empty) return Promise.resolve();
    return this.transaction(() => {
      const inserted = new Set<object>();
      for (const coll of changes.scalars) {
        const value = state[coll];
        if (kindOf(value) !== 'scalar' || this.kinds.has(coll)) this.writeCollection(coll, value);
        else this.op('putMeta', `value:${coll}`, JSON.stringify(value ?? null));
      }
      for (const coll of changes.lists) {
        if (this.kinds.get(coll) !== 'list') this.writeCollection(coll, state[coll]);
        else this.syncList(coll, state[coll] as object[], inserted);
      }
      for (const [coll, recs] of changes.records) {
        const ids = this.ids.get(coll);
        if (!ids) continue;
        for (const rec of recs) {
          const id = ids.get(rec);
          if (id === undefined || inserted.has(rec)) continue;
          this.op('updateRow', JSON.stringify(rec), coll, id);
        }
      }
      for (const coll of changes.maps) {
        if (this.kinds.get(coll) !== 'map') this.writeCollection(coll, state[coll]);
        else this.syncMap(coll, state[coll] as Raw);
      }
      for (const [coll, keys] of changes.mapKeys) {
        const map = state[coll] as Raw;
        const vals = this.mapVals.get(coll);
        if (!vals) continue;
        for (const key of keys) {
          if (Object.hasOwn(map, key)) {
            vals.set(key, map[key]);
            this.op('putEntry', coll, key, JSON.stringify(map[key]));
          } else {
            vals.delete(key);
            this.op('deleteEntry', coll, key);
          }
        }
      }
    });
  }

  /** A collection whose kind changed (or that is new): rewritten whole. */
  private writeCollection(coll: string, value: unknown) {
    const old = this.kinds.get(coll);
    if (old === 'list') this.op('deleteRowsOf', coll);
    if (old === 'map') this.op('deleteEntriesOf', coll);
    this.op('deleteMeta', `kind:${coll}`);
    this.op('deleteMeta', `value:${coll}`);
    this.kinds.delete(coll);
    this.writeWhole(coll, value);
  }

  /**
   * Brings a list's rows in line with the array: new records inserted, missing ones deleted, and
   * positions renumbered only when the order of existing records changed (rare: an in-place sort).
   * Costs one identity lookup per element, never a serialization of unchanged records.
   */
  private syncList(coll: string, list: object[], inserted: Set<object>) {
    const ids = this.ids.get(coll);
    const pos = this.pos.get(coll);
    if (!ids || !pos) return this.writeCollection(coll, list);
    const seen = new Set<number>();
    let last = 0;
    let ordered = true;
    let maxPos = 0;
    for (const p of pos.values()) if (p > maxPos) maxPos = p;
    for (const rec of list) {
      let id = ids.get(rec);
      if (id === undefined || seen.has(id)) {
        id = this.nextId++;
        ids.set(rec, id);
        this.rows.add(rec);
        pos.set(id, ++maxPos);
        this.op('insertRow', coll, id, maxPos, JSON.stringify(rec));
        inserted.add(rec);
      }
      seen.add(id);
      const p = pos.get(id) ?? 0;
      if (p < last) ordered = false;
      last = p;
    }
    for (const id of [...pos.keys()]) {
      if (seen.has(id)) continue;
      pos.delete(id);
      this.op('deleteRow', coll, id);
    }
    if (!ordered) {
      let i = 0;
      for (const rec of list) {
        const id = ids.get(rec);
        if (id === undefined) continue;
        pos.set(id, ++i);
        this.op('movePos', i, coll, id);
      }
    }
  }

  private syncMap(coll: string, map: Raw) {
    const vals = this.mapVals.get(coll);
    if (!vals) return this.writeCollection(coll, map);
    for (const key of [...vals.keys()]) {
      if (Object.hasOwn(map, key)) continue;
      vals.delete(key);
      this.op('deleteEntry', coll, key);
    }
    for (const [key, v] of Object.entries(map)) {
      if (vals.get(key) === v) continue;
      vals.set(key, v);
      this.op('putEntry', coll, key, JSON.stringify(v));
    }
  }

  private op(...op: Op) {
    this.batch.push(op);
  }

  /** Builds one transaction's ops and hands them to the writer; resolves once durable. */
  private transaction(fn: () => void): Promise<void> {
    this.batch = [];
    fn();
    const ops = this.batch;
    this.batch = [];
    return this.writer.submit(ops);
  }

  /** Resolves when every write handed to the store so far is durable. */
  flushed(): Promise<void> {
    return this.writer.drain();
  }

  // Blob writes queue like any other: the unit of work that made them resolves after them.
  // (A failed write fails every later one, so no unit of work is acknowledged after it.)
  put(id: string, data: Buffer) {
    this.transaction(() => this.op('putBlob', id, data)).catch(() => undefined);
  }
  get(id: string): Buffer | undefined {
    const row = this.stmt.getBlob.get(id) as { data: Uint8Array } | undefined;
    return row ? Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength) : undefined;
  }
  delete(id: string) {
    this.transaction(() => this.op('deleteBlob', id)).catch(() => undefined);
  }
  clear() {
    this.transaction(() => this.op('clearBlobs')).catch(() => undefined);
  }

  async close() {
    await this.writer.close();
    if (this.db.isOpen) this.db.close();
  }
}

/**
 * The state file of simulators before the SQLite store (`state.json` beside the database, or the
 * database path itself when it names a JSON file): read once, then renamed so it is not imported
 * again. Returns null when there is none or it cannot be read.
 */
export function importLegacyJson(file: string, log: (line: string) => void): Raw | null {
  if (!existsSync(file)) return null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    renameSync(file, `${file}.imported`);
    if (typeof parsed === 'object' && parsed !== null && (parsed as Raw).version === 1) {
      log(`sim: imported ${file} into the store (kept as ${file}.imported)`);
      return parsed as Raw;
    }
    log(`sim: ${file} has an unknown format; not imported`);
  } catch (err) {
    log(`sim: cannot import ${file} (${String(err)})`);
  }
  return null;
}
