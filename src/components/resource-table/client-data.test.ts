import { describe, expect, it } from 'vitest';
import { defineTableOptions, parseTableState } from '@/hooks/url-table-state';
import {
  applyClientQuery,
  compareCells,
  filterRows,
  paginate,
  searchRows,
  sortRows,
} from './client-data';
import type { ResourceColumn } from './types';

type Image = { id: string; name: string; status: string; size: number | null; tags: string[] };

const rows: Image[] = [
  { id: '1', name: 'vm-10', status: 'active', size: 20, tags: ['gpu'] },
  { id: '2', name: 'vm-9', status: 'queued', size: null, tags: [] },
  { id: '3', name: 'Ubuntu 24.04', status: 'active', size: 3, tags: ['linux'] },
  { id: '4', name: '中文镜像', status: 'killed', size: 8, tags: ['linux', 'gpu'] },
  { id: '5', name: 'alpine', status: 'active', size: 3, tags: [] },
];

const columns: ResourceColumn<Image>[] = [
  { key: 'name', title: 'Name', value: (i) => i.name, sortable: true, searchable: true },
  { key: 'status', title: 'Status', value: (i) => i.status },
  { key: 'size', title: 'Size', value: (i) => i.size, sortable: true },
  { key: 'id', title: 'ID', value: (i) => i.id, searchable: true },
];

const ids = (list: readonly Image[]) => list.map((r) => r.id);

describe('compareCells', () => {
  it('orders numbers numerically and names naturally, empties last', () => {
    expect(compareCells(3, 20)).toBeLessThan(0);
    expect(compareCells('vm-9', 'vm-10')).toBeLessThan(0);
    expect(compareCells(null, 1)).toBeGreaterThan(0);
    expect(compareCells('', '')).toBe(0);
  });
});

describe('sortRows', () => {
  it('sorts by the column value in both directions, keeping empties last and ties stable', () => {
    expect(ids(sortRows(rows, columns, { field: 'size', order: 'ascend' }))).toEqual([
      '3',
      '5',
      '4',
      '1',
      '2',
    ]);
    expect(ids(sortRows(rows, columns, { field: 'size', order: 'descend' }))).toEqual([
      '1',
      '4',
      '3',
      '5',
      '2',
    ]);
  });

  it('uses natural order for names', () => {
    const sorted = sortRows(rows, columns, { field: 'name', order: 'ascend' }, 'en');
    expect(sorted.map((r) => r.name).slice(0, 4)).toEqual([
      'alpine',
      'Ubuntu 24.04',
      'vm-9',
      'vm-10',
    ]);
  });

  it('ignores a sort on a column that is not sortable or unknown', () => {
    expect(sortRows(rows, columns, { field: 'status', order: 'ascend' })).toBe(rows);
    expect(sortRows(rows, columns, { field: 'nope', order: 'ascend' })).toBe(rows);
  });

  it('prefers a column compare function', () => {
    const byTags: ResourceColumn<Image>[] = [
      {
        key: 'tags',
        title: 'Tags',
        sortable: true,
        compare: (a, b) => a.tags.length - b.tags.length,
      },
    ];
    expect(ids(sortRows(rows, byTags, { field: 'tags', order: 'descend' }))[0]).toBe('4');
  });
});

describe('filterRows', () => {
  const options = defineTableOptions({
    filters: { status: { multiple: true }, tag: {}, owner: {} },
  });
  const filters = (qs: string) => parseTableState(new URLSearchParams(qs), options).filters;

  it('matches a filter against the same-named column by default', () => {
    expect(ids(filterRows(rows, columns, filters('status=active&status=killed')))).toEqual([
      '1',
      '3',
      '4',
      '5',
    ]);
  });

  it('uses a custom predicate, and combines filters with AND', () => {
    const predicates = {
      tag: (i: Image, v: string | undefined) => v === undefined || i.tags.includes(v),
    };
    expect(ids(filterRows(rows, columns, filters('tag=gpu'), predicates))).toEqual(['1', '4']);
    expect(ids(filterRows(rows, columns, filters('tag=gpu&status=active'), predicates))).toEqual([
      '1',
    ]);
  });

  it('ignores a filter with no predicate and no column (server-side only)', () => {
    expect(filterRows(rows, columns, filters('owner=p1'))).toBe(rows);
  });
});

describe('searchRows', () => {
  it('searches searchable columns case-insensitively, including Chinese', () => {
    expect(ids(searchRows(rows, columns, 'UBUNTU'))).toEqual(['3']);
    expect(ids(searchRows(rows, columns, '中文'))).toEqual(['4']);
    expect(ids(searchRows(rows, columns, '5'))).toEqual(['5']);
    expect(searchRows(rows, columns, '  ')).toBe(rows);
  });

  it('does not search columns that are not searchable', () => {
    expect(searchRows(rows, columns, 'queued')).toEqual([]);
  });
});

describe('paginate', () => {
  it('slices a page and clamps a page past the end to the last page', () => {
    const list = Array.from({ length: 45 }, (_, i) => i);
    expect(paginate(list, 2, 20)).toEqual({ rows: list.slice(20, 40), page: 2, total: 45 });
    expect(paginate(list, 9, 20).page).toBe(3);
    expect(paginate([], 3, 20)).toEqual({ rows: [], page: 1, total: 0 });
  });
});

describe('applyClientQuery', () => {
  it('searches, filters, sorts then pages, and returns every matching row for export', () => {
    const options = defineTableOptions({ filters: { status: { multiple: true } } });
    const state = parseTableState(new URLSearchParams('status=active&sort=-size&size=10'), options);
    const result = applyClientQuery(rows, columns, { ...state, pageSize: 2 });
    expect(ids(result.rows)).toEqual(['1', '3']);
    expect(ids(result.matching)).toEqual(['1', '3', '5']);
    expect(result.total).toBe(3);
  });
});
