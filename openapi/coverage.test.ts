// Contract coverage: every documented operation (openapi/inventory.json) that belongs to an area
// already delivered must be in the spec. The expected set grows as areas land; the overall number
// is printed so progress stays visible.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { InventoryEntry as Entry } from './tools/extract-uri-rows.ts';

type Spec = {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId?: string;
        summary?: string;
        description?: string;
        tags?: string[];
        'x-doc'?: string;
      }
    >
  >;
};

const inventory: { operations: Entry[] } = JSON.parse(
  readFileSync(new URL('./inventory.json', import.meta.url), 'utf8'),
);
const spec: Spec = parse(readFileSync(new URL('./openapi.yaml', import.meta.url), 'utf8'));

/**
 * Areas whose every documented operation must be in the spec (grows with each issue). An entry
 * `area/group` covers one group of a large area (`servers/` is the servers area's ungrouped core),
 * for areas delivered over several issues.
 */
export const COMPLETE_AREAS = [
  'identity',
  'images',
  'image-types',
  'keypairs',
  'flavors',
  'availability-zones',
  'aggregates',
  'compute-nodes',
  'drx',
  'resource-specs',
  'bare-metal',
  'resource-pools',
  'servers/',
  'servers/actions',
  'servers/console',
  'servers/server-groups',
  'servers/hypervisors',
  'servers/lease',
  'mana-pm-refund',
  'mana-pm-orders',
  'mana-vm-power',
  'mana-vm-list',
  'quotas',
  'quota-templates',
  'vm-snapshots/quotas',
  'vm-snapshots/',
  'servers/volumes',
  'servers/interfaces',
  'snapshots',
  'servers/metrics',
  'server-templates',
];

const isComplete = (e: Entry) =>
  COMPLETE_AREAS.includes(e.area) || COMPLETE_AREAS.includes(`${e.area}/${e.group ?? ''}`);

const has = (e: Entry) => Boolean(spec.paths[e.path]?.[e.method.toLowerCase()]);

describe('contract coverage of the documented operations', () => {
  const distinct = new Map<string, Entry>();
  for (const e of inventory.operations) distinct.set(`${e.method} ${e.path}`, e);

  it('names only areas and groups the inventory has', () => {
    const known = new Set(
      inventory.operations.flatMap((e) => [e.area, `${e.area}/${e.group ?? ''}`]),
    );
    expect(COMPLETE_AREAS.filter((a) => !known.has(a))).toEqual([]);
  });

  it('covers every operation of the delivered areas', () => {
    const missing = inventory.operations.filter((e) => isComplete(e) && !has(e));
    expect(missing.map((e) => `${e.doc}:L${e.line} ${e.method} ${e.path}`)).toEqual([]);
  });

  it('reports overall coverage', () => {
    const covered = [...distinct.values()].filter(has).length;
    const byArea = new Map<string, [number, number]>();
    for (const e of distinct.values()) {
      const [c, n] = byArea.get(e.area) ?? [0, 0];
      byArea.set(e.area, [c + (has(e) ? 1 : 0), n + 1]);
    }
    const lines = [...byArea].map(([a, [c, n]]) => `  ${a.padEnd(18)} ${c}/${n}`);
    console.log(
      `contract coverage: ${covered}/${distinct.size} documented operations (${Math.round((100 * covered) / distinct.size)}%)\n${lines.join('\n')}`,
    );
    expect(covered).toBeGreaterThan(0);
  });

  it('cites the right doc line on every documented operation in the spec', () => {
    const wrong: string[] = [];
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!op || typeof op !== 'object' || !op.operationId) continue;
        const entries = inventory.operations.filter(
          (e) => e.path === path && e.method.toLowerCase() === method,
        );
        if (entries.length === 0) continue;
        const lines = entries.map((e) => `${e.doc}:L${e.line}`);
        if (!op['x-doc'] || !lines.includes(op['x-doc']))
          wrong.push(
            `${method.toUpperCase()} ${path}: x-doc ${op['x-doc']} not in ${lines.join(', ')}`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives every operation an id, a tag, an English summary and a description', () => {
    const bad: string[] = [];
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (method === 'parameters') continue;
        if (!op.operationId || !op.tags?.length || !op.summary || !op.description)
          bad.push(`${method} ${path}`);
        if (op.summary && /[\u4e00-\u9fff]/.test(op.summary))
          bad.push(`${method} ${path}: summary must be English`);
      }
    }
    expect(bad).toEqual([]);
  });
});
