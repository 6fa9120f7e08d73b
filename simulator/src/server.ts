// The simulator's HTTP server. Routes come from the spec: every operation gets a route, each
// request is authenticated and validated against its operation before an area's handler runs,
// and errors always leave in the documented body.
import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { authenticate, requireProject } from './auth.ts';
import type { Area, Ctx, Handler, Result } from './area.ts';
import { SimError, errorBody, badRequest, type ErrorStyle } from './errors.ts';
import { defaultOptions, Sim, type SimOptions } from './sim.ts';
import { formatAjvErrors, loadSpec, type Operation } from './spec.ts';
import { registerControl } from './control.ts';
import { registerVnc } from './vnc.ts';
import { identityArea } from './areas/identity.ts';
import { imagesArea } from './areas/images.ts';
import { imageTypesArea } from './areas/image-types.ts';
import { keypairsArea } from './areas/keypairs.ts';
import { flavorsArea } from './areas/flavors.ts';
import { serversArea } from './areas/servers.ts';
import { serverGroupsArea } from './areas/server-groups.ts';
import { computeReferenceArea } from './areas/compute-reference.ts';
import { availabilityZonesArea } from './areas/availability-zones.ts';
import { quotasArea } from './areas/quotas.ts';
import { hypervisorsArea } from './areas/hypervisors.ts';

export const AREAS: Area[] = [
  identityArea,
  imagesArea,
  imageTypesArea,
  keypairsArea,
  flavorsArea,
  serversArea,
  serverGroupsArea,
  computeReferenceArea,
  availabilityZonesArea,
  quotasArea,
  hypervisorsArea,
];

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
];

export type Simulator = {
  app: FastifyInstance;
  sim: Sim;
  operations: Operation[];
  handlers: Record<string, Handler>;
  close: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function styleOf(url: string): ErrorStyle {
  return url.startsWith('/mana_api/') ? 'mana' : 'vendor';
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

function parseBody(op: Operation, req: FastifyRequest): { body: unknown; contentType: string } {
  if (op.bodyTypes.length === 0) return { body: undefined, contentType: '' };
  const raw = Buffer.isBuffer(req.body) ? req.body : undefined;
  const header = String(req.headers['content-type'] ?? '');
  const mediaType = header.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!raw || raw.length === 0) {
    if (op.bodyRequired) throw badRequest('A request body is required.');
    return { body: undefined, contentType: mediaType };
  }
  const type = op.bodyTypes.find((t) => t === mediaType);
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
  const sim = new Sim(opts);
  const fresh = sim.freshlySeeded;
  const { operations } = loadSpec();
  const handlers: Record<string, Handler> = {};
  for (const area of AREAS) {
    Object.assign(handlers, area.handlers);
    if (area.tasks) sim.registerTasks(area.tasks);
    if (area.onSeed) sim.onSeed(area.onSeed, fresh);
  }

  const app = Fastify({
    logger: false,
    bodyLimit: opts.maxUploadBytes,
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
  });
  // Bodies are parsed per operation (JSON, JSON-Patch or raw bytes), so malformed input and wrong
  // media types get the platform's error body rather than the framework's.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.addHook('onRequest', async (req, reply) => {
    const requestId = `req-${randomBytes(8).toString('hex')}`;
    req.headers['x-request-id'] = requestId;
    void reply.header('x-request-id', requestId);
    if (req.url.startsWith('/__sim/')) return;
    if (sim.latencyMs > 0) await sleep(sim.latencyMs);
    const path = req.url.split('?')[0] ?? '';
    // The regex sees the whole URL, query included, so a test can fail one page's request
    // (`…/images\?.*limit=20`) without also failing another page's call to the same path.
    const fault = sim.faults.find(
      (f) => f.remaining > 0 && (!f.method || f.method === req.method) && f.path.test(req.url),
    );
    if (fault) {
      fault.remaining -= 1;
      sim.faults = sim.faults.filter((f) => f.remaining > 0);
      return send(reply, styleOf(path), new SimError(fault.status, fault.msg), requestId);
    }
  });

  const routeTo = (op: Operation, url: string) =>
    app.route({
      method: op.method as 'GET',
      url,
      handler: async (req, reply) => {
        const requestId = String(req.headers['x-request-id']);
        const headers = Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
        );
        const auth = op.secured ? authenticate(sim, headers['x-auth-token']) : null;
        const params = (req.params ?? {}) as Record<string, string>;
        const query = { ...(req.query as Record<string, unknown>) };
        checkParams(op, 'path', params);
        if (auth && typeof params.tenant_id === 'string') requireProject(auth, params.tenant_id);
        checkParams(op, 'query', query);
        checkParams(op, 'header', headers);
        const { body, contentType } = parseBody(op, req);
        const handler = handlers[op.operationId];
        if (!handler)
          throw new SimError(501, `${op.operationId} is not implemented by the simulator yet.`);
        const ctx: Ctx = { sim, op, params, query, headers, body, contentType, auth, requestId };
        const result: Result = await handler(ctx);
        if (op.method !== 'GET') sim.markDirty();
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
        return reply
          .header('content-type', 'application/json; charset=utf-8')
          .send(JSON.stringify(result.body));
      },
    });
  for (const op of operations) routeTo(op, op.route);
  for (const alias of ALIASES) {
    const op = operations.find((o) => o.operationId === alias.operationId);
    if (!op || op.method !== alias.method)
      throw new Error(`alias ${alias.method} ${alias.path}: no operation ${alias.operationId}`);
    routeTo(op, alias.path.replace(/\{([^}]+)\}/g, ':$1'));
  }

  registerControl(app, sim);
  registerVnc(app, sim);

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    const known = operations.some((op) =>
      new RegExp(`^${op.route.replace(/:[^/]+/g, '[^/]+')}/?$`).test(path),
    );
    const err = known
      ? new SimError(405, `Method ${req.method} is not allowed on ${path}.`)
      : new SimError(404, `The resource could not be found: ${req.method} ${path}`);
    return send(reply, styleOf(path), err, String(req.headers['x-request-id'] ?? ''));
  });

  app.setErrorHandler((error: Error, req, reply) => {
    const requestId = String(req.headers['x-request-id'] ?? '');
    const style = styleOf(req.url);
    if (error instanceof SimError) return send(reply, style, error, requestId);
    const code = (error as { code?: string }).code;
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return send(
        reply,
        style,
        new SimError(413, `The request body exceeds ${opts.maxUploadBytes} bytes.`),
        requestId,
      );
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500)
      return send(reply, style, new SimError(status, error.message), requestId);
    opts.log(`sim: ${req.method} ${req.url} failed: ${error.stack ?? String(error)}`);
    return send(reply, style, new SimError(500, 'Internal error in the simulator.'), requestId);
  });

  sim.start();
  return {
    app,
    sim,
    operations,
    handlers,
    close: async () => {
      sim.stop();
      await app.close();
    },
  };
}
