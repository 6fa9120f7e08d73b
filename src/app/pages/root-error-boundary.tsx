// Last-resort boundary above the shell (e.g. the shell's own code failed to download). Uses no
// antd at all (antd may be what failed to load, and the login page runs without it): antd's
// light tokens as fixed colours. Retry reloads the page, which also fetches a fresh build after a
// deployment.
import { useLayoutEffect } from 'react';
import { useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/i18n/error-message';
import { dropPrerenderedLogin } from '@/features/auth/routes/prerendered-login';

const FONT =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

export function RootErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const { detail } = describeError(error);
  // The login form index.html drew early (login-boot.ts) hides the app until the real form takes
  // over: when the login page's code failed to load, this page is shown instead.
  useLayoutEffect(() => dropPrerenderedLogin(), []);
  return (
    <main
      role="alert"
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 12,
        padding: 24,
        background: '#f5f5f5',
        color: 'rgba(0, 0, 0, 0.88)',
        fontFamily: FONT,
      }}
    >
      <h1 style={{ margin: 0, fontSize: 24 }}>{t('pages.error.title')}</h1>
      <p style={{ margin: 0, color: 'rgba(0, 0, 0, 0.65)' }}>{t('pages.error.description')}</p>
      {detail && <p style={{ margin: 0, color: 'rgba(0, 0, 0, 0.6)' }}>{detail}</p>}
      <button
        type="button"
        onClick={() => window.location.reload()}
        style={{
          padding: '6px 16px',
          borderRadius: 6,
          border: 'none',
          background: '#0958d9',
          color: '#fff',
          cursor: 'pointer',
          font: 'inherit',
        }}
      >
        {t('actions.retry')}
      </button>
    </main>
  );
}
