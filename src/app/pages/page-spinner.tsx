import { LoadingOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Shown while a route's code or data loads. An icon rather than antd's Spin: this is part of the
 * first download of every page, the login page included, so it stays tiny.
 */
export function PageSpinner() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ display: 'flex', justifyContent: 'center', padding: '20vh 0' }}
    >
      <LoadingOutlined
        spin
        aria-label={t('app.loading')}
        style={{ fontSize: 32, color: token.colorPrimary }}
      />
    </div>
  );
}
