import { Button, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, changeLanguage, currentLanguage } from './index';

/**
 * zh-CN / en-US in the shell: a labelled group of toggle buttons (aria-pressed). No reload; antd
 * and dayjs follow; the choice is remembered. The login page draws the same group without antd
 * (features/auth/routes/login-language-switch.tsx), so that page loads no antd at all.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const current = currentLanguage();
  return (
    <div
      role="group"
      aria-label={t('language.label')}
      style={{
        display: 'inline-flex',
        alignSelf: 'center',
        padding: 2,
        gap: 2,
        borderRadius: token.borderRadius,
        background: token.colorFillTertiary,
      }}
    >
      {SUPPORTED_LANGUAGES.map((language) => {
        const active = language === current;
        return (
          <Button
            key={language}
            size="small"
            type="text"
            lang={language}
            aria-pressed={active}
            onClick={() => {
              if (!active) void changeLanguage(language);
            }}
            style={{
              background: active ? token.colorBgElevated : undefined,
              color: active ? token.colorText : token.colorTextSecondary,
              boxShadow: active ? token.boxShadowTertiary : undefined,
            }}
          >
            {t(`language.options.${language}`)}
          </Button>
        );
      })}
    </div>
  );
}
