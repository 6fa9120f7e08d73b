// Loads the contract (openapi/openapi.yaml) and turns each operation into what the server needs:
// its route, its parameters and compiled validators for the request and, in tests, the response.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

// ajv and ajv-formats are CommonJS whose module.exports is the class/plugin itself.
const Ajv2020 = Ajv2020Module;
const addFormats = addFormatsModule;

export const SPEC_PATH = new URL('../../openapi/openapi.yaml', import.meta.url);

type Json = Record<string, unknown>;
export type ParamIn = 'path' | 'query' | 'header';
export type Param = { name: string; in: ParamIn; required: boolean; schema: Json };

export type Operation = {
  operationId: string;
  method: string;
  path: string;
  /** The path in fastify's `:param` syntax. */
  route: string;
  tags: string[];
  secured: boolean;
  params: Param[];
  /** Request media types the operation accepts (first one is the default). */
  bodyTypes: string[];
  bodyRequired: boolean;
  errorStyle: 'vendor' | 'mana';
  validateParams: Record<ParamIn, ValidateFunction>;
  validateBody: Record<string, ValidateFunction>;
  validateResponse: (status: number, contentType: string, body: unknown) => string | null;
  raw: Json;
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function ptr(...parts: string[]): string {
  return '#/' + parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
}

export function formatAjvErrors(errors: ErrorObject[] | null | undefined, where: string) {
  // Errors inside the branches of an anyOf/oneOf say nothing on their own ("cas_ostype is
  // required" when either of two fields would do); the anyOf error itself carries the rule.
  const list = (errors ?? []).filter(
    (e) => e.keyword !== 'if' && !/\/(anyOf|oneOf)\/\d+\//.test(e.schemaPath),
  );
  return list.map((e) => {
    const described = (e.parentSchema as { description?: string } | undefined)?.description;
    let path = `${where}${e.instancePath}`;
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties') {
      const prop = String(
        (e.params as { additionalProperty?: string; unevaluatedProperty?: string })
          .additionalProperty ?? (e.params as { unevaluatedProperty?: string }).unevaluatedProperty,
      );
      path = `${path}/${prop}`;
      message = 'is not a known field';
    } else if (e.keyword === 'required') {
      path = `${path}/${String((e.params as { missingProperty: string }).missingProperty)}`;
      message = 'is required';
    } else if (
      (e.keyword === 'pattern' ||
        e.keyword === 'anyOf' ||
        e.keyword === 'oneOf' ||
        e.keyword === 'format') &&
      described
    ) {
      message = `is invalid: ${described}`;
    } else if (e.keyword === 'enum') {
      message = `must be one of: ${(e.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')}`;
    }
    return { path, message };
  });
}

export type Spec = { doc: Json; operations: Operation[] };

const specs = new Map<string, Spec>();

/**
 * The contract, parsed once per process and file: every simulator a test suite creates shares it.
 * Validators are compiled on an operation's first use, so a simulator that serves ten operations
 * does not pay for compiling all of them.
 */
export function loadSpec(file: URL = SPEC_PATH): Spec {
  const cached = specs.get(file.href);
  if (cached) return cached;
  const spec = parseSpec(file);
  specs.set(file.href, spec);
  return spec;
}

/** Defines `key` on `obj` as a value computed on first read. */
function lazy<T extends object, K extends string>(obj: T, key: K, make: () => unknown) {
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = make();
      Object.defineProperty(obj, key, { value, enumerable: true });
      return value;
    },
  });
}

const CACHE_DIR = new URL('../../node_modules/.cache/cloudos-sim/', import.meta.url);

/**
 * The spec as an object. Parsing 7,000 lines of YAML is half a second of every simulator start
 * (the kill test restarts it many times), so the parsed form is cached as JSON under
 * node_modules/.cache, keyed by the YAML's hash: an edited spec is parsed afresh.
 */
