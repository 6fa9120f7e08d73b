// The store's tables and statements, shared by the thread that serves requests (it reads) and the
// writer thread (it writes).
import type { DatabaseSync } from 'node:sqlite';

export const FORMAT = '1';

export function openSchema(db: DatabaseSync, sync: 'full' | 'normal') {
  db.exec(`
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = ${sync === 'full' ? 'FULL' : 'NORMAL'};
    PRAGMA busy_timeout = 10000;
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS rows (
      coll TEXT NOT NULL, id INTEGER NOT NULL, pos INTEGER NOT NULL, json TEXT NOT NULL,
      PRIMARY KEY (coll, id));
    CREATE TABLE IF NOT EXISTS entries (
      coll TEXT NOT NULL, key TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (coll, key));
    CREATE TABLE IF NOT EXISTS blobs (id TEXT PRIMARY KEY, data BLOB NOT NULL);
  `);
}

export function readStatements(db: DatabaseSync) {
  const p = (sql: string) => db.prepare(sql);
  return {
    getMeta: p('SELECT value FROM meta WHERE key = ?'),
    allMeta: p('SELECT key, value FROM meta'),
    rowsOf: p('SELECT id, pos, json FROM rows WHERE coll = ? ORDER BY pos'),
    entriesOf: p('SELECT key, json FROM entries WHERE coll = ?'),
    maxId: p('SELECT MAX(id) AS m FROM rows'),
    getBlob: p('SELECT data FROM blobs WHERE id = ?'),
  };
}

/** Every statement a commit may run, by name: a commit travels to the writer as [name, ...args]. */
export const WRITES = {
  putMeta: 'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)',
  deleteMeta: 'DELETE FROM meta WHERE key = ?',
  insertRow: 'INSERT OR REPLACE INTO rows (coll, id, pos, json) VALUES (?, ?, ?, ?)',
  updateRow: 'UPDATE rows SET json = ? WHERE coll = ? AND id = ?',
  movePos: 'UPDATE rows SET pos = ? WHERE coll = ? AND id = ?',
  deleteRow: 'DELETE FROM rows WHERE coll = ? AND id = ?',
  deleteRowsOf: 'DELETE FROM rows WHERE coll = ?',
  putEntry: 'INSERT OR REPLACE INTO entries (coll, key, json) VALUES (?, ?, ?)',
  deleteEntry: 'DELETE FROM entries WHERE coll = ? AND key = ?',
  deleteEntriesOf: 'DELETE FROM entries WHERE coll = ?',
  clearState: 'DELETE FROM rows; DELETE FROM entries; DELETE FROM meta;',
  putBlob: 'INSERT OR REPLACE INTO blobs (id, data) VALUES (?, ?)',
  deleteBlob: 'DELETE FROM blobs WHERE id = ?',
  clearBlobs: 'DELETE FROM blobs',
} as const;

export type WriteName = keyof typeof WRITES;
export type Op = [WriteName, ...(string | number | Uint8Array)[]];

/** Runs a batch of ops in one transaction (on the writer thread, or in-thread for tests). */
export function applyOps(
  db: DatabaseSync,
  ops: readonly Op[],
  cache: Map<string, ReturnType<DatabaseSync['prepare']>>,
) {
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const [name, ...args] of ops) {
      const sql = WRITES[name];
      if (sql.includes(';')) {
        db.exec(sql);
        continue;
      }
      let stmt = cache.get(name);
      if (!stmt) {
        stmt = db.prepare(sql);
        cache.set(name, stmt);
      }
      stmt.run(...args);
    }
    db.exec('COMMIT');
  } catch (err) {
    db.exec('ROLLBACK');
    throw err;
  }
}
