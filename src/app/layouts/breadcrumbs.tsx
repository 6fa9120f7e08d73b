import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { findRoute, routeTrail, type AppRoute } from '../routes/route-model';

/** Menu group › parent pages (links) › current page, all from the route table. */
export function Breadcrumbs({ routes }: { routes: readonly AppRoute[] }) {
  const { t } = useTranslation('shell');
  const { pathname } = useLocation();
  const route = findRoute(routes, pathname);
  if (!route) return null;
  const trail = routeTrail(routes, route);
  const group = route.group ? t(`groups.${route.group}`) : null;
  // "Images › Images" says nothing: a group crumb named like the first page is dropped.
  const showGroup = group !== null && group !== t(trail[0]?.titleKey ?? route.titleKey);
  const items = [
    ...(showGroup ? [{ key: 'group', title: group }] : []),
    ...trail.map((r) =>
      r === route
        ? { key: r.path, title: t(r.titleKey) }
        : { key: r.path, title: <Link to={r.path}>{t(r.titleKey)}</Link> },
    ),
  ];
  // A top-level page's only crumb would repeat its heading.
  if (items.length < 2) return null;
  return (
    <Breadcrumb aria-label={t('layout.breadcrumb')} items={items} style={{ marginBottom: 16 }} />
  );
}
