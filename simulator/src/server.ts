// The simulator's HTTP server. Routes come from the spec: every operation gets a route, each
// request is authenticated and validated against its operation before an area's handler runs,
// and errors always leave in the documented body.
import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { authenticate, requireProject } from './auth.ts';
import type { Area, Ctx, Handler, Result } from './area.ts';
import { SimError, errorBody, badRequest, type ErrorStyle } from './errors.ts';
import type { CachedRead } from './read-cache.ts';
import { defaultOptions, type Sim, type SimOptions } from './sim.ts';
import { Worlds } from './worlds.ts';
import { formatAjvErrors, loadSpec, type Operation } from './spec.ts';
import { registerControl } from './control.ts';
import { registerVnc } from './vnc.ts';
import { SIM_AREAS } from './areas/registry.ts';

/** The API areas (areas/registry.ts lists them and proves every operation has a handler). */
export const AREAS: Area[] = [...SIM_AREAS];

/**
 * Extra URLs served by an operation of the spec without being in it: nova's own path for what the
 * documents write differently (api-notes I-8: show and delete of a key pair under os-keypairs).
 */
const ALIASES: { method: string; path: string; operationId: string }[] = [
  {
    method: 'GET',
    path: '/os/compute/v1/v2/{tenant_id}/os-keypairs/{keypair_name}',
    operationId: 'getKeypair',
  },
  {
    method: 'DELETE',
    path: '/os/compute/v1/v2/{tenant_id}/os-keypairs/{keypair_name}',
    operationId: 'deleteKeypair',
  },
  // The norm POST as its parameter text writes it, `/norms/{projectId}` (api-notes I-11); the
  // project is the token's, so the segment is ignored.
  {
    method: 'POST',
    path: '/os/kinton/v1/cloudos/resource/norms/{projectId}',
    operationId: 'createNormSpecs',
  },
  // Server groups under the compute endpoint of the token's catalog (`v2/{project}`), where nova
  // serves them and the OpenStack CLI and SDKs call them; the documents write them under v2.1/.
  // mana_api's vm_act as its curl writes it (api-notes I-18): the path fills tenant, region, server.
  {
    method: 'POST',
    path: '/mana_api/vm_act/{tenant_id}/{region}/{server_id}',
    operationId: 'actOnManaVms',
  },
  ...(
    [
      ['GET', '', 'listServerGroups'],
      ['POST', '', 'createServerGroup'],
      ['GET', '/{id}', 'getServerGroup'],
      ['DELETE', '/{id}', 'deleteServerGroup'],
    ] as const
  ).map(([method, tail, operationId]) => ({
    method,
    path: `/os/compute/v1/v2/{tenant_id}/os-server-groups${tail}`,
    operationId,
  })),
];

