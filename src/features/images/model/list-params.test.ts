import { describe, expect, it } from 'vitest';
import { imageNextCursor } from '@/api/resources/images';
import { toListParams, type ImagesUrlState } from './list-params';

const state = (over: Partial<ImagesUrlState> = {}): ImagesUrlState => ({
  pageSize: 20,
  cursor: undefined,
  search: '',
  sort: null,
  filters: {
    status: undefined,
    visibility: undefined,
    virt_type: undefined,
    disk_format: undefined,
    kind: undefined,
    owner: undefined,
  },
  ...over,
});
const tenant = { isAdmin: false, projectId: 'p1' };
const admin = { isAdmin: true, projectId: 'p-admin' };

describe('toListParams', () => {
  it('pages with a string limit and a marker, newest first by default', () => {
    expect(toListParams(state({ cursor: 'i-20', search: 'cent' }), tenant)).toMatchObject({
      limit: '20',
      marker: 'i-20',
      name: 'cent',
      sort_key: 'created_at',
      sort_dir: 'desc',
    });
  });

  it("sends `kind` as glance's image_type and sorts by a known field only", () => {
    const withKind = state({ filters: { ...state().filters, kind: 'snapshot' } });
    expect(toListParams(withKind, tenant).image_type).toBe('snapshot');
    expect(toListParams(state({ sort: { field: 'name', order: 'ascend' } }), tenant)).toMatchObject(
      { sort_key: 'name', sort_dir: 'asc' },
    );
    expect(
      toListParams(state({ sort: { field: 'bogus', order: 'ascend' } }), tenant).sort_key,
    ).toBe('created_at');
  });

  it('filters by owner for an administrator only', () => {
    const owned = state({ filters: { ...state().filters, owner: 'p9' } });
    expect(toListParams(owned, admin).owner).toBe('p9');
    expect(toListParams(owned, tenant).owner).toBeUndefined();
  });
});

describe('imageNextCursor', () => {
  it('is the last image when glance gives a next link, none otherwise', () => {
    const images = [{ id: 'a' }, { id: 'b' }];
    expect(imageNextCursor({ images, next: '/v2/images?marker=b' })).toBe('b');
    expect(imageNextCursor({ images })).toBeUndefined();
    expect(imageNextCursor(undefined)).toBeUndefined();
  });
});
