// The writer thread: applies batches of the store's ops, one transaction (one fsync) per batch, so
// the thread that serves requests never waits for the disk.
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import { applyOps, openSchema, type Op } from './schema.ts';

const { file, sync } = workerData as { file: string; sync: 'full' | 'normal' };
const db = new DatabaseSync(file);
openSchema(db, sync);
const cache = new Map<string, ReturnType<DatabaseSync['prepare']>>();

parentPort?.on('message', (msg: { id: number; ops: Op[] }) => {
  try {
    applyOps(db, msg.ops, cache);
    parentPort?.postMessage({ id: msg.id, ok: true });
  } catch (err) {
    parentPort?.postMessage({ id: msg.id, ok: false, error: String(err) });
  }
});
