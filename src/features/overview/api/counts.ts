// The overview's queries, each one an entry of the resource modules that the list pages read too
// (same key, same answer): opening the list a figure links to shows it from the cache, and
// anything that refreshes a list refreshes its figure.
import { queryOptions } from '@tanstack/react-query';
import { bareMetalQueries } from '@/api/resources/bare-metal';
import { hypervisorQueries } from '@/api/resources/hypervisors';
import { imageQueries, type ImageListParams } from '@/api/resources/images';
import { pmOrderQueries } from '@/api/resources/physical-machines';
import { projectQueries } from '@/api/resources/projects';
import { quotaQueries } from '@/api/resources/quotas';
import { serverQueries } from '@/api/resources/servers';
import { capacityOf, pendingCount, type ProvisionState, type ServerStatus } from '../model/figures';

export type ImageCountFilter = Pick<ImageListParams, 'status' | 'image_type'>;

/**
 * Servers counted per status from one page of the short list: nova gives no totals, and at
 * `--scale 40` a status holds thousands; past this many the figure reads "at least".
 */
export const SERVER_COUNT_CAP = 200;
/**
 * Nodes counted per state from one page of at most this many: ironic gives no totals and a node
 * is ~2.5 KB, so the list page's 50 would cost 1 MB at `--scale 40`. Exact at the default scale.
 */
export const NODE_COUNT_CAP = 20;
/** The servers list's first page (newest first): recent activity reads it. */
const LIST_PAGE = 20;

export const countQueries = {
  /** How many images match: one item is fetched, `total` counts across pages. */
  images: (scope: string, filter: ImageCountFilter = {}) =>
    queryOptions({
      ...imageQueries.list(scope, { ...filter, limit: '1' }),
      select: (page) => page.total ?? null,
    }),
  /** Disabled projects cannot be scoped to, so they do not count as accessible. */
  projects: () =>
    queryOptions({
      ...projectQueries.list(),
      select: (projects) => projects.filter((p) => p.enabled).length,
    }),
  /** Servers of one status: the caller's project's, or (an administrator) every project's. */
  servers: (scope: string, status: ServerStatus, everyProject: boolean) =>
    serverQueries.count(scope, {
      status,
      limit: SERVER_COUNT_CAP,
      all_tenants: everyProject ? 'true' : undefined,
    }),
  /** Nodes in one provision state (or in maintenance), from one small page of the node list. */
  nodes: (filter: { state?: ProvisionState; maintenance?: boolean }) =>
    queryOptions({
      ...bareMetalQueries.nodeList({
        limit: NODE_COUNT_CAP,
        provision_state: filter.state,
        maintenance: filter.maintenance,
      }),
      select: (page) => ({ count: page.nodes.length, more: page.next !== undefined }),
    }),
  capacity: (scope: string) =>
    queryOptions({ ...hypervisorQueries.list(scope), select: capacityOf }),
  /** Every organisation's limits and usage, as the quotas page reads them. */
  allQuotas: () => quotaQueries.list(),
  projectNames: () =>
    queryOptions({
      ...projectQueries.list(),
      select: (projects) => new Map(projects.map((p) => [p.id, p.name])),
    }),
  quota: (projectId: string) => quotaQueries.limits(projectId),
  /** Orders awaiting this organisation's decision (the orders page's default tab). */
  pendingOrders: (projectId: string) =>
    queryOptions({
      ...pmOrderQueries.list(projectId, '0'),
      select: (orders) => ({
        count: pendingCount(orders),
        newest: orders.filter((o) => o.state === 'pending').slice(0, 5),
      }),
    }),
  /** Orders this organisation started that are still open (the "initiated by me" tab). */
  openOrders: (projectId: string) =>
    queryOptions({
      ...pmOrderQueries.list(projectId, '3'),
      select: pendingCount,
    }),
  /** The servers page's first page (newest first), as `/servers` opens it. */
  recentServers: (scope: string) => serverQueries.list(scope, { limit: LIST_PAGE }),
  /** The images page's first page, as `/images` opens it. */
  recentImages: (scope: string) =>
    imageQueries.list(scope, {
      limit: String(LIST_PAGE),
      sort_key: 'created_at',
      sort_dir: 'desc',
    }),
};
