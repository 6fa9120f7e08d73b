// THE route table: one entry per page. The router (to-route-objects.tsx), the side menu, the
// breadcrumbs, document titles and the role checks are all derived from it.
//
// To add a page:
//   1. Write the page as a lazy module in its feature, e.g. src/features/images/routes/images-page.tsx,
//      exporting `Component` (and optionally `loader(args, queryClient)` to prefetch).
//   2. Fill in its entry below (or add one):
//        { path: '/images', titleKey: 'nav.images', group: 'images',
//          role: 'any', ns: ['images'], lazy: () => import('@/features/images/routes/images-page') },
//      `titleKey` is in the shell namespace; every path of the information architecture is
//      already listed below with one: give its entry ns and lazy to make it a page, and its menu icon in
//      src/app/layouts/route-icons.ts (kept out of the login page's first load).
//      `role: 'admin'` hides the entry from tenants and shows them a 403 page on a direct URL.
//      Parameterised paths ('/images/:id') stay out of the menu and appear in breadcrumbs under
//      the route whose path prefixes theirs.
//   3. A new namespace `images` needs locales/{zh-CN,en-US}/images.json and one line in
//      src/i18n/i18next.d.ts (a test reminds you).
import type { AppRoute, MenuGroup, NavTitleKey, Role } from './route-model';

/** A path of the information architecture that has no page yet (later issues fill them in). */
type PlannedRoute = { path: string; titleKey: NavTitleKey; group: MenuGroup | null; role: Role };

/**
 * The console's whole information architecture, in menu order: the pages that exist (with their
 * module) and the paths later issues fill in. Roles of planned paths are the intended ones and
 * may be refined when a page is built.
 */
