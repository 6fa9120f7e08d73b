// Guards openapi/inventory.json, the list of every documented endpoint block, against the source
// documents. Seeds are read from $CLOUDOS_SEEDS_DIR, else from <repo>/../shared/seeds.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
// Only the seed locations and the entry type are shared with the extractor; the checks below
// re-read the seeds on their own so the tool cannot vouch for itself.
import {
  seedFiles,
  seedsDir,
  type Doc,
  type InventoryEntry as Entry,
} from './tools/extract-uri-rows.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const inventory = JSON.parse(readFileSync(join(repoRoot, 'openapi', 'inventory.json'), 'utf8')) as {
  description: string;
  operations: Entry[];
};
const ops = inventory.operations;
const ops004 = ops.filter((o) => o.doc === '004');
const opsMana = ops.filter((o) => o.doc !== '004');

const DOC_ORDER = ['004', '000', '001', '002', '003'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const KEYS = [
  'doc',
  'line',
  'section',
  'item',
  'title',
  'summary',
  'method',
  'path',
  'docPath',
  'area',
  'group',
];

// Allowed areas per section (1.6 and 1.18 split by item).
const AREAS: Record<string, (item: number) => string> = {
  '1.3': () => 'images',
  '1.4': () => 'keypairs',
  '1.5': () => 'image-types',
  '1.6': (i) => (i <= 6 ? 'resource-specs' : 'quota-templates'),
  '1.7': () => 'availability-zones',
  '1.8': () => 'snapshots',
  '1.9': () => 'servers',
  '1.10': () => 'vm-snapshots',
  '1.11': () => 'server-templates',
  '1.12': () => 'bare-metal',
  '1.13': () => 'resource-pools',
  '1.14': () => 'aggregates',
  '1.15': () => 'compute-nodes',
  '1.16': () => 'flavors',
  '1.17': () => 'drx',
  '1.18': (i) => ([4, 7, 8, 9].includes(i) ? 'identity' : 'quotas'),
  '000': () => 'mana-pm-refund',
  '001': () => 'mana-pm-orders',
  '002': () => 'mana-vm-power',
  '003': () => 'mana-vm-list',
};

// Canonical paths that rename a path parameter or replace a literal (api-notes I-2, I-3, I-10, I-28).
const RENAMED: Record<string, string> = {
  '004:10884': '/os/compute/v1/cloudos/virtual/snapshot/strategy/{res_uuid}',
  '004:11484': '/os/kinton/v1/keystone/{tenant_id}/os-quota-sets/{project_id}',
  '004:22983': '/os/kinton/v1/keystone/{tenant_id}/os-quota-sets/{project_id}',
};

const seedCache = new Map<string, string[]>();
function seed(doc: string): string[] {
  let lines = seedCache.get(doc);
  if (!lines) {
    const file = join(seedsDir, seedFiles[doc as Doc] ?? `unknown-${doc}`);
    if (!existsSync(file)) throw new Error(`seed ${file} not found (set CLOUDOS_SEEDS_DIR)`);
    lines = readFileSync(file, 'utf8').split('\n');
    seedCache.set(doc, lines);
  }
  return lines;
}

const norm = (s: string) => s.replace(/\s+/g, '');
const key = (o: Entry) => `${o.method} ${o.path}`;

interface Cell {
  text: string;
  line: number; // 1-based line where the cell starts
}

/** Cells of the table row around a 1-based line: Word rows (TAB cells) or reST grid rows. */
function rowCells(doc: string, line: number): Cell[] {
  const lines = seed(doc);
  if (doc !== '004') {
    const l = lines[line - 1] ?? '';
    return l
      .split('|')
      .slice(1, -1)
      .map((text) => ({ text: text.trim(), line }));
  }
  // Walk back to the start of the row, then read forward; a row may contain one stray blank line
  // between its path cell and the rest (L9809). Non-TAB lines continue the previous cell.
  let i = line - 1;
  while (i > 0 && (lines[i - 1] ?? '').startsWith('\t')) i--;
  const cells: Cell[] = [];
  let blanks = 0;
  for (; i < lines.length && cells.length < 8; i++) {
    const l = lines[i] ?? '';
    if (l.trim() === '') {
      if (++blanks > 1 || cells.length >= 4) break;
      continue;
    }
    const last = cells.at(-1);
    if (l.startsWith('\t')) cells.push({ text: l.slice(1).trim(), line: i + 1 });
    else if (last) last.text += l.trim();
    else break;
  }
  return cells;
}

describe('openapi/inventory.json', () => {
  it('has a description and 177 entries: 171 blocks of 004 and 6 of mana_api', () => {
    expect(inventory.description.length).toBeGreaterThan(100);
    expect(ops).toHaveLength(177);
    expect(ops004).toHaveLength(171);
    expect(opsMana).toHaveLength(6);
  });

  it('has 156 distinct method+path for 004 and 6 for mana_api', () => {
    expect(new Set(ops004.map(key)).size).toBe(156);
    expect(new Set(opsMana.map(key)).size).toBe(6);
  });

  it('merges exactly the documented re-documentations', () => {
    const counts = new Map<string, number>();
    for (const o of ops004) counts.set(key(o), (counts.get(key(o)) ?? 0) + 1);
    const repeated = Object.fromEntries([...counts].filter(([, n]) => n > 1));
    expect(repeated).toEqual({
      'POST /os/compute/v1/v2/{tenant_id}/servers/{server_id}/action': 9,
      'POST /os/compute/v1/v2/{tenant_id}/servers': 4,
      'GET /os/kinton/v1/keystone/all-limits': 3,
      'PUT /os/kinton/v1/keystone/{tenant_id}/os-quota-sets/{project_id}': 3,
    });
  });

  it('has well-formed entries', () => {
    for (const o of ops) {
      const where = `${o.doc}:L${o.line}`;
      for (const k of Object.keys(o)) expect(KEYS, `${where} key ${k}`).toContain(k);
      expect(Object.keys(seedFiles), where).toContain(o.doc);
      expect(Number.isInteger(o.line) && o.line > 0, where).toBe(true);
      expect(Number.isInteger(o.item) && o.item > 0, where).toBe(true);
      expect(METHODS, where).toContain(o.method);
      expect(o.title, where).toMatch(/[\u4e00-\u9fff]/);
      expect(o.summary, where).toMatch(/^[A-Z]/);
      expect(o.summary, where).not.toMatch(/[\u4e00-\u9fff]/);
      if (o.group !== undefined) expect(o.group, where).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('is in document order with no duplicate (doc, line)', () => {
    const seen = new Set<string>();
    let prev: Entry | undefined;
    for (const o of ops) {
      const k = `${o.doc}:${o.line}`;
      expect(seen.has(k), k).toBe(false);
      seen.add(k);
      if (prev) {
        const d = DOC_ORDER.indexOf(o.doc) - DOC_ORDER.indexOf(prev.doc);
        expect(d >= 0, k).toBe(true);
        if (d === 0) expect(o.line, k).toBeGreaterThan(prev.line);
      }
      prev = o;
    }
  });

  it('uses canonical {param}-style paths', () => {
    for (const o of ops) {
      const where = `${o.doc}:L${o.line} ${o.path}`;
      expect(o.path, where).toMatch(o.doc === '004' ? /^\/os\// : /^\/mana_api\//);
      expect(o.path, where).not.toMatch(/:[A-Za-z_]/);
      expect(o.path, where).not.toMatch(/[<>?\s]/);
      expect(o.path, where).not.toMatch(/\/\/|\/$/);
      expect(o.path, where).not.toMatch(/[0-9a-f]{6,}-[0-9a-f]{4}-/); // no literal uuid (I-2)
      for (const seg of o.path.split('/').slice(1)) {
        if (seg.includes('{') || seg.includes('}'))
          expect(seg, where).toMatch(/^\{[A-Za-z_]\w*\}$/);
      }
      expect(o.path, where).not.toMatch(/\/keystone\/tenant_id\//); // I-3
    }
  });

  it('never has two path templates that differ only in parameter names (I-10)', () => {
    const byShape = new Map<string, Set<string>>();
    for (const o of ops) {
      const shape = o.path.replace(/\{[^}]+\}/g, '{}');
      byShape.set(shape, (byShape.get(shape) ?? new Set()).add(o.path));
    }
    for (const [shape, paths] of byShape) expect([...paths], shape).toHaveLength(1);
  });

  it('keeps docPath only where it differs, and only for the readings of api-notes', () => {
    for (const o of ops) {
      const where = `${o.doc}:L${o.line}`;
      if (o.docPath === undefined) continue;
      expect(o.docPath, where).not.toBe(o.path);
      const renamed = RENAMED[`${o.doc}:${o.line}`];
      if (renamed) {
        expect(o.path, where).toBe(renamed);
        continue;
      }
      const expected = o.docPath
        .replace(/\?.*$/, '')
        .replace(/:(\w+)/g, '{$1}')
        .replace(/<(\w+)>/g, '{$1}')
        .replace(/\/$/, '');
      // I-1: a missing gateway prefix may be added; nothing else may change.
      expect(
        ['', '/os/compute/v1', '/os/kinton/v1'].map((p) => p + expected),
        where,
      ).toContain(o.path);
    }
  });

  it('points every line at the URI-table row that documents the path and method', () => {
    for (const o of ops) {
      const doc = o.docPath ?? o.path;
      const where = `${o.doc}:L${o.line} ${o.method} ${doc}`;
      let cells: Cell[] = [];
      let found: Cell | undefined;
      for (let l = o.line; l <= o.line + 3 && !found; l++) {
        cells = rowCells(o.doc, l);
        found = cells.find((c) => c.line >= o.line && norm(c.text) === norm(doc));
      }
      expect(found, where).toBeDefined();
      expect(
        cells.map((c) => c.text.toUpperCase()),
        where,
      ).toContain(o.method);
    }
  });

  it('takes each title from the heading of its block', () => {
    for (const o of ops) {
      const lines = seed(o.doc);
      const where = `${o.doc}:L${o.line} ${o.title}`;
      if (o.doc === '004') {
        const above = lines.slice(Math.max(0, o.line - 12), o.line - 1).map((l) => l.trim());
        const heading = above.some((l) => {
          const m = /^(\d+)\s*[）)、.]\s*(.*)$/.exec(l);
          return m !== null && Number(m[1]) === o.item && m[2] === o.title;
        });
        expect(heading, where).toBe(true);
      } else {
        expect(
          lines.some((l) => l.split('|').some((c) => c.trim() === o.title)),
          where,
        ).toBe(true);
      }
    }
  });

  it('takes each section from the 004 outline and assigns its area', () => {
    const lines = seed('004');
    for (const o of ops) {
      const where = `${o.doc}:L${o.line}`;
      if (o.doc === '004') {
        let section = '';
        for (let i = o.line - 1; i >= 0 && !section; i--) {
          section = /^(1\.\d+)\s/.exec(lines[i] ?? '')?.[1] ?? '';
        }
        expect(o.section, where).toBe(section);
      } else {
        expect(o.section, where).toBe(o.doc);
      }
      const area = AREAS[o.section];
      expect(area, where).toBeDefined();
      expect(o.area, where).toBe(area?.(o.item));
    }
    // Every area slug is in use.
    const used = new Set(ops.map((o) => o.area));
    const all = new Set(Object.entries(AREAS).flatMap(([, f]) => [f(1), f(4), f(7)]));
    expect([...all].filter((a) => !used.has(a))).toEqual([]);
  });
});
