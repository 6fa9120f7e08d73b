// The side menu's and the palette's icon of each page. Kept out of the route table, which the
// login page's first load carries: every icon is an SVG definition (~0.3 KB gzip each), and the
// menu that shows them comes with the shell.
import type { ComponentType } from 'react';
import {
  ApartmentOutlined,
  AppstoreOutlined,
  CameraOutlined,
  CloudServerOutlined,
  ClusterOutlined,
  CopyOutlined,
  ControlOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  DesktopOutlined,
  ExpandOutlined,
  GlobalOutlined,
  GroupOutlined,
  HddOutlined,
  KeyOutlined,
  PictureOutlined,
  PieChartOutlined,
  ProfileOutlined,
  RollbackOutlined,
  ScheduleOutlined,
  SwapOutlined,
  TagsOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { AppRoute } from '../routes/route-model';

export const ROUTE_ICONS: Readonly<Record<string, ComponentType>> = {
  '/overview': DashboardOutlined,
  '/servers': CloudServerOutlined,
  '/keypairs': KeyOutlined,
  '/server-groups': ClusterOutlined,
  '/snapshots': CameraOutlined,
  '/snapshot-policies': ScheduleOutlined,
  '/server-templates': CopyOutlined,
  '/images': PictureOutlined,
  '/image-types': TagsOutlined,
  '/bare-metal/nodes': HddOutlined,
  '/resource-pools/cas': ClusterOutlined,
  '/resource-pools/vmware': CloudServerOutlined,
  '/availability-zones': GlobalOutlined,
  '/aggregates': GroupOutlined,
  '/compute-nodes': DatabaseOutlined,
  '/hypervisors': HddOutlined,
  '/flavors': AppstoreOutlined,
  '/resource-specs': ControlOutlined,
  '/drx': ExpandOutlined,
  '/quotas': PieChartOutlined,
  '/quota-templates': ProfileOutlined,
  '/organizations': ApartmentOutlined,
  '/users': UserOutlined,
  '/physical-machines/orders': SwapOutlined,
  '/physical-machines/refunds': RollbackOutlined,
  '/managed-vms': DesktopOutlined,
};

/** The route table with each page's icon, for the menu and the palette. */
export function withIcons(routes: readonly AppRoute[]): AppRoute[] {
  return routes.map((r) => {
    const icon = ROUTE_ICONS[r.path];
    return {
      ...r,
      ...(icon ? { icon } : {}),
      ...(r.children ? { children: withIcons(r.children) } : {}),
    };
  });
}
