// What an API area gives the server: a handler per operationId, the delayed tasks it schedules,
// the defaults of the collections it owns and what its freshly seeded data needs.
import type { Readable } from 'node:stream';
import type { operations } from '../../openapi/generated/schema.d.ts';
import type { AuthContext } from './auth.ts';
import type { Operation } from './spec.ts';
import type { Sim, TaskHandler } from './sim.ts';
import type { State } from './state.ts';

/** What the server hands any handler; `OpCtx` is the same, typed for one operation. */
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

/**
 * A handler as the server holds it. The server calls each one with the context of its own
 * operation, whose path, query and body it has validated against that operation first; so a
 * handler written for one operation (`OpHandler`) is a `Handler`. Written as a method type
 * because method parameters compare bivariantly, which is what lets that typed handler in.
 */
export type Handler = { handle(ctx: Ctx): Result | Promise<Result> }['handle'];

export type OperationId = keyof operations;

/** JSON media types carry the schema's type; any other (an upload) arrives as the raw bytes. */
type Media<C> = { [M in keyof C]: M extends `${string}json${string}` ? C[M] : Buffer }[keyof C];

/** The validated request body of an operation (undefined when the operation takes none). */
export type RequestBody<Id extends OperationId> = operations[Id] extends {
  requestBody: { content: infer C };
}
  ? Media<C>
  : operations[Id] extends { requestBody?: { content: infer C } }
    ? Media<C> | undefined
    : undefined;

/** A parameter group (`path`, `query`) as the server passes it: an empty object when absent. */
type Group<P> = [Exclude<P, undefined>] extends [never]
  ? Record<string, never>
  : Exclude<P, undefined>;

/**
 * The context of one operation: `body`, `params` and `query` as the spec types them. Sound because
 * the server validates (and coerces query and path values to their schema types) before calling.
 * For a union of operations it is the union of their contexts (a helper several handlers share).
 */
export type OpCtx<Id extends OperationId> = Id extends OperationId
  ? Omit<Ctx, 'body' | 'params' | 'query'> & {
      body: RequestBody<Id>;
      params: Group<operations[Id]['parameters']['path']>;
      query: Group<operations[Id]['parameters']['query']>;
    }
  : never;

export type OpHandler<Id extends OperationId> = (ctx: OpCtx<Id>) => Result | Promise<Result>;

/**
 * An area's handlers, each typed by its operationId: `defineHandlers({ getServer: (ctx) => … })`
 * gives `ctx.body` the operation's request body type, so no handler casts its input.
 */
export function defineHandlers<Ids extends OperationId>(handlers: { [Id in Ids]: OpHandler<Id> }) {
  return handlers;
}

export type Area = {
  handlers: { [Id in OperationId]?: Handler };
  tasks?: Record<string, TaskHandler>;
  /** Schedules what freshly seeded data needs (a seeded transitional resource, say). */
  onSeed?: (sim: Sim) => void;
  /**
   * Fills the collections the area owns when a loaded state lacks them (it was saved before the
   * area existed). The store calls it once at load; handlers then rely on the collections.
   */
  defaults?: (state: Partial<State>) => void;
  /**
   * Builds the indexes the area's reads and transitions use, on a reader view, once the world is
   * loaded or seeded (so the first batch of due transitions does not build them under load).
   */
  warm?: (sim: Sim) => void;
};

/** The caller of a secured operation (the server has already authenticated it). */
export function caller(ctx: { auth: AuthContext | null; op: Operation }) {
  if (!ctx.auth) throw new Error(`${ctx.op.operationId} has no auth context`);
  return ctx.auth;
}
