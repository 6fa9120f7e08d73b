// The simulator's module graph: no import cycle (type-only imports included, since a cycle through
// types still ties the modules' changes together), and nothing reached in the console's src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../src/', import.meta.url));
const REPO = resolve(ROOT, '../..');

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });

const IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+'(\.[^']+)'/gms;

/** Each module's relative imports, resolved to files. */
function graph(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of walk(ROOT)) {
    const deps = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) =>
      resolve(dirname(file), m[1] ?? ''),
    );
    out.set(file, deps);
  }
  return out;
}

/** Every import cycle found by a depth-first walk, as module paths relative to simulator/src. */
function cycles(g: Map<string, string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const dep of g.get(file) ?? []) {
      if (state.get(dep) === 'open')
        found.push(
          [...stack.slice(stack.indexOf(dep)), dep].map((f) => relative(ROOT, f)).join(' → '),
        );
      else if (!state.has(dep) && g.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of g.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('simulator module graph', () => {
  const g = graph();

  it('has no import cycle', () => {
    expect(g.size).toBeGreaterThan(40);
    expect(cycles(g)).toEqual([]);
  });

  it('imports nothing from the console (src/): shared types come from openapi/generated', () => {
    const console = join(REPO, 'src') + '/';
    const reaching = [...g].flatMap(([file, deps]) =>
      deps.filter((d) => d.startsWith(console)).map((d) => `${relative(ROOT, file)} → ${d}`),
    );
    expect(reaching).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const a = join(ROOT, 'a.ts');
    const b = join(ROOT, 'b.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual(['a.ts → b.ts → a.ts']);
  });
});
