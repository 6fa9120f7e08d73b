// /login. Kept light on purpose (it is the first thing every user downloads): Button and Alert
// from antd, no react-query, nothing from the shell. Budget: scripts/check-bundle.ts.
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, theme } from 'antd';
import { describeError } from '@/i18n/error-message';
import { LanguageSwitch } from '@/i18n/language-switch';
import { loginWithPassword, loginWithToken } from '../api/auth-api';
import { safeNextPath } from '../model/next-path';
import { setSession, type Session } from '@/api/session';
import { loginErrorKind, type LoginMode } from './login-error';
import { PasswordForm, TokenForm, type Credentials } from './login-form';

type Attempt = { pending: boolean; error: unknown; refusals: number };

export function Component() {
  const { t } = useTranslation(['auth', 'common']);
  const { token: design } = theme.useToken();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [mode, setMode] = useState<LoginMode>('password');
  const [login, setLogin] = useState<Attempt>({ pending: false, error: null, refusals: 0 });

  const appName = t('common:app.name');
  useEffect(() => {
    document.title = appName;
  }, [appName]);

  // Errors are shown inline below. (The previous user's cached data was dropped when their
  // session ended: on logout, on a 401 and on expiry.)
  const signIn = async (attempt: () => Promise<Session>) => {
    setLogin((l) => ({ ...l, pending: true, error: null }));
    let session: Session;
    try {
      session = await attempt();
    } catch (error) {
      // Refused credentials are cleared from the form; a network or server failure keeps them
      // for a retry.
      const refused = loginErrorKind(error, mode) === 'invalid';
      setLogin((l) => ({ pending: false, error, refusals: l.refusals + (refused ? 1 : 0) }));
      return;
    }
    setSession(session);
    await navigate(safeNextPath(searchParams.get('next')), { replace: true });
  };

  const submitPassword = ({ username, password }: Credentials) =>
    void signIn(() => loginWithPassword(username, password));
  const submitToken = (token: string) => void signIn(() => loginWithToken(token));

  const switchMode = () => {
    setLogin((l) => ({ ...l, pending: false, error: null }));
    setMode((m) => (m === 'password' ? 'token' : 'password'));
  };

  let errorText: string | null = null;
  if (login.error) {
    const kind = loginErrorKind(login.error, mode);
    if (kind === 'invalid') {
      errorText = mode === 'token' ? t('messages.invalidToken') : t('messages.invalidCredentials');
    } else if (kind === 'unreachable') {
      errorText = t('messages.unreachable');
    } else {
      const { headline, detail } = describeError(login.error);
      errorText = t('messages.failed', { message: detail ?? t(`common:${headline}`) });
    }
  }

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: design.colorBgLayout,
        color: design.colorText,
      }}
    >
      <header
        style={{ display: 'flex', justifyContent: 'flex-end', padding: '16px 24px', minHeight: 64 }}
      >
        <LanguageSwitch />
      </header>
      <main
        style={{
          flex: 1,
          display: 'flex',
          alignItems: 'flex-start',
          justifyContent: 'center',
          padding: '8vh 16px 48px',
        }}
      >
        <div
          style={{
            width: '100%',
            maxWidth: 400,
            padding: '32px 32px 20px',
            background: design.colorBgContainer,
            borderRadius: design.borderRadiusLG,
            boxShadow: design.boxShadowTertiary,
          }}
        >
          <h1
            style={{
              margin: 0,
              fontSize: design.fontSizeHeading3,
              fontWeight: 600,
              color: design.colorPrimary,
              textAlign: 'center',
            }}
          >
            {t('common:app.name')}
          </h1>
          <h2
            style={{
              margin: '8px 0 24px',
              fontSize: design.fontSizeLG,
              fontWeight: 400,
              color: design.colorTextSecondary,
              textAlign: 'center',
            }}
          >
            {mode === 'password' ? t('title.login') : t('title.tokenLogin')}
          </h2>
          {errorText && (
            <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />
          )}
          {mode === 'password' ? (
            <PasswordForm
              pending={login.pending}
              onSubmit={submitPassword}
              refusals={login.refusals}
            />
          ) : (
            <TokenForm pending={login.pending} onSubmit={submitToken} />
          )}
          <div style={{ textAlign: 'center', marginTop: 12 }}>
            <Button type="link" onClick={switchMode}>
              {mode === 'password' ? t('actions.useToken') : t('actions.usePassword')}
            </Button>
          </div>
        </div>
      </main>
    </div>
  );
}