const ROUTES: readonly (AppRoute | PlannedRoute)[] = [
  {
    path: '/overview',
    titleKey: 'nav.overview',
    group: null,
    role: 'any',
    ns: ['overview'],
    lazy: () => import('@/features/overview/routes/overview-page'),
  },
  {
    path: '/servers',
    titleKey: 'nav.servers',
    group: 'compute',
    role: 'any',
    ns: ['servers', 'bare-metal'],
    lazy: () => import('./servers-with-bare-metal'),
    prefetch: () => import('@/features/servers/routes/servers-prefetch'),
  },
  {
    path: '/servers/:id',
    titleKey: 'nav.serverDetail',
    group: 'compute',
    role: 'any',
    ns: ['servers'],
    lazy: () => import('@/features/servers/routes/server-detail-page'),
  },
  {
    path: '/keypairs',
    titleKey: 'nav.keypairs',
    group: 'compute',
    role: 'any',
    ns: ['keypairs'],
    lazy: () => import('@/features/keypairs/routes/keypairs-page'),
  },
  {
    path: '/server-groups',
    titleKey: 'nav.serverGroups',
    group: 'compute',
    role: 'any',
    ns: ['server-groups'],
    lazy: () => import('@/features/server-groups/routes/server-groups-page'),
  },
  {
    path: '/snapshots',
    titleKey: 'nav.snapshots',
    group: 'compute',
    role: 'any',
    ns: ['servers'],
    lazy: () => import('@/features/snapshots/routes/snapshots-page'),
  },
  {
    path: '/snapshot-policies',
    titleKey: 'nav.snapshotPolicies',
    group: 'compute',
    role: 'any',
    ns: ['snapshot-policies'],
    lazy: () => import('@/features/snapshot-policies/routes/snapshot-policies-page'),
  },
  {
    path: '/server-templates',
    titleKey: 'nav.serverTemplates',
    group: 'compute',
    role: 'any',
    ns: ['server-templates'],
    lazy: () => import('@/features/server-templates/routes/server-templates-page'),
  },
  {
    path: '/images',
    titleKey: 'nav.images',
    group: 'images',
    role: 'any',
    ns: ['images'],
    lazy: () => import('@/features/images/routes/images-page'),
    prefetch: () => import('@/features/images/routes/images-prefetch'),
  },
  {
    path: '/images/:id',
    titleKey: 'nav.imageDetail',
    group: 'images',
    role: 'any',
    ns: ['images'],
    lazy: () => import('@/features/images/routes/image-detail-page'),
  },
  {
    path: '/image-types',
    titleKey: 'nav.imageTypes',
    group: 'images',
    role: 'admin',
    ns: ['image-types'],
    lazy: () => import('@/features/image-types/routes/image-types-page'),
  },
  {
    path: '/bare-metal/nodes',
    titleKey: 'nav.bareMetalNodes',
    group: 'bareMetal',
    role: 'admin',
    ns: ['bare-metal'],
    lazy: () => import('@/features/bare-metal/routes/nodes-page'),
    prefetch: () => import('@/features/bare-metal/routes/nodes-prefetch'),
  },
  {
    path: '/bare-metal/nodes/:id',
    titleKey: 'nav.bareMetalNodeDetail',
    group: 'bareMetal',
    role: 'admin',
    ns: ['bare-metal'],
    lazy: () => import('@/features/bare-metal/routes/node-detail-page'),
  },
  {
    path: '/resource-pools/cas',
    titleKey: 'nav.casPools',
    group: 'resourcePools',
    role: 'admin',
    ns: ['resource-pools'],
    lazy: () => import('@/features/resource-pools/routes/cas-page'),
  },
  {
    path: '/resource-pools/vmware',
    titleKey: 'nav.vmwarePools',
    group: 'resourcePools',
    role: 'admin',
    ns: ['resource-pools'],
    lazy: () => import('@/features/resource-pools/routes/vmware-page'),
  },
  {
    path: '/availability-zones',
    titleKey: 'nav.availabilityZones',
    group: 'infrastructure',
    role: 'admin',
    ns: ['availability-zones'],
    lazy: () => import('@/features/availability-zones/routes/availability-zones-page'),
  },
  {
    path: '/aggregates',
    titleKey: 'nav.aggregates',
    group: 'infrastructure',
    role: 'admin',
    ns: ['aggregates'],
    lazy: () => import('@/features/aggregates/routes/aggregates-page'),
  },
  {
    path: '/compute-nodes',
    titleKey: 'nav.computeNodes',
    group: 'infrastructure',
    role: 'admin',
    ns: ['compute-nodes'],
    lazy: () => import('@/features/compute-nodes/routes/compute-nodes-page'),
  },
  {
    path: '/hypervisors',
    titleKey: 'nav.hypervisors',
    group: 'infrastructure',
    role: 'admin',
    ns: ['hypervisors'],
    lazy: () => import('@/features/hypervisors/routes/hypervisors-page'),
  },
  {
    path: '/flavors',
    titleKey: 'nav.flavors',
    group: 'infrastructure',
    role: 'admin',
    ns: ['flavors'],
    lazy: () => import('@/features/flavors/routes/flavors-page'),
  },
  {
    path: '/resource-specs',
    titleKey: 'nav.resourceSpecs',
    group: 'infrastructure',
    role: 'admin',
    ns: ['resource-specs'],
    lazy: () => import('@/features/resource-specs/routes/resource-specs-page'),
  },
  {
    path: '/drx',
    titleKey: 'nav.drx',
    group: 'infrastructure',
    role: 'admin',
    ns: ['drx'],
    lazy: () => import('@/features/drx/routes/drx-page'),
  },
  {
    path: '/quotas',
    titleKey: 'nav.quotas',
    group: 'identity',
    role: 'any',
    ns: ['quotas'],
    lazy: () => import('@/features/quotas/routes/quotas-page'),
  },
  {
    path: '/quota-templates',
    titleKey: 'nav.quotaTemplates',
    group: 'identity',
    role: 'admin',
    ns: ['quotas'],
    lazy: () => import('@/features/quotas/routes/quota-templates-page'),
  },
  {
    path: '/organizations',
    titleKey: 'nav.organizations',
    group: 'identity',
    role: 'admin',
    ns: ['quotas'],
    lazy: () => import('@/features/quotas/routes/organizations-page'),
  },
  {
    path: '/users',
    titleKey: 'nav.users',
    group: 'identity',
    role: 'admin',
    ns: ['quotas'],
    lazy: () => import('@/features/quotas/routes/users-page'),
  },
  {
    path: '/physical-machines/orders',
    titleKey: 'nav.physicalOrders',
    group: 'physicalMachines',
    role: 'any',
    ns: ['physical-machines'],
    lazy: () => import('@/features/physical-machines/routes/orders-page'),
  },
  {
    path: '/physical-machines/refunds',
    titleKey: 'nav.physicalRefunds',
    group: 'physicalMachines',
    role: 'any',
    ns: ['physical-machines'],
    lazy: () => import('@/features/physical-machines/routes/refunds-page'),
  },
  // mana_api scopes VMs to the token's organization, so every signed-in user has a list.
  {
    path: '/managed-vms',
    titleKey: 'nav.managedVms',
    group: 'physicalMachines',
    role: 'any',
    ns: ['managed-vms'],
    lazy: () => import('@/features/managed-vms/routes/managed-vms-page'),
  },
];

/** The pages that exist: the router, the menu and the breadcrumbs are built from these. */
export const APP_ROUTES: AppRoute[] = ROUTES.filter((r): r is AppRoute => 'lazy' in r);

/** Every path of the information architecture, built or planned. */
export const INFORMATION_ARCHITECTURE: readonly PlannedRoute[] = ROUTES.map(
  ({ path, titleKey, group, role }) => ({ path, titleKey, group, role }),
);
