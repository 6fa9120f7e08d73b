// The servers list's URL state (filters, search, page) mapped onto nova's query: the URL keeps
// short, readable names; nova wants its own (`availability_zone`, `tenant_id`), a host regex and
// `all_tenants` for an administrator's whole-cloud view.
import type { ServerListParams } from '@/api/resources/servers';
import { defineTableOptions, type TableUrlState } from '@/hooks/url-table-state';
import { SERVER_STATUSES, type Viewer } from './types';

export const SERVERS_TABLE = defineTableOptions({
  filters: {
    status: { options: SERVER_STATUSES },
    flavor: {},
    image: {},
    zone: {},
    project: {},
    host: {},
  },
  defaultPageSize: 20,
  defaultSort: { field: 'created', order: 'descend' },
  sortFields: [],
});

export type ServersUrlState = Pick<
  TableUrlState<typeof SERVERS_TABLE.filters>,
  'pageSize' | 'cursor' | 'search' | 'filters'
>;

/** nova matches `host` as a regular expression: anchored, so "cn-1" does not match "cn-10". */
export const hostFilterValue = (host: string) => `^${host}$`;

export function toListParams(state: ServersUrlState, viewer: Viewer): ServerListParams {
  const f = state.filters;
  return {
    limit: state.pageSize,
    marker: state.cursor,
    name: state.search || undefined,
    status: f.status,
    flavor: f.flavor,
    image: f.image,
    availability_zone: f.zone,
    host: f.host,
    all_tenants: viewer.isAdmin ? 'true' : undefined,
    // Only an administrator lists other projects' servers; a tenant's filter would be ignored.
    tenant_id: viewer.isAdmin ? f.project : undefined,
  };
}
