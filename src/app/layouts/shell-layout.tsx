// The signed-in frame: side menu (from the route table, filtered by role), header (project,
// language, theme, account) and the page with its breadcrumbs.
import { memo, Suspense, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { CloudOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '@/i18n/language-switch';
import { isAdmin, type Session } from '@/api/session';
import './dayjs-locale';
import { useSession } from '@/hooks/use-session';
import { PageSpinner } from '../pages/page-spinner';
import { useAppRoutes } from '../routes/app-routes-context';
import type { AppRoute } from '../routes/route-model';
import { Breadcrumbs } from './breadcrumbs';
import { CommandPalette } from './command-palette';
import { ProjectSwitcher } from './project-switcher';
import { withIcons } from './route-icons';
import { PlatformBanner } from './platform-banner';
import { SessionExpiryNotice } from './session-expiry-notice';
import { ShellProviders } from './shell-providers';
import { SideMenu } from './side-menu';
import { TaskCentre } from '@/components/task-centre/task-centre';
import { ThemeSwitch } from './theme-switch';
import { UserMenu } from './user-menu';
import { useDocumentTitle, useSessionExpiry } from './use-shell-effects';

const MAIN_ID = 'main-content';

export function ShellLayout() {
  const { t } = useTranslation(['shell', 'common']);
  const tableRoutes = useAppRoutes();
  const routes = useMemo(() => withIcons(tableRoutes), [tableRoutes]);
  const session = useSession();
  const [collapsed, setCollapsed] = useState(false);
  useSessionExpiry(session);

  // Logging out: the session is gone and the navigation to /login is under way.
  if (!session) return <PageSpinner />;

  // The router renders this layout again on every navigation, a filter typed into the URL
  // included. The menu, the header and the notices are memoized components: they render again
  // only when what they show changes (the side menu, the breadcrumbs and the tab's title follow
  // the path themselves). Rendering them with every page was ~70 ms of CPU per navigation
  // between two lists on the 2-core machine (~20% of it).
  const admin = isAdmin(session);
  return (
    <ShellProviders>
      <DocumentTitle routes={routes} />
      <Layout style={{ minHeight: '100vh' }}>
        <a href={`#${MAIN_ID}`} className="skip-link">
          {t('layout.skipToContent')}
        </a>
        <ShellSider
          routes={routes}
          isAdmin={admin}
          collapsed={collapsed}
          onCollapsedChange={setCollapsed}
        />
        <Layout>
          <ShellHeader
            session={session}
            routes={routes}
            isAdmin={admin}
            collapsed={collapsed}
            onCollapsedChange={setCollapsed}
          />
          <Layout.Content id={MAIN_ID} tabIndex={-1} style={{ padding: 24, outline: 'none' }}>
            <ShellNotices session={session} routes={routes} />
            <Suspense fallback={<PageSpinner />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </ShellProviders>
  );
}

type ShellPartProps = {
  routes: readonly AppRoute[];
  isAdmin: boolean;
  collapsed: boolean;
  onCollapsedChange: Dispatch<SetStateAction<boolean>>;
};

const ShellSider = memo(function ShellSider({
  routes,
  isAdmin,
  collapsed,
  onCollapsedChange,
}: ShellPartProps) {
  const { t } = useTranslation(['shell', 'common']);
  const { token } = theme.useToken();
  return (
    <Layout.Sider
      theme="light"
      width={224}
      collapsedWidth={64}
      collapsed={collapsed}
      breakpoint="lg"
      onBreakpoint={onCollapsedChange}
      style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
    >
      <div
        style={{
          height: 64,
          display: 'flex',
          alignItems: 'center',
          gap: 10,
          padding: collapsed ? '0 22px' : '0 24px',
          color: token.colorPrimary,
          fontWeight: 600,
          fontSize: token.fontSizeLG,
          whiteSpace: 'nowrap',
          overflow: 'hidden',
        }}
      >
        <CloudOutlined style={{ fontSize: 20 }} aria-hidden />
        {!collapsed && <span>{t('common:app.name')}</span>}
      </div>
      <nav aria-label={t('layout.navigation')}>
        <SideMenu routes={routes} isAdmin={isAdmin} />
      </nav>
    </Layout.Sider>
  );
});

const ShellHeader = memo(function ShellHeader({
  session,
  routes,
  isAdmin,
  collapsed,
  onCollapsedChange,
}: ShellPartProps & { session: Session }) {
  const { t } = useTranslation('shell');
  const { token } = theme.useToken();
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        padding: '0 16px',
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      <Button
        type="text"
        icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
        aria-label={collapsed ? t('layout.expandMenu') : t('layout.collapseMenu')}
        aria-expanded={!collapsed}
        onClick={() => onCollapsedChange((c) => !c)}
      />
      <ProjectSwitcher session={session} />
      <div style={{ flex: 1 }} />
      <CommandPalette routes={routes} isAdmin={isAdmin} />
      <LanguageSwitch />
      <ThemeSwitch />
      <TaskCentre userId={session.user.id} />
      <UserMenu session={session} />
    </Layout.Header>
  );
});

const ShellNotices = memo(function ShellNotices({
  session,
  routes,
}: {
  session: Session;
  routes: readonly AppRoute[];
}) {
  return (
    <>
      <SessionExpiryNotice session={session} />
      <PlatformBanner />
      <Breadcrumbs routes={routes} />
    </>
  );
});

/** The tab's title, in a component of its own: it follows the path, the rest of the shell does not. */
function DocumentTitle({ routes }: { routes: readonly AppRoute[] }) {
  useDocumentTitle(routes);
  return null;
}
