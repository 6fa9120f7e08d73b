// The images list's URL state mapped onto glance's query: `kind` is glance's `image_type`, the
// owner filter counts only for an administrator, and the sort goes as sort_key/sort_dir.
import type { ImageListParams } from '@/api/resources/images';
import { VIRT_TYPES } from '@/api/enums';
import { defineTableOptions, type TableUrlState } from '@/hooks/url-table-state';
import { DISK_FORMATS, IMAGE_STATUSES, VISIBILITIES, type Viewer } from './types';

const SORT_KEYS = [
  'name',
  'created_at',
  'size',
  'status',
  'disk_format',
  'virt_type',
  'visibility',
] as const;
type SortKey = (typeof SORT_KEYS)[number];
const isSortKey = (v: string): v is SortKey => SORT_KEYS.some((k) => k === v);

export const IMAGES_TABLE = defineTableOptions({
  filters: {
    status: { options: IMAGE_STATUSES },
    visibility: { options: VISIBILITIES },
    virt_type: { options: VIRT_TYPES },
    disk_format: { options: DISK_FORMATS },
    kind: { options: ['image', 'snapshot'] },
    owner: {},
  },
  defaultPageSize: 20,
  defaultSort: { field: 'created_at', order: 'descend' },
  sortFields: SORT_KEYS,
});

export type ImagesUrlState = Pick<
  TableUrlState<typeof IMAGES_TABLE.filters>,
  'pageSize' | 'cursor' | 'search' | 'filters' | 'sort'
>;

export function toListParams(state: ImagesUrlState, viewer: Viewer): ImageListParams {
  const f = state.filters;
  const sortField = state.sort && isSortKey(state.sort.field) ? state.sort.field : 'created_at';
  return {
    limit: String(state.pageSize),
    marker: state.cursor,
    name: state.search || undefined,
    status: f.status,
    visibility: f.visibility,
    virt_type: f.virt_type,
    disk_format: f.disk_format,
    image_type: f.kind,
    owner: viewer.isAdmin ? f.owner : undefined,
    sort_key: sortField,
    sort_dir: state.sort?.order === 'ascend' ? 'asc' : 'desc',
  };
}
