import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, changeLanguage, currentLanguage } from '@/i18n';

/**
 * The language switch of the login page: the shell's (src/i18n/language-switch.tsx) — a labelled
 * group of toggle buttons with aria-pressed, no reload, the choice remembered — drawn with
 * login-page.css instead of antd's Button and theme.
 */
export function LoginLanguageSwitch() {
  const { t } = useTranslation();
  const current = currentLanguage();
  return (
    <div role="group" aria-label={t('language.label')} className="login-lang">
      {SUPPORTED_LANGUAGES.map((language) => {
        const active = language === current;
        return (
          <button
            key={language}
            type="button"
            className="login-lang-button"
            lang={language}
            aria-pressed={active}
            onClick={() => {
              if (!active) void changeLanguage(language);
            }}
          >
            {t(`language.options.${language}`)}
          </button>
        );
      })}
    </div>
  );
}