function readDoc(file: URL): Json {
  const text = readFileSync(file, 'utf8');
  const cached = new URL(`spec-${createHash('sha1').update(text).digest('hex')}.json`, CACHE_DIR);
  try {
    return JSON.parse(readFileSync(cached, 'utf8')) as Json;
  } catch {
    // Not cached yet (or unreadable): parse, and cache for the next start.
  }
  const doc = parse(text) as Json;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = new URL(
      `${cached.pathname.split('/').pop() ?? 'spec'}.${process.pid}.tmp`,
      CACHE_DIR,
    );
    writeFileSync(tmp, JSON.stringify(doc));
    renameSync(tmp, cached);
  } catch {
    // A read-only tree just parses every time.
  }
  return doc;
}

function parseSpec(file: URL): Spec {
  const doc = readDoc(file);
  // Two validators: one coerces strings (query, path, header values are text), one is exact
  // (bodies and responses: a number sent as a string is a client bug the platform rejects).
  const make = (coerceTypes: boolean) => {
    const ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      verbose: true,
      coerceTypes,
      validateSchema: false,
      unicodeRegExp: true,
    });
    addFormats(ajv);
    ajv.addSchema(doc, 'spec');
    return ajv;
  };
  const exact = make(false);
  const coercing = make(true);
  const compileRef = (ajv: typeof exact, ref: string) => ajv.compile({ $ref: `spec${ref}` });

  // Parameters may be `$ref`s to #/components/parameters (shared ones such as ComputeTenantId).
  const componentParams =
    isObj(doc.components) && isObj(doc.components.parameters) ? doc.components.parameters : {};
  const resolveParam = (p: unknown): unknown => {
    if (!isObj(p) || typeof p.$ref !== 'string') return p;
    const m = /^#\/components\/parameters\/(.+)$/.exec(p.$ref);
    return m?.[1] ? componentParams[m[1]] : p;
  };

  const operations: Operation[] = [];
  const paths = isObj(doc.paths) ? doc.paths : {};
  for (const [path, itemRaw] of Object.entries(paths)) {
    if (!isObj(itemRaw)) continue;
    const shared = Array.isArray(itemRaw.parameters) ? itemRaw.parameters : [];
    for (const method of METHODS) {
      const op = itemRaw[method];
      if (!isObj(op)) continue;
      const operationId = String(op.operationId);
      const params: Param[] = [];
      for (const raw of [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
        const p = resolveParam(raw);
        if (!isObj(p)) continue;
        const where = p.in;
        if (where !== 'path' && where !== 'query' && where !== 'header') continue;
        const existing = params.findIndex((x) => x.name === p.name && x.in === where);
        const param: Param = {
          name: String(p.name),
          in: where,
          required: p.required === true,
          schema: isObj(p.schema) ? p.schema : {},
        };
        if (existing >= 0) params[existing] = param;
        else params.push(param);
      }
      const validateParams = {} as Record<ParamIn, ValidateFunction>;
      for (const where of ['path', 'query', 'header'] as const) {
        const list = params.filter((p) => p.in === where);
        const key = (n: string) => (where === 'header' ? n.toLowerCase() : n);
        lazy(validateParams, where, () =>
          coercing.compile({
            type: 'object',
            properties: Object.fromEntries(list.map((p) => [key(p.name), rewriteRefs(p.schema)])),
            required: list.filter((p) => p.required).map((p) => key(p.name)),
          }),
        );
      }
      const reqBody = isObj(op.requestBody) ? op.requestBody : undefined;
      const content = reqBody && isObj(reqBody.content) ? reqBody.content : {};
      const validateBody: Record<string, ValidateFunction> = {};
      for (const type of Object.keys(content)) {
        lazy(validateBody, type, () =>
          compileRef(exact, ptr('paths', path, method, 'requestBody', 'content', type, 'schema')),
        );
      }
      const responses = isObj(op.responses) ? op.responses : {};
      const responseValidators = new Map<string, ValidateFunction | null>();
      const validateResponse = (
        status: number,
        contentType: string,
        body: unknown,
      ): string | null => {
        const key = String(status);
        let resp = responses[key];
        if (isObj(resp) && typeof resp.$ref === 'string') {
          resp = resolvePointer(doc, resp.$ref);
        }
        if (!isObj(resp)) return `status ${status} is not documented for ${operationId}`;
        const types = isObj(resp.content) ? Object.keys(resp.content) : [];
        if (types.length === 0)
          return body === undefined || body === null || body === ''
            ? null
            : `${operationId} ${status} must have no body`;
        const type = types.find((t) => contentType.startsWith(t));
        if (!type)
          return `${operationId} ${status}: content type ${contentType} is not one of ${types.join(', ')}`;
        if (!type.includes('json')) return null;
        const vKey = `${key} ${type}`;
        if (!responseValidators.has(vKey)) {
          const base =
            isObj(responses[key]) && typeof (responses[key] as Json).$ref === 'string'
              ? String((responses[key] as Json).$ref)
              : ptr('paths', path, method, 'responses', key);
          responseValidators.set(
            vKey,
            compileRef(
              exact,
              `${base}/content/${type.replaceAll('~', '~0').replaceAll('/', '~1')}/schema`,
            ),
          );
        }
        const v = responseValidators.get(vKey);
        if (!v || v(body)) return null;
        return `${operationId} ${status} response does not match the spec: ${formatAjvErrors(
          v.errors,
          'body',
        )
          .map((e) => `${e.path} ${e.message}`)
          .join('; ')}`;
      };
      operations.push({
        operationId,
        method: method.toUpperCase(),
        path,
        route: path.replace(/\{([^}]+)\}/g, ':$1'),
        tags: Array.isArray(op.tags) ? op.tags.map(String) : [],
        secured: !(Array.isArray(op.security) && op.security.length === 0),
        params,
        bodyTypes: Object.keys(content),
        bodyRequired: reqBody?.required === true,
        errorStyle: path.startsWith('/mana_api/') ? 'mana' : 'vendor',
        validateParams,
        validateBody,
        validateResponse,
        raw: op,
      });
    }
  }
  return { doc, operations };
}

