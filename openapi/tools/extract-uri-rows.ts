// Extracts every documented endpoint block (its URI-table row) from the source documents and
// derives the mechanical fields of openapi/inventory.json from them.
//
//   node openapi/tools/extract-uri-rows.ts            print the extracted rows as JSON
//   node openapi/tools/extract-uri-rows.ts --check    compare openapi/inventory.json with the seeds
//   node openapi/tools/extract-uri-rows.ts --write    rewrite openapi/inventory.json
//
// `summary` (short English) is hand-written: --write keeps it from the existing inventory, keyed
// by (doc, line). Everything else (line, section, item, title, method, path, docPath, area,
// group) is derived here from the seed text and the readings in ../shared/api-notes.md.
//
// Seeds are read from $CLOUDOS_SEEDS_DIR, else from <repo>/../shared/seeds.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export type Doc = '000' | '001' | '002' | '003' | '004';

export interface UriRow {
  doc: Doc;
  /** 1-based line of the seed file holding the URI-table row (its path cell). */
  line: number;
  section: string;
  item: number;
  title: string;
  method: string;
  /** The path exactly as the doc writes it (split cells joined). */
  docPath: string;
}

export interface InventoryEntry {
  doc: Doc;
  line: number;
  section: string;
  item: number;
  title: string;
  summary: string;
  method: string;
  path: string;
  docPath?: string;
  area: string;
  group?: string;
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const seedsDir = process.env.CLOUDOS_SEEDS_DIR ?? join(repoRoot, '..', 'shared', 'seeds');
const inventoryFile = join(repoRoot, 'openapi', 'inventory.json');

export const seedFiles: Record<Doc, string> = {
  '000': '000_8b072c595c1cd165.txt',
  '001': '001_a415cff6bb32f090.txt',
  '002': '002_9ae4a6f7b42fc6e6.txt',
  '003': '003_619441bc4cd47e94.txt',
  '004': '004_e32096ef68c5fa9e.txt',
};

export function readSeed(doc: Doc): string[] {
  return readFileSync(join(seedsDir, seedFiles[doc]), 'utf8').split('\n');
}

// ---------------------------------------------------------------------------------------------
// 004: Word export. Table cells start with a TAB; a line without the TAB continues the previous
// cell; a blank line ends a table row. Each endpoint block starts with the header row
// `URI|URL 支持格式 HTTP请求方式 说明`, followed by one row `path JSON method description`.

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const HEADING = /^\s*(\d+)\s*[）)、.]\s*(.*?)\s*$/;
const SECTION = /^(1\.\d+)\s/;

/** Reads the table row that starts at or after `from`; returns its cells and the first line of each. */
function readRow(lines: string[], from: number): { cells: string[]; at: number[]; next: number } {
  let i = from;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  const cells: string[] = [];
  const at: number[] = [];
  for (; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (l.trim() === '') break;
    if (l.startsWith('\t')) {
      cells.push(l.slice(1).trim());
      at.push(i);
    } else if (cells.length > 0) {
      cells[cells.length - 1] += l.trim();
    } else {
      break;
    }
  }
  return { cells, at, next: i };
}

