import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  applyTableChange,
  defineTableOptions,
  isFiltered,
  parseTableState,
  writeTableState,
} from './url-table-state';

const options = defineTableOptions({
  filters: {
    status: { multiple: true, options: ['active', 'queued', 'killed'] },
    visibility: { options: ['public', 'private'] },
    owner: {},
  },
  defaultSort: { field: 'name', order: 'ascend' },
  sortFields: ['name', 'size', 'created_at'],
});

const parse = (qs: string) => parseTableState(new URLSearchParams(qs), options);

describe('parseTableState', () => {
  it('gives the defaults for an empty URL', () => {
    expect(parse('')).toEqual({
      page: 1,
      pageSize: 20,
      sort: { field: 'name', order: 'ascend' },
      search: '',
      cursor: undefined,
      filters: { status: [], visibility: undefined, owner: undefined },
    });
  });

  it('reads every part and types filter values from the spec', () => {
    const s = parse('page=3&size=50&sort=-size&q=%20web%20&status=active&status=killed&owner=p1');
    expect(s).toMatchObject({ page: 3, pageSize: 50, search: 'web' });
    expect(s.sort).toEqual({ field: 'size', order: 'descend' });
    expect(s.filters).toEqual({ status: ['active', 'killed'], visibility: undefined, owner: 'p1' });
    expectTypeOf(s.filters.status).toEqualTypeOf<('active' | 'queued' | 'killed')[]>();
    expectTypeOf(s.filters.visibility).toEqualTypeOf<'public' | 'private' | undefined>();
    expectTypeOf(s.filters.owner).toEqualTypeOf<string | undefined>();
  });

  it('drops what the spec does not allow instead of trusting the URL', () => {
    const s = parse('page=-2&size=33&sort=password&status=hacked&status=active&visibility=x');
    expect(s.page).toBe(1);
    expect(s.pageSize).toBe(20);
    expect(s.sort).toEqual({ field: 'name', order: 'ascend' });
    expect(s.filters.status).toEqual(['active']);
    expect(s.filters.visibility).toBeUndefined();
  });

  it('treats an empty sort param as "unsorted" even with a default sort', () => {
    expect(parse('sort=').sort).toBeNull();
  });

  it('reads params under a prefix, leaving other tables alone', () => {
    const o = defineTableOptions({ filters: { status: {} }, prefix: 'vol.' });
    const s = parseTableState(new URLSearchParams('page=4&vol.page=2&vol.status=ok'), o);
    expect(s.page).toBe(2);
    expect(s.filters.status).toBe('ok');
  });

  it('rejects filter names that clash with the table params', () => {
    expect(() => defineTableOptions({ filters: { page: {} } })).toThrow(/reserved/);
  });
});

describe('writeTableState', () => {
  it('omits defaults and keeps unrelated params', () => {
    const state = parse('');
    const out = writeTableState(new URLSearchParams('tab=events&quicklook=abc'), state, options);
    expect(out.toString()).toBe('tab=events&quicklook=abc');
  });

  it('round-trips a non-default view', () => {
    const qs =
      'page=2&size=100&sort=-created_at&q=db&status=active&status=queued&visibility=public';
    const state = parse(qs);
    const written = writeTableState(new URLSearchParams(), state, options);
    expect(parse(written.toString())).toEqual(state);
    expect(written.get('page')).toBe('2');
    expect(written.getAll('status')).toEqual(['active', 'queued']);
  });
});

describe('applyTableChange', () => {
  const from = (qs: string) => new URLSearchParams(qs);

  it('changing a filter resets the page to 1 and the cursor', () => {
    const next = applyTableChange(
      from('page=4&cursor=m1&tab=x'),
      { type: 'filter', name: 'status', value: ['queued'] },
      options,
    );
    expect(next.get('page')).toBeNull();
    expect(next.get('cursor')).toBeNull();
    expect(next.getAll('status')).toEqual(['queued']);
    expect(next.get('tab')).toBe('x');
  });

  it('search, sort and page size also reset the page; paging keeps the filters', () => {
    for (const change of [
      { type: 'search', search: 'web' },
      { type: 'sort', sort: { field: 'size', order: 'descend' } },
      { type: 'pageSize', pageSize: 50 },
    ] as const) {
      expect(applyTableChange(from('page=3'), change, options).get('page')).toBeNull();
    }
    const paged = applyTableChange(from('status=active'), { type: 'page', page: 2 }, options);
    expect(paged.toString()).toBe('page=2&status=active');
  });

  it('clearing a single filter removes it; clearFilters also clears the search', () => {
    const cleared = applyTableChange(
      from('visibility=public'),
      { type: 'filter', name: 'visibility', value: undefined },
      options,
    );
    expect(cleared.has('visibility')).toBe(false);
    const all = applyTableChange(
      from('q=a&status=active&owner=p&size=50'),
      { type: 'clearFilters' },
      options,
    );
    expect(all.toString()).toBe('size=50');
  });

  it('sorting back to the default removes the param', () => {
    const next = applyTableChange(
      from('sort=-size'),
      { type: 'sort', sort: { field: 'name', order: 'ascend' } },
      options,
    );
    expect(next.has('sort')).toBe(false);
  });
});

describe('isFiltered', () => {
  it('is true for a search or any filter value', () => {
    expect(isFiltered(parse(''))).toBe(false);
    expect(isFiltered(parse('q=a'))).toBe(true);
    expect(isFiltered(parse('status=active'))).toBe(true);
    expect(isFiltered(parse('page=2&sort=-size'))).toBe(false);
  });
});
