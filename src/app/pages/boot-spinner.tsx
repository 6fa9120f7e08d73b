import { useTranslation } from 'react-i18next';

/**
 * Shown while the first route's code loads, before antd is there (the login page never loads it
 * before sign-in): plain SVG, animated by SMIL so it needs no stylesheet. PageSpinner is the
 * signed-in pages' own, in antd's theme.
 */
export function BootSpinner() {
  const { t } = useTranslation();
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ display: 'flex', justifyContent: 'center', padding: '20vh 0' }}
    >
      <svg width="32" height="32" viewBox="0 0 32 32" role="img" aria-label={t('app.loading')}>
        <path
          d="M16 3a13 13 0 0 1 13 13"
          fill="none"
          stroke="#0958d9"
          strokeWidth="3"
          strokeLinecap="round"
        >
          <animateTransform
            attributeName="transform"
            type="rotate"
            from="0 16 16"
            to="360 16 16"
            dur="1s"
            repeatCount="indefinite"
          />
        </path>
      </svg>
    </div>
  );
}
