// Every namespace file must be declared in i18next.d.ts, or its keys would silently be untyped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// Vitest runs from the repository root (happy-dom's import.meta.url is not a file: URL).
const dir = join(process.cwd(), 'src/i18n');

it('declares a type for every namespace file in locales/en-US', () => {
  const declared = readFileSync(join(dir, 'i18next.d.ts'), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  const namespaces = readdirSync(join(dir, 'locales/en-US'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));
  const importName = (ns: string) =>
    new RegExp(`import type (\\w+) from '\\./locales/en-US/${ns}\\.json';`).exec(declared)?.[1];
  const undeclared = namespaces.filter((ns) => {
    const name = importName(ns);
    return !name || !new RegExp(`['"]?${ns}['"]?: typeof ${name};`).test(declared);
  });
  // Fix: see the comment at the top of src/i18n/i18next.d.ts.
  expect(undeclared).toEqual([]);
});
