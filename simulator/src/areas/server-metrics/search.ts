// The gnocchi resource-search expression (004:L9809): a tree of one-key nodes. Comparisons take
// `{field: value}`, `and` / `or` a non-empty array of nodes; anything else is a clear 400.
import { badRequest } from '../../errors.ts';
import type { MetricResource } from './catalogue.ts';

const EQ = new Set(['=', '==', 'eq']);
const LT = new Set(['<', 'lt']);
const GT = new Set(['>', 'gt']);
const ARITHMETIC = new Set(['+', 'add', '-', 'sub', '*', 'mul', '/', 'div']);
/** Fields a resource of some type has. */
export const SEARCH_FIELDS = new Set([
  'id',
  'type',
  'original_resource_id',
  'instance_id',
  'name',
  'display_name',
  'project_id',
  'user_id',
  'creator',
  'created_by_user_id',
  'created_by_project_id',
  'started_at',
  'revision_start',
  'revision_end',
  'ended_at',
]);
const MAX_DEPTH = 10;
const MAX_NODES = 100;

export type Predicate = (r: MetricResource) => boolean;
type Scalar = string | number | boolean | null;

const toScalar = (v: unknown): Scalar | undefined =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? v
    : undefined;

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const refuse = (path: string, message: string) =>
  badRequest(`Invalid search expression at ${path}: ${message}.`, [
    { path: `body${path}`, message },
  ]);

/** SQL LIKE (`%`, `_`, `\` escapes), case-insensitive, as a RegExp. */
export function likeToRegExp(pattern: string): RegExp {
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '\\' && i + 1 < pattern.length)
      src += (pattern[++i] ?? '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    else if (c === '%') src += '[\\s\\S]*';
    else if (c === '_') src += '[\\s\\S]';
    else src += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${src}$`, 'i');
}

/** -1, 0, 1: numbers as numbers, times as times, anything else as text. */
function compare(a: Scalar, b: Scalar): number {
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  const sa = String(a);
  const sb = String(b);
  const na = Number(sa);
  const nb = Number(sb);
  if (sa.trim() !== '' && sb.trim() !== '' && Number.isFinite(na) && Number.isFinite(nb))
    return Math.sign(na - nb);
  const time = /^\d{4}-\d{2}-\d{2}/;
  if (time.test(sa) && time.test(sb)) {
    const ta = Date.parse(sa);
    const tb = Date.parse(sb);
    if (Number.isFinite(ta) && Number.isFinite(tb)) return Math.sign(ta - tb);
  }
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Compiles an expression into a predicate, or throws a 400 naming the faulty node. */
export function compileSearch(expr: unknown): Predicate {
  let nodes = 0;
  const walk = (node: unknown, path: string, depth: number): Predicate => {
    if (++nodes > MAX_NODES) throw refuse(path, `more than ${MAX_NODES} nodes`);
    if (depth > MAX_DEPTH) throw refuse(path, `deeper than ${MAX_DEPTH} levels`);
    if (!isObj(node)) throw refuse(path, 'a node must be an object with one operator');
    const keys = Object.keys(node);
    if (keys.length === 0 && depth === 0) return () => true;
    if (keys.length !== 1) throw refuse(path, 'a node must have exactly one operator');
    const op = keys[0] ?? '';
    const arg = node[op];
    const at = `${path}/${op}`;
    const lower = op.toLowerCase();
    if (lower === 'and' || lower === 'or') {
      if (!Array.isArray(arg) || arg.length === 0)
        throw refuse(at, `${op} takes a non-empty array of nodes`);
      const parts = arg.map((n, i) => walk(n, `${at}/${i}`, depth + 1));
      return lower === 'and' ? (r) => parts.every((p) => p(r)) : (r) => parts.some((p) => p(r));
    }
    const test = comparison(lower);
    if (!test) {
      if (ARITHMETIC.has(lower))
        throw refuse(
          at,
          `${op} is an aggregation operator, not a comparison; use =, <, >, like, and, or`,
        );
      throw refuse(at, `unknown operator ${op}; use =, ==, eq, <, lt, >, gt, like, and, or`);
    }
    if (!isObj(arg) || Object.keys(arg).length !== 1)
      throw refuse(at, `${op} takes an object of one field and its value`);
    const [field, value] = Object.entries(arg)[0] ?? ['', null];
    if (!SEARCH_FIELDS.has(field))
      throw refuse(`${at}/${field}`, `no resource has a field ${field}`);
    const scalar = toScalar(value);
    if (scalar === undefined)
      throw refuse(`${at}/${field}`, 'the value must be a string, number, boolean or null');
    const check = test(scalar);
    return (r) => {
      const fields: Readonly<Record<string, unknown>> = r;
      const v = toScalar(fields[field]);
      return v !== undefined && check(v);
    };
  };
  return walk(expr, '', 0);
}

function comparison(op: string): ((value: Scalar) => (v: Scalar) => boolean) | null {
  if (EQ.has(op))
    return (value) => (v) => (v === null || value === null ? v === value : compare(v, value) === 0);
  if (LT.has(op)) return (value) => (v) => v !== null && value !== null && compare(v, value) < 0;
  if (GT.has(op)) return (value) => (v) => v !== null && value !== null && compare(v, value) > 0;
  if (op === 'like')
    return (value) => {
      const re = likeToRegExp(String(value ?? ''));
      return (v) => v !== null && re.test(String(v));
    };
  return null;
}
