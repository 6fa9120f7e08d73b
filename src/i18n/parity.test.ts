// zh-CN and en-US must carry exactly the same keys in every namespace file, each a non-empty string.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from './language';

// Vitest runs from the repository root (happy-dom's import.meta.url is not a file: URL).
const localesDir = join(process.cwd(), 'src/i18n/locales');

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, value]];
}

function readNamespace(language: string, file: string): Map<string, unknown> {
  const json: unknown = JSON.parse(readFileSync(join(localesDir, language, file), 'utf8'));
  // An empty namespace ({}) has no leaves at all rather than one unnamed leaf.
  return new Map(leaves(json).filter(([key]) => key !== ''));
}

const filesOf = (language: string) =>
  readdirSync(join(localesDir, language))
    .filter((f) => f.endsWith('.json'))
    .sort();

describe('translation parity', () => {
  const [reference, ...others] = SUPPORTED_LANGUAGES;

  it('every language has the same namespace files', () => {
    for (const language of others) expect(filesOf(language)).toEqual(filesOf(reference));
  });

  for (const file of filesOf(reference)) {
    it(`${file}: same keys in every language, all non-empty strings`, () => {
      const expected = readNamespace(reference, file);
      for (const language of others) {
        const actual = readNamespace(language, file);
        const missing = [...expected.keys()].filter((k) => !actual.has(k));
        const extra = [...actual.keys()].filter((k) => !expected.has(k));
        expect({ language, missing, extra }).toEqual({ language, missing: [], extra: [] });
      }
      for (const language of SUPPORTED_LANGUAGES) {
        const bad = [...readNamespace(language, file)]
          .filter(([, v]) => typeof v !== 'string' || v.trim() === '')
          .map(([k]) => k);
        expect({ language, notNonEmptyStrings: bad }).toEqual({ language, notNonEmptyStrings: [] });
      }
    });
  }
});