// Parameter schemas are compiled on their own, so their local refs must point into the spec.
function rewriteRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rewriteRefs);
  if (!isObj(schema)) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith('#') ? `spec${v}` : rewriteRefs(v),
    ]),
  );
}

function resolvePointer(doc: Json, ref: string): unknown {
  let cur: unknown = doc;
  for (const raw of ref.replace(/^#\//, '').split('/')) {
    const part = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    cur = isObj(cur) ? cur[part] : undefined;
  }
  return cur;
}

const componentCache = new Map<string, ValidateFunction>();
let componentAjv: InstanceType<typeof Ajv2020> | undefined;

function getComponentAjv() {
  if (!componentAjv) {
    componentAjv = new Ajv2020({
      strict: false,
      allErrors: true,
      verbose: true,
      validateSchema: false,
      unicodeRegExp: true,
    });
    addFormats(componentAjv);
    componentAjv.addSchema(loadSpec().doc, 'spec');
  }
  return componentAjv;
}

/**
 * A validator for a schema inside the spec (`ImageFields/properties/min_ram`), for handlers that
 * check values the request schema cannot reach (e.g. the `value` of a JSON-Patch operation).
 */
export function componentValidator(pointer: string): (value: unknown) => string | null {
  const validate =
    componentCache.get(pointer) ??
    getComponentAjv().compile({ $ref: `spec#/components/schemas/${pointer}` });
  componentCache.set(pointer, validate);
  return (value) =>
    validate(value)
      ? null
      : formatAjvErrors(validate.errors, '')
          .map((e) => `${e.path} ${e.message}`.trim())
          .join('; ');
}