export type Simulator = {
  app: FastifyInstance;
  /** The default world (the persisted one). */
  sim: Sim;
  worlds: Worlds;
  operations: Operation[];
  handlers: Record<string, Handler>;
  close: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The error body of a URL: mana_api's own, else the vendor body or (--error-body native) the service's. */
function styleOf(url: string, native: boolean): ErrorStyle {
  if (url.startsWith('/mana_api/')) return 'mana';
  if (!native) return 'vendor';
  if (url.startsWith('/os/compute/')) return 'nova';
  if (url.startsWith('/os/kinton/')) return 'keystone';
  if (url.startsWith('/os/image/')) return 'glance';
  return 'vendor';
}

function send(reply: FastifyReply, style: ErrorStyle, err: SimError, requestId: string) {
  return reply
    .code(err.status)
    .header('content-type', 'application/json; charset=utf-8')
    .send(
      errorBody(style, err.status, err.message, requestId, {
        details: err.details,
        reason: err.reason,
      }),
    );
}

/**
 * The largest page a list answers (nova's osapi_max_limit, glance's api_limit_max): a larger
 * `limit` is clamped to it, and a list asked for without a limit answers at most this many.
 */
export const MAX_PAGE = 1000;

function clampLimit(op: Operation, query: Record<string, unknown>) {
  const param = op.params.find((p) => p.in === 'query' && p.name === 'limit');
  if (!param) return;
  const n = Number(query.limit);
  if (query.limit === undefined || !Number.isFinite(n) || n > MAX_PAGE)
    query.limit = param.schema.type === 'integer' ? MAX_PAGE : String(MAX_PAGE);
}

/** Upload operations take bodies up to --max-upload; every other operation a small JSON body. */
const bodyLimitOf = (op: Operation, opts: SimOptions) =>
  op.bodyTypes.some((t) => !t.includes('json')) ? opts.maxUploadBytes : opts.maxJsonBytes;

function parseBody(op: Operation, req: FastifyRequest): { body: unknown; contentType: string } {
  if (op.bodyTypes.length === 0) return { body: undefined, contentType: '' };
  const raw = Buffer.isBuffer(req.body) ? req.body : undefined;
  const header = String(req.headers['content-type'] ?? '');
  const mediaType = header.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!raw || raw.length === 0) {
    if (op.bodyRequired) throw badRequest('A request body is required.');
    return { body: undefined, contentType: mediaType };
  }
  // mana_api (Flask, `get_json(force=True)`) reads the body as JSON whatever its media type: the
  // documents' vm_act curl sends none (api-notes I-18).
  const type =
    op.bodyTypes.find((t) => t === mediaType) ??
    (op.errorStyle === 'mana' ? op.bodyTypes[0] : undefined);
  if (!type) {
    throw new SimError(
      415,
      `Unsupported media type "${mediaType || '(none)'}"; send ${op.bodyTypes.join(' or ')}.`,
    );
  }
  if (!type.includes('json')) return { body: raw, contentType: type };
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw badRequest('Malformed JSON in the request body.');
  }
  const validate = op.validateBody[type];
  if (validate && !validate(body)) {
    const details = formatAjvErrors(validate.errors, 'body');
    throw badRequest(
      `Invalid request body: ${details.map((d) => `${d.path} ${d.message}`).join('; ')}`,
      details,
    );
  }
  return { body, contentType: type };
}

// Request ids: a random prefix per process and a counter — unique, and without a call into the
// CSPRNG on every request (it was ~5% of a loaded simulator's CPU).
const REQUEST_PREFIX = `req-${randomBytes(4).toString('hex')}`;
let requestCount = 0;
const newRequestId = () => `${REQUEST_PREFIX}${(requestCount++).toString(16).padStart(8, '0')}`;

/**
 * What a read's answer may depend on besides the world: the operation, the URL (path and query),
 * the token (who asks, in which project), the Host (tokens' catalogs) and the headers the operation
 * declares.
 */
function readKey(op: Operation, url: string, headers: Record<string, unknown>): string {
  const parts = [op.operationId, url, String(headers['x-auth-token'] ?? ''), String(headers.host)];
  for (const p of op.params)
    if (p.in === 'header') parts.push(String(headers[p.name.toLowerCase()]));
  return parts.join('\n');
}

function sendCached(reply: FastifyReply, hit: CachedRead) {
  void reply.code(hit.status);
  for (const [k, v] of Object.entries(hit.headers ?? {})) void reply.header(k, v);
  return reply.header('content-type', 'application/json; charset=utf-8').send(hit.payload);
}

function checkParams(
  op: Operation,
  where: 'path' | 'query' | 'header',
  values: Record<string, unknown>,
) {
  const validate = op.validateParams[where];
  if (!validate(values)) {
    const details = formatAjvErrors(validate.errors, where);
    throw badRequest(
      `Invalid ${where} parameter: ${details.map((d) => `${d.path} ${d.message}`).join('; ')}`,
      details,
    );
  }
}