export function extract004(lines: string[]): UriRow[] {
  const rows: UriRow[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    const sec = SECTION.exec(l);
    if (sec?.[1]) section = sec[1];
    if (!/^\t(URI|URL)\s*$/.test(l) || !/^\t支持格式/.test(lines[i + 1] ?? '')) continue;
    // Header row ends at the first blank line; the data row follows. One row (L9809) has its
    // path cell separated from the other cells by a blank line: keep reading until the method.
    const header = readRow(lines, i);
    let row = readRow(lines, header.next);
    const cells = [...row.cells];
    const at = [...row.at];
    while (!cells.some((c) => METHODS.includes(c.toUpperCase())) && row.cells.length > 0) {
      row = readRow(lines, row.next);
      cells.push(...row.cells);
      at.push(...row.at);
    }
    const method = cells.find((c) => METHODS.includes(c.toUpperCase()));
    if (!method || at[0] === undefined) throw new Error(`004:L${i + 1}: no method in URI row`);
    // Heading: nearest numbered line above the header with some text ("6) " residue is skipped).
    let item = 0;
    let title = '';
    for (let k = i - 1; k > i - 12 && k >= 0; k--) {
      const h = HEADING.exec(lines[k] ?? '');
      if (h?.[1] && h[2]) {
        item = Number(h[1]);
        title = h[2];
        break;
      }
    }
    if (!item) throw new Error(`004:L${i + 1}: no heading above the URI table`);
    rows.push({
      doc: '004',
      line: at[0] + 1,
      section,
      item,
      title,
      method: method.toUpperCase(),
      docPath: cells[0] ?? '',
    });
    i = row.next;
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// mana_api docs (reStructuredText grid tables). The second table `HTTP方法 | URI路径 | 描述` holds
// the rows cited by api-notes; the first table `资源 | 操作 | HTTP方法 | URI路径` gives the titles
// (its 操作 column; 003's HTTP-table description "获取物理机列表" is a copy error, I-20).

function gridCells(line: string): string[] {
  return line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());
}

export function extractMana(doc: Exclude<Doc, '004'>, lines: string[]): UriRow[] {
  const ops: string[] = [];
  const rows: UriRow[] = [];
  lines.forEach((l, idx) => {
    if (!l.startsWith('|')) return;
    const c = gridCells(l);
    if (c.length === 4 && METHODS.includes(c[2] ?? '')) ops.push(c[1] ?? '');
    if (c.length === 3 && METHODS.includes(c[0] ?? '')) {
      rows.push({
        doc,
        line: idx + 1,
        section: doc,
        item: rows.length + 1,
        title: '',
        method: c[0] ?? '',
        docPath: c[1] ?? '',
      });
    }
  });
  if (ops.length !== rows.length) throw new Error(`${doc}: resource and HTTP tables disagree`);
  rows.forEach((r, n) => (r.title = ops[n] ?? ''));
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Canonical paths (api-notes PART 2).

export function canonicalPath(docPath: string): string {
  let p = docPath.trim();
  p = p.replace(/\?.*$/, ''); // I-5: `?all=yes` becomes a query parameter
  p = p.replace(/:([A-Za-z_]\w*)/g, '{$1}'); // I-5: `:param`
  p = p.replace(/<([A-Za-z_]\w*)>/g, '{$1}'); // I-5 / I-19: `<param>`
  if (p.startsWith('/cloudos/virtual/snapshot')) p = '/os/compute/v1' + p; // I-1 (§1.10)
  if (p.startsWith('/v1/nodes/')) p = '/os/kinton/v1' + p; // I-1 (L14003)
  if (p.startsWith('/v1/resource/')) p = '/os/compute/v1' + p; // I-1 (L9647)
  p = p.replace(/(\/virtual\/snapshot\/strategy\/)[0-9a-f-]{20,}$/, '$1{res_uuid}'); // I-2
  // I-3 / I-10 / I-28: one path item for the three os-quota-sets PUTs
  p = p.replace(
    /\/keystone\/[^/]+\/os-quota-sets\/[^/]+$/,
    '/keystone/{tenant_id}/os-quota-sets/{project_id}',
  );
  if (p.length > 1) p = p.replace(/\/+$/, ''); // I-11: `/norms/` → `/norms`
  return p;
}

// ---------------------------------------------------------------------------------------------
// Areas and groups.

const SECTION_AREA: Record<string, string> = {
  '1.3': 'images',
  '1.4': 'keypairs',
  '1.5': 'image-types',
  '1.7': 'availability-zones',
  '1.8': 'snapshots',
  '1.9': 'servers',
  '1.10': 'vm-snapshots',
  '1.11': 'server-templates',
  '1.12': 'bare-metal',
  '1.13': 'resource-pools',
  '1.14': 'aggregates',
  '1.15': 'compute-nodes',
  '1.16': 'flavors',
  '1.17': 'drx',
  '000': 'mana-pm-refund',
  '001': 'mana-pm-orders',
  '002': 'mana-vm-power',
  '003': 'mana-vm-list',
};

export function areaOf(section: string, item: number): string {
  if (section === '1.6') return item <= 6 ? 'resource-specs' : 'quota-templates';
  if (section === '1.18') return [4, 7, 8, 9].includes(item) ? 'identity' : 'quotas';
  const a = SECTION_AREA[section];
  if (!a) throw new Error(`no area for section ${section}`);
  return a;
}

const GROUPS: Record<string, Record<number, string>> = {
  '1.9': {
    7: 'volumes',
    8: 'volumes',
    9: 'volumes',
    10: 'interfaces',
    11: 'interfaces',
    12: 'interfaces',
    14: 'hypervisors',
    15: 'server-groups',
    16: 'server-groups',
    17: 'server-groups',
    18: 'actions',
    19: 'actions',
    20: 'actions',
    21: 'actions',
    22: 'actions',
    23: 'actions',
    24: 'console',
    25: 'actions',
    26: 'metrics',
    27: 'metrics',
    28: 'volumes',
    29: 'metrics',
    30: 'metrics',
    31: 'metrics',
    33: 'lease',
  },
  '1.10': { 13: 'quotas', 14: 'quotas' },
  '1.12': { 17: 'servers', 18: 'servers', 19: 'metrics', 20: 'metrics' },
};

export function groupOf(section: string, item: number): string | undefined {
  return GROUPS[section]?.[item];
}

// ---------------------------------------------------------------------------------------------

export function extractAll(): UriRow[] {
  const mana = (['000', '001', '002', '003'] as const).flatMap((d) => extractMana(d, readSeed(d)));
  return [...extract004(readSeed('004')), ...mana];
}

export function toEntry(r: UriRow, summary: string): InventoryEntry {
  const path = canonicalPath(r.docPath);
  const group = groupOf(r.section, r.item);
  return {
    doc: r.doc,
    line: r.line,
    section: r.section,
    item: r.item,
    title: r.title,
    summary,
    method: r.method,
    path,
    ...(path !== r.docPath ? { docPath: r.docPath } : {}),
    area: areaOf(r.section, r.item),
    ...(group ? { group } : {}),
  };
}

interface InventoryFile {
  description: string;
  operations: InventoryEntry[];
}

function main(): void {
  const mode = process.argv[2];
  if (!existsSync(seedsDir))
    throw new Error(`seeds not found at ${seedsDir} (set CLOUDOS_SEEDS_DIR)`);
  const rows = extractAll();
  if (mode !== '--check' && mode !== '--write') {
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    return;
  }
  const current: InventoryFile = existsSync(inventoryFile)
    ? (JSON.parse(readFileSync(inventoryFile, 'utf8')) as InventoryFile)
    : { description: '', operations: [] };
  const summaries = new Map(current.operations.map((o) => [`${o.doc}:${o.line}`, o.summary]));
  const derived = rows.map((r) => toEntry(r, summaries.get(`${r.doc}:${r.line}`) ?? ''));
  if (mode === '--write') {
    const out: InventoryFile = { description: current.description, operations: derived };
    writeFileSync(inventoryFile, JSON.stringify(out, null, 2) + '\n');
    console.log(`wrote ${derived.length} operations to ${inventoryFile}`);
    return;
  }
  const a = JSON.stringify(current.operations, null, 1).split('\n');
  const b = JSON.stringify(derived, null, 1).split('\n');
  const diffs = a.flatMap((l, n) =>
    l === b[n] ? [] : [`  inventory: ${l.trim()}\n  derived:   ${(b[n] ?? '').trim()}`],
  );
  if (a.length !== b.length || diffs.length > 0) {
    console.error(
      `inventory.json differs from the seeds (${current.operations.length} vs ${derived.length} entries)`,
    );
    console.error(diffs.slice(0, 20).join('\n'));
    process.exit(1);
  }
  console.log(`inventory.json matches the seeds (${derived.length} operations)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
