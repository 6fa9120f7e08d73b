// The signed-in frame: side menu (from the route table, filtered by role), header (project,
// language, theme, account) and the page with its breadcrumbs.
import { Suspense, useMemo, useState } from 'react';
import { CloudOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '@/i18n/language-switch';
import { isAdmin } from '@/api/session';
import './dayjs-locale';
import { useSession } from '@/hooks/use-session';
import { PageSpinner } from '../pages/page-spinner';
import { useAppRoutes } from '../routes/app-routes-context';
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
  const { token } = theme.useToken();
  const tableRoutes = useAppRoutes();
  const routes = useMemo(() => withIcons(tableRoutes), [tableRoutes]);
  const session = useSession();
  const [collapsed, setCollapsed] = useState(false);
  useDocumentTitle(routes);
  useSessionExpiry(session);

  // Logging out: the session is gone and the navigation to /login is under way.
  if (!session) return <PageSpinner />;

  return (
    <ShellProviders>
      <Layout style={{ minHeight: '100vh' }}>
        <a href={`#${MAIN_ID}`} className="skip-link">
          {t('layout.skipToContent')}
        </a>
        <Layout.Sider
          theme="light"
          width={224}
          collapsedWidth={64}
          collapsed={collapsed}
          breakpoint="lg"
          onBreakpoint={setCollapsed}
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
            <SideMenu routes={routes} isAdmin={isAdmin(session)} />
          </nav>
        </Layout.Sider>
        <Layout>
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
              onClick={() => setCollapsed((c) => !c)}
            />
            <ProjectSwitcher session={session} />
            <div style={{ flex: 1 }} />
            <CommandPalette routes={routes} isAdmin={isAdmin(session)} />
            <LanguageSwitch />
            <ThemeSwitch />
            <TaskCentre userId={session.user.id} />
            <UserMenu session={session} />
          </Layout.Header>
          <Layout.Content id={MAIN_ID} tabIndex={-1} style={{ padding: 24, outline: 'none' }}>
            <SessionExpiryNotice session={session} />
            <PlatformBanner />
            <Breadcrumbs routes={routes} />
            <Suspense fallback={<PageSpinner />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </ShellProviders>
  );
}
