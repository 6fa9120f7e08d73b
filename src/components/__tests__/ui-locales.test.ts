// zh-CN and en-US must have the same keys, and every key the shared components ask for must
// exist (until the shell types i18n keys, this is what catches a typo in t('...')).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import enUi from '@/i18n/locales/en-US/ui.json';
import zhUi from '@/i18n/locales/zh-CN/ui.json';

function keysOf(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');

describe('ui namespace', () => {
  it('has identical key sets in zh-CN and en-US', () => {
    expect(keysOf(zhUi).sort()).toEqual(keysOf(enUi).sort());
  });

  it('has no empty strings', () => {
    const values = (o: unknown): unknown[] =>
      typeof o === 'object' && o !== null ? Object.values(o).flatMap(values) : [o];
    expect([...values(enUi), ...values(zhUi)].filter((v) => v === '')).toEqual([]);
  });

  it('defines every key the shared code uses', () => {
    const defined = new Set(keysOf(enUi).map(base));
    const root = join(process.cwd(), 'src');
    const files = [...sources(join(root, 'components')), ...sources(join(root, 'hooks'))];
    const used = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // A shared component that speaks another namespace (the task centre's 'shell') is checked
      // with that namespace's keys by the typed t(), not here.
      const namespaces = [...text.matchAll(/useTranslation\(\s*'([\w-]+)'/g)].map((m) => m[1]);
      if (namespaces.length > 0 && !namespaces.includes('ui')) continue;
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z]+\.[\w.]+)'/g)) if (m[1]) used.add(m[1]);
      // Template keys: expand `batch.status.${...}` against the defined keys under that prefix.
      for (const m of text.matchAll(/\bt\(\s*`([a-zA-Z.]+)\.\$\{/g)) {
        const prefix = `${m[1]}.`;
        if (![...defined].some((k) => k.startsWith(prefix))) used.add(`${prefix}*`);
      }
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !defined.has(k))).toEqual([]);
  });
});