export async function createSimulator(overrides: Partial<SimOptions> = {}): Promise<Simulator> {
  const opts: SimOptions = { ...defaultOptions, ...overrides };
  const worlds = new Worlds(opts, AREAS);
  await worlds.ready;
  const sim = worlds.default;
  const { operations } = loadSpec();
  const handlers: Record<string, Handler> = {};
  for (const area of AREAS) Object.assign(handlers, area.handlers);
  const worldOf = (req: FastifyRequest) => worlds.of(req.headers);
  const native = opts.errorBody === 'native';

  const app = Fastify({
    logger: false,
    bodyLimit: opts.maxJsonBytes,
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true, maxParamLength: 500 },
    // Errors the framework raises before a route runs (a bad percent-encoding, say) leave in the
    // platform's error body too.
    frameworkErrors: (error, req, reply) => {
      const status = (error as { statusCode?: number }).statusCode ?? 400;
      const requestId = String(req.headers['x-request-id'] ?? newRequestId());
      const msg = status === 400 ? `The request URL is malformed: ${error.message}` : error.message;
      return send(reply, styleOf(req.url ?? '', native), new SimError(status, msg), requestId);
    },
    // And so do the HTTP parser's own refusals (headers or URL too large, garbage on the socket).
    clientErrorHandler: (err: Error & { code?: string }, socket: Socket) => {
      const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
      const status = tooLarge ? 431 : 400;
      const msg = tooLarge
        ? 'The request line or headers are too large.'
        : 'The request could not be parsed.';
      const body = JSON.stringify(errorBody('vendor', status, msg, newRequestId(), {}));
      if (socket.writable) {
        socket.end(
          `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
            `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
            `Connection: close\r\n\r\n${body}`,
        );
      } else socket.destroy(err);
    },
  });
  // Bodies are parsed per operation (JSON, JSON-Patch or raw bytes), so malformed input and wrong
  // media types get the platform's error body rather than the framework's.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.addHook('onRequest', async (req, reply) => {
    const requestId = newRequestId();
    req.headers['x-request-id'] = requestId;
    void reply.header('x-request-id', requestId);
    if (req.url.startsWith('/__sim/')) return;
    const world = worldOf(req);
    if (world.latencyMs > 0) await sleep(world.latencyMs);
    const path = req.url.split('?')[0] ?? '';
    // The regex sees the whole URL, query included, so a test can fail one page's request
    // (`…/images\?.*limit=20`) without also failing another page's call to the same path.
    const fault = world.faults.find(
      (f) => f.remaining > 0 && (!f.method || f.method === req.method) && f.path.test(req.url),
    );
    if (fault) {
      fault.remaining -= 1;
      world.faults = world.faults.filter((f) => f.remaining > 0);
      return send(reply, styleOf(path, native), new SimError(fault.status, fault.msg), requestId);
    }
  });

  const routeTo = (op: Operation, url: string) =>
    app.route({
      method: op.method as 'GET',
      url,
      bodyLimit: bodyLimitOf(op, opts),
      handler: async (req, reply) => {
        const requestId = String(req.headers['x-request-id']);
        const world = worldOf(req);
        // A request that may write works on a tracking view and commits what it changed before
        // the response leaves. Reads take the plain state; in tests they are tracked too, so a
        // read that writes (and would lose the write) fails loudly.
        const reads = op.method === 'GET';
        const work = reads && !opts.validateResponses ? null : world.begin();
        const view = work?.view ?? world.reader();
        // Taken before the handler runs: an answer computed across a write is never kept.
        const cacheable = reads && !work && world.reads.enabled;
        const stamp = cacheable ? world.readStamp() : '';
        let key = '';
        let result: Result;
        try {
          const headers = Object.fromEntries(
            Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
          );
          const auth = op.secured ? authenticate(view, headers['x-auth-token']) : null;
          const params = (req.params ?? {}) as Record<string, string>;
          const query = { ...(req.query as Record<string, unknown>) };
          checkParams(op, 'path', params);
          // mana_api checks its own project rule (400 with its message, in its handlers).
          if (auth && typeof params.tenant_id === 'string' && op.errorStyle !== 'mana')
            requireProject(auth, params.tenant_id);
          checkParams(op, 'query', query);
          clampLimit(op, query);
          checkParams(op, 'header', headers);
          const { body, contentType } = parseBody(op, req);
          const handler = handlers[op.operationId];
          if (!handler)
            throw new SimError(501, `${op.operationId} is not implemented by the simulator yet.`);
          if (cacheable) {
            key = readKey(op, req.url, headers);
            const hit = world.reads.get(key, stamp, Date.now());
            if (hit) return sendCached(reply, hit);
          }
          const ctx: Ctx = {
            sim: view,
            op,
            params,
            query,
            headers,
            body,
            contentType,
            auth,
            requestId,
          };
          result = await handler(ctx);
        } finally {
          if (work && !reads) await work.commit();
        }
        if (work && reads) {
          const changed = [...work.changed()];
          if (changed.length > 0)
            throw new SimError(500, `${op.operationId} (a read) changed ${changed.join(', ')}.`);
        }
        const resultType = result.bytes
          ? 'application/octet-stream'
          : result.body === undefined
            ? ''
            : 'application/json';
        if (opts.validateResponses) {
          const problem = op.validateResponse(result.status, resultType, result.body);
          if (problem)
            throw new SimError(500, `Simulator response drifted from the spec: ${problem}`);
        }
        void reply.code(result.status);
        for (const [k, v] of Object.entries(result.headers ?? {})) void reply.header(k, v);
        if (result.bytes)
          return reply.header('content-type', 'application/octet-stream').send(result.bytes);
        if (result.body === undefined) return reply.send();
        const payload = Buffer.from(JSON.stringify(result.body));
        if (cacheable && result.status === 200)
          world.reads.set(key, stamp, Date.now(), {
            status: result.status,
            headers: result.headers,
            payload,
          });
        return reply.header('content-type', 'application/json; charset=utf-8').send(payload);
      },
    });
  for (const op of operations) routeTo(op, op.route);
  for (const alias of ALIASES) {
    const op = operations.find((o) => o.operationId === alias.operationId);
    if (!op || op.method !== alias.method)
      throw new Error(`alias ${alias.method} ${alias.path}: no operation ${alias.operationId}`);
    routeTo(op, alias.path.replace(/\{([^}]+)\}/g, ':$1'));
  }

  registerControl(app, worlds);
  registerVnc(app, worldOf);

  // Which documented path a URL is (for 405 vs 404), matched once per route shape.
  const shapes = [...new Set(operations.map((op) => op.route))].map(
    (route) => new RegExp(`^${route.replace(/:[^/]+/g, '[^/]+')}/?$`),
  );
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    const known = shapes.some((re) => re.test(path));
    const err = known
      ? new SimError(405, `Method ${req.method} is not allowed on ${path}.`)
      : new SimError(404, `The resource could not be found: ${req.method} ${path}`);
    return send(reply, styleOf(path, native), err, String(req.headers['x-request-id'] ?? ''));
  });

  app.setErrorHandler((error: Error, req, reply) => {
    const requestId = String(req.headers['x-request-id'] ?? '');
    const style = styleOf(req.url, native);
    if (error instanceof SimError) return send(reply, style, error, requestId);
    const code = (error as { code?: string }).code;
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limit = req.routeOptions.bodyLimit ?? opts.maxJsonBytes;
      return send(
        reply,
        style,
        new SimError(413, `The request body exceeds ${limit} bytes, the limit of this operation.`),
        requestId,
      );
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500)
      return send(reply, style, new SimError(status, error.message), requestId);
    opts.log(`sim: ${req.method} ${req.url} failed: ${error.stack ?? String(error)}`);
    return send(reply, style, new SimError(500, 'Internal error in the simulator.'), requestId);
  });

  worlds.start();
  return {
    app,
    sim,
    worlds,
    operations,
    handlers,
    close: async () => {
      await app.close();
      await worlds.stop();
    },
  };
}
