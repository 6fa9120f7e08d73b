// The node list's URL state mapped onto ironic's query: filters by state, maintenance, instance
// and driver; sorting on the fields ironic sorts by; limit/marker paging.
import type { BmNodeListParams } from '@/api/resources/bare-metal';
import { BM_DRIVERS } from '@/api/enums';
import { defineTableOptions, type TableUrlState } from '@/hooks/url-table-state';
import { PROVISION_STATES } from './node';

const SORT_KEYS = ['name', 'provision_state', 'power_state', 'driver', 'resource_class'] as const;
type SortKey = (typeof SORT_KEYS)[number];

export const NODES_TABLE = defineTableOptions({
  filters: {
    state: { options: PROVISION_STATES },
    maintenance: { options: ['true', 'false'] },
    associated: { options: ['true', 'false'] },
    driver: { options: BM_DRIVERS },
  },
  defaultPageSize: 50,
  defaultSort: null,
  sortFields: SORT_KEYS,
});

type NodesUrlState = Pick<
  TableUrlState<typeof NODES_TABLE.filters>,
  'pageSize' | 'cursor' | 'sort' | 'filters'
>;

const isSortKey = (f: string): f is SortKey => SORT_KEYS.some((k) => k === f);
const bool = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');

export function toNodeListParams(state: NodesUrlState): BmNodeListParams {
  const f = state.filters;
  const field = state.sort?.field;
  const sort =
    state.sort && field !== undefined && isSortKey(field)
      ? { field, order: state.sort.order }
      : null;
  return {
    limit: state.pageSize,
    marker: state.cursor,
    sort_key: sort?.field,
    sort_dir: sort ? (sort.order === 'ascend' ? 'asc' : 'desc') : undefined,
    provision_state: f.state,
    maintenance: bool(f.maintenance),
    associated: bool(f.associated),
    driver: f.driver,
  };
}
