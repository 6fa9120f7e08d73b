// House wording of the English strings, checked over every namespace: one spelling (US), one word
// for the platform's 组织 (organization, whatever keystone calls it), and resource nouns that read
// mid-sentence ("Search cloud servers", not "Search Cloud servers").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = (language: string) => join(process.cwd(), 'src/i18n/locales', language);

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const strings = (language: string) =>
  readdirSync(dir(language))
    .filter((f) => f.endsWith('.json'))
    .flatMap((file) =>
      leaves(JSON.parse(readFileSync(join(dir(language), file), 'utf8'))).map(
        ([key, text]): [string, string] => [`${file.replace('.json', '')}:${key}`, text],
      ),
    );

describe('English wording', () => {
  const en = strings('en-US');

  it('spells organization the US way and never calls it a project', () => {
    expect(en.filter(([, text]) => /organis|\bprojects?\b/i.test(text))).toEqual([]);
  });

  it('gives every table a lower-case noun for templates such as "Search {{resource}}"', () => {
    const nouns = en.filter(([key]) => /:title\.resource(One)?$/.test(key));
    expect(nouns.length).toBeGreaterThanOrEqual(6);
    expect(nouns.filter(([, text]) => text[0] !== text[0]?.toLowerCase())).toEqual([]);
  });

  it('says 组织 the same way in Chinese', () => {
    const zh = strings('zh-CN');
    const shell = zh.filter(
      ([key]) => key.startsWith('shell:project.') || key.startsWith('overview:'),
    );
    expect(shell.filter(([, text]) => text.includes('项目'))).toEqual([]);
  });
});
