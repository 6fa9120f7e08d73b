// Last-resort boundary above the shell (e.g. the shell's own code failed to download). Uses no
// antd component beyond the theme so it works whatever failed; retry reloads the page, which also
// fetches a fresh build after a deployment.
import { useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { theme } from 'antd';
import { describeError } from '@/i18n/error-message';

export function RootErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { detail } = describeError(error);
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
        background: token.colorBgLayout,
        color: token.colorText,
        fontFamily: token.fontFamily,
      }}
    >
      <h1 style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>{t('pages.error.title')}</h1>
      <p style={{ margin: 0, color: token.colorTextSecondary }}>{t('pages.error.description')}</p>
      {detail && <p style={{ margin: 0, color: token.colorTextTertiary }}>{detail}</p>}
      <button
        type="button"
        onClick={() => window.location.reload()}
        style={{
          padding: '6px 16px',
          borderRadius: token.borderRadius,
          border: 'none',
          background: token.colorPrimary,
          color: token.colorTextLightSolid,
          cursor: 'pointer',
          font: 'inherit',
        }}
      >
        {t('actions.retry')}
      </button>
    </main>
  );
}
