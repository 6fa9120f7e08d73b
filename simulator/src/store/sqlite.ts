// The simulator's durable store: SQLite through Node's built-in node:sqlite (no native addon), in
// WAL mode. Each record of the state is a row, so a unit of work commits only what it changed,
// in one transaction, before its response is sent. Image bytes live in the same database.
import { DatabaseSync } from 'node:sqlite';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { kindOf, type ChangeSet, type Kind } from './track.ts';
import type { BlobStore } from '../blobs.ts';

const FORMAT = '1';

type Raw = Record<string, unknown>;

export type StoreOptions = {
  /** 'full' fsyncs every commit (survives power loss); 'normal' survives a crash of the process. */
  sync: 'full' | 'normal';
};

function statements(db: DatabaseSync) {
  const p = (sql: string) => db.prepare(sql);
  return {
    getMeta: p('SELECT value FROM meta WHERE key = ?'),
    putMeta: p('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'),
    allMeta: p('SELECT key, value FROM meta'),
    rowsOf: p('SELECT id, pos, json FROM rows WHERE coll = ? ORDER BY pos'),
    insertRow: p('INSERT OR REPLACE INTO rows (coll, id, pos, json) VALUES (?, ?, ?, ?)'),
    updateRow: p('UPDATE rows SET json = ? WHERE coll = ? AND id = ?'),
    movePos: p('UPDATE rows SET pos = ? WHERE coll = ? AND id = ?'),
    deleteRow: p('DELETE FROM rows WHERE coll = ? AND id = ?'),
    entriesOf: p('SELECT key, json FROM entries WHERE coll = ?'),
    putEntry: p('INSERT OR REPLACE INTO entries (coll, key, json) VALUES (?, ?, ?)'),
    deleteEntry: p('DELETE FROM entries WHERE coll = ? AND key = ?'),
    maxId: p('SELECT MAX(id) AS m FROM rows'),
    getBlob: p('SELECT data FROM blobs WHERE id = ?'),
    putBlob: p('INSERT OR REPLACE INTO blobs (id, data) VALUES (?, ?)'),
    deleteBlob: p('DELETE FROM blobs WHERE id = ?'),
  };
}

