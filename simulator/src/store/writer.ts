// The queue in front of the writer thread. Units of work hand it their ops in order; while one
// batch is being written, the next ones gather and go together (group commit), so a burst of
// writes costs one fsync, not one each. A unit of work's promise settles when its ops are durable.
import { Worker } from 'node:worker_threads';
import type { Op } from './schema.ts';

type Pending = { ops: Op[]; resolve: () => void; reject: (err: Error) => void };

export class Writer {
  private worker: Worker;
  private queue: Pending[] = [];
  private inflight: Pending[] | null = null;
  private nextId = 1;
  private failed: Error | null = null;
  private idle: (() => void)[] = [];

  constructor(file: string, sync: 'full' | 'normal') {
    this.worker = new Worker(new URL('./writer-worker.ts', import.meta.url), {
      workerData: { file, sync },
    });
    this.worker.on('message', (msg: { id: number; ok: boolean; error?: string }) => {
      const batch = this.inflight ?? [];
      this.inflight = null;
      if (msg.ok) for (const p of batch) p.resolve();
      else {
        // Nothing is acknowledged after a failed commit: memory and disk no longer agree.
        const err = new Error(`the store could not commit: ${msg.error ?? 'unknown error'}`);
        this.failed = err;
        for (const p of [...batch, ...this.queue.splice(0)]) p.reject(err);
      }
      this.pump();
    });
    this.worker.on('error', (err) => {
      this.failed = err;
      for (const p of [...(this.inflight ?? []), ...this.queue.splice(0)]) p.reject(err);
      this.inflight = null;
      this.pump();
    });
  }

  /** Queues a unit of work's ops; resolves once they are committed. */
  submit(ops: Op[]): Promise<void> {
    if (ops.length === 0) return Promise.resolve();
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ ops, resolve, reject });
      this.pump();
    });
  }

  /** Resolves when everything queued so far is committed. */
  drain(): Promise<void> {
    if (!this.inflight && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private pump() {
    if (this.inflight) return;
    if (this.queue.length === 0) {
      for (const done of this.idle.splice(0)) done();
      return;
    }
    const batch = this.queue.splice(0);
    this.inflight = batch;
    this.worker.postMessage({ id: this.nextId++, ops: batch.flatMap((p) => p.ops) });
  }

  async close() {
    await this.drain();
    await this.worker.terminate();
  }
}
