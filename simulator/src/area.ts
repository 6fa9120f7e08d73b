// What an API area gives the server: a handler per operationId, and the delayed tasks it schedules.
import type { Readable } from 'node:stream';
import type { AuthContext } from './auth.ts';
import type { Operation } from './spec.ts';
import type { Sim, TaskHandler } from './sim.ts';

export type Ctx = {
  sim: Sim;
  op: Operation;
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | undefined>;
  /** Parsed and validated body (JSON), or the raw bytes for binary media types. */
  body: unknown;
  contentType: string;
  /** The caller; null only on operations with `security: []`. */
  auth: AuthContext | null;
  requestId: string;
};

export type Result = {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Binary body; sent as application/octet-stream. */
  bytes?: Buffer | Readable;
};

export type Handler = (ctx: Ctx) => Result | Promise<Result>;

export type Area = {
  handlers: Record<string, Handler>;
  tasks?: Record<string, TaskHandler>;
  /** Schedules what freshly seeded data needs (a seeded transitional resource, say). */
  onSeed?: (sim: Sim) => void;
};

/** The caller of a secured operation (the server has already authenticated it). */
export function caller(ctx: Ctx) {
  if (!ctx.auth) throw new Error(`${ctx.op.operationId} has no auth context`);
  return ctx.auth;
}