export class SqliteStore implements BlobStore {
  readonly file: string;
  private db: DatabaseSync;
  private stmt: ReturnType<typeof statements>;
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
    this.db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = ${opts.sync === 'full' ? 'FULL' : 'NORMAL'};
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS rows (
        coll TEXT NOT NULL, id INTEGER NOT NULL, pos INTEGER NOT NULL, json TEXT NOT NULL,
        PRIMARY KEY (coll, id));
      CREATE TABLE IF NOT EXISTS entries (
        coll TEXT NOT NULL, key TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (coll, key));
      CREATE TABLE IF NOT EXISTS blobs (id TEXT PRIMARY KEY, data BLOB NOT NULL);
    `);
    this.stmt = statements(this.db);
  }

  /** True when the object is already a record of the store (so it holds no tracking proxy). */
  knows(o: object): boolean {
    return this.rows.has(o);
  }

  /** Collections of `state` the store has never seen (an area added since it was written). */
  persistNew(state: Raw) {
    const missing = Object.keys(state).filter(
      (k) => !this.kinds.has(k) && kindOf(state[k]) !== 'scalar',
    );
    if (missing.length === 0) return;
    this.transaction(() => {
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
  replaceAll(state: Raw) {
    this.transaction(() => {
      this.db.exec('DELETE FROM rows; DELETE FROM entries; DELETE FROM meta;');
      this.ids.clear();
      this.pos.clear();
      this.mapVals.clear();
      this.kinds.clear();
      this.stmt.putMeta.run('format', FORMAT);
      for (const [key, value] of Object.entries(state)) this.writeWhole(key, value);
    });
  }

  private writeWhole(coll: string, value: unknown) {
    const kind = kindOf(value);
    if (kind === 'scalar') {
      this.stmt.putMeta.run(`value:${coll}`, JSON.stringify(value ?? null));
      return;
    }
    this.kinds.set(coll, kind);
    this.stmt.putMeta.run(`kind:${coll}`, kind);
    if (kind === 'list') {
      const ids = new WeakMap<object, number>();
      const pos = new Map<number, number>();
      let i = 0;
      for (const rec of value as object[]) {
        const id = this.nextId++;
        ids.set(rec, id);
        this.rows.add(rec);
        pos.set(id, ++i);
        this.stmt.insertRow.run(coll, id, i, JSON.stringify(rec));
      }
      this.ids.set(coll, ids);
      this.pos.set(coll, pos);
    } else {
      const vals = new Map<string, unknown>();
      for (const [k, v] of Object.entries(value as Raw)) {
        vals.set(k, v);
        this.stmt.putEntry.run(coll, k, JSON.stringify(v));
      }
      this.mapVals.set(coll, vals);
    }
  }

  /** Commits what a unit of work changed, in one transaction. */
  commit(state: Raw, changes: ChangeSet) {
    if (changes.empty) return;
    this.transaction(() => {
      const inserted = new Set<object>();
      for (const coll of changes.scalars) {
        const value = state[coll];
        if (kindOf(value) !== 'scalar' || this.kinds.has(coll)) this.writeCollection(coll, value);
        else this.stmt.putMeta.run(`value:${coll}`, JSON.stringify(value ?? null));
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
          this.stmt.updateRow.run(JSON.stringify(rec), coll, id);
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
            this.stmt.putEntry.run(coll, key, JSON.stringify(map[key]));
          } else {
            vals.delete(key);
            this.stmt.deleteEntry.run(coll, key);
          }
        }
      }
    });
  }

  /** A collection whose kind changed (or that is new): rewritten whole. */
  private writeCollection(coll: string, value: unknown) {
    const old = this.kinds.get(coll);
    if (old === 'list') this.db.prepare('DELETE FROM rows WHERE coll = ?').run(coll);
    if (old === 'map') this.db.prepare('DELETE FROM entries WHERE coll = ?').run(coll);
    this.db
      .prepare('DELETE FROM meta WHERE key = ? OR key = ?')
      .run(`kind:${coll}`, `value:${coll}`);
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
        this.stmt.insertRow.run(coll, id, maxPos, JSON.stringify(rec));
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
      this.stmt.deleteRow.run(coll, id);
    }
    if (!ordered) {
      let i = 0;
      for (const rec of list) {
        const id = ids.get(rec);
        if (id === undefined) continue;
        pos.set(id, ++i);
        this.stmt.movePos.run(i, coll, id);
      }
    }
  }

  private syncMap(coll: string, map: Raw) {
    const vals = this.mapVals.get(coll);
    if (!vals) return this.writeCollection(coll, map);
    for (const key of [...vals.keys()]) {
      if (Object.hasOwn(map, key)) continue;
      vals.delete(key);
      this.stmt.deleteEntry.run(coll, key);
    }
    for (const [key, v] of Object.entries(map)) {
      if (vals.get(key) === v) continue;
      vals.set(key, v);
      this.stmt.putEntry.run(coll, key, JSON.stringify(v));
    }
  }

  private transaction(fn: () => void) {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      fn();
      this.db.exec('COMMIT');
    } catch (err) {
      this.db.exec('ROLLBACK');
      throw err;
    }
  }

  put(id: string, data: Buffer) {
    this.stmt.putBlob.run(id, data);
  }
  get(id: string): Buffer | undefined {
    const row = this.stmt.getBlob.get(id) as { data: Uint8Array } | undefined;
    return row ? Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength) : undefined;
  }
  delete(id: string) {
    this.stmt.deleteBlob.run(id);
  }
  clear() {
    this.db.exec('DELETE FROM blobs');
  }

  close() {
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
