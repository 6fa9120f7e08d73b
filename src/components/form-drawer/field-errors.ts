// Puts the service's per-field problems (ApiError.details, paths like `body/name` or
// `body/glance/name`) on the form fields they belong to; whatever matches no field is returned
// so that it can be shown above the form instead of being lost.
import { isApiError, type ApiErrorDetail } from '@/api/api-error';

export type FieldPath = readonly (string | number)[];
export type FieldName = string | number | FieldPath;
export type FieldErrors = {
  fields: { name: (string | number)[]; errors: string[] }[];
  unmatched: ApiErrorDetail[];
};

const LOCATIONS = new Set(['body', 'query', 'path', 'header', 'params']);

/** `body/glance/name`, `/body/networks/0/uuid`, `name` → ['glance','name'], ['networks',0,'uuid'] */
export function splitApiPath(path: string): (string | number)[] {
  const parts = path.split(/[/.]/).filter(Boolean);
  if (parts.length > 1 && parts[0] !== undefined && LOCATIONS.has(parts[0])) parts.shift();
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

const toPath = (name: FieldName): (string | number)[] =>
  typeof name === 'string' || typeof name === 'number' ? [name] : [...name];
const same = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((x, i) => String(x) === String(b[i]));

/**
 * Matches each detail to a field: the whole path first, then shorter tails (`glance/name` →
 * `name`), since forms are often flatter than request bodies. `aliases` maps API paths a form
 * renames (`body/min_disk` → `minDisk`).
 */
export function fieldErrorsFrom(
  error: unknown,
  fieldNames: readonly FieldName[],
  aliases: Readonly<Record<string, FieldName>> = {},
): FieldErrors {
  if (!isApiError(error)) return { fields: [], unmatched: [] };
  const known = fieldNames.map(toPath);
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unmatched: ApiErrorDetail[] = [];
  for (const detail of error.details) {
    const alias = aliases[detail.path];
    const path = alias !== undefined ? toPath(alias) : splitApiPath(detail.path);
    let match: (string | number)[] | undefined;
    for (let start = 0; start < path.length && !match; start += 1) {
      const tail = path.slice(start);
      match = known.find((k) => same(k, tail));
    }
    if (!match) {
      unmatched.push(detail);
      continue;
    }
    const id = JSON.stringify(match.map(String));
    const entry = byField.get(id) ?? { name: match, errors: [] };
    if (!entry.errors.includes(detail.message)) entry.errors.push(detail.message);
    byField.set(id, entry);
  }
  return { fields: [...byField.values()], unmatched };
}
