// Serial numbers and e-mail addresses as people paste them: one per line, or separated by commas,
// semicolons or blanks. mana_api takes both as comma-separated strings (000:L55, 001:L137).

/** At most this many serial numbers per request (the contract's limit). */
export const MAX_SNIDS = 200;

const SNID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/;
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

const split = (text: string) =>
  text
    .split(/[\s,;，；]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The distinct serial numbers of a pasted text, and the pieces that are not serial numbers. */
export function parseSnids(text: string): { snids: string[]; invalid: string[] } {
  const parts = [...new Set(split(text))];
  return { snids: parts.filter((s) => SNID.test(s)), invalid: parts.filter((s) => !SNID.test(s)) };
}

export const isEmail = (s: string) => EMAIL.test(s);

/** The addresses that are not e-mail addresses. */
export const invalidEmails = (list: readonly string[]) => list.filter((s) => !isEmail(s.trim()));
