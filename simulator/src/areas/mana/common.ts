// What every mana_api handler shares: the project rule (400 with the documents' message, 000:L116)
// and the comma-separated lists the documents send.
import type { AuthContext } from '../../auth.ts';
import { badRequest } from '../../errors.ts';

/** mana_api works in the token's project only, administrators included (api-notes I-22). */
export function requireManaProject(auth: AuthContext, tenantId: string) {
  if (auth.token.projectId !== tenantId)
    throw badRequest(
      `Malformed request URL: URL's project_id '${tenantId}' doesn't match Context's project_id '${auth.token.projectId}'`,
    );
}

/** A CSV field as a list: blanks trimmed, empties dropped, duplicates once, in order. */
export function csv(value: string, field: string, max: number): string[] {
  const items = [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (items.length === 0)
    throw badRequest(`${field} is empty.`, [{ path: `body/${field}`, message: 'is empty' }]);
  if (items.length > max)
    throw badRequest(`${field} lists ${items.length} items; at most ${max} per request.`, [
      { path: `body/${field}`, message: `more than ${max} items` },
    ]);
  return items;
}

const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;
export const isEmail = (s: string) => EMAIL.test(s);
