import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { revokeToken } from '@/features/auth/api/auth-api';
import { clearSession, isAdmin, type Session } from '@/api/session';
import { dropAllDrafts } from '@/components/form-drawer/drafts';
import { dropAllTasks } from '@/components/task-centre/task-store';

export function UserMenu({ session }: { session: Session }) {
  const { t } = useTranslation('shell');
  const { token: design } = theme.useToken();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const name = session.user.display_name || session.user.name;

  const logout = async () => {
    const { token } = session;
    clearSession();
    queryClient.clear();
    dropAllDrafts();
    dropAllTasks();
    await navigate('/login', { replace: true });
    // Best effort: the session is over for this tab whether or not the server hears about it.
    revokeToken(token).catch(() => undefined);
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [{ key: 'logout', icon: <LogoutOutlined />, label: t('user.logout') }],
        // Sits inside the card below, which brings the background and shadow.
        style: { boxShadow: 'none', background: 'transparent' },
        onClick: ({ key }) => {
          if (key === 'logout') void logout();
        },
      }}
      popupRender={(menu) => (
        <div
          style={{
            background: design.colorBgElevated,
            borderRadius: design.borderRadiusLG,
            boxShadow: design.boxShadowSecondary,
            minWidth: 200,
          }}
        >
          <div
            style={{
              padding: '12px 16px 8px',
              borderBottom: `1px solid ${design.colorSplit}`,
              lineHeight: 1.5,
            }}
          >
            <div style={{ fontWeight: 600 }}>{name}</div>
            <div style={{ color: design.colorTextSecondary, fontSize: design.fontSizeSM }}>
              {t(isAdmin(session) ? 'user.role.admin' : 'user.role.member')}
            </div>
          </div>
          {menu}
        </div>
      )}
    >
      <Button type="text" icon={<UserOutlined />} aria-label={t('user.menu', { name })}>
        {name}
      </Button>
    </Dropdown>
  );
}
