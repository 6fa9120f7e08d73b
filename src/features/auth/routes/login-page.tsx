// /login. Kept light on purpose (it is the first thing every user downloads): React, i18next, the
// auth call and login-page.css — no antd, no react-query, nothing from the shell (they load with
// the shell after sign-in, prefetched while the user types: src/app/routes/app-routes.tsx).
// Budget: scripts/check-bundle.ts.
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/i18n/error-message';
import { loginWithPassword, loginWithToken } from '../api/auth-api';
import { safeNextPath } from '../model/next-path';
import { setSession, type Session } from '@/api/session';
import { loginErrorKind, type LoginMode } from './login-error';
import { PasswordForm, TokenForm, type Credentials } from './login-form';
import { LoginLanguageSwitch } from './login-language-switch';
import './login-page.css';

type Attempt = { pending: boolean; error: unknown; refusals: number };

export function Component() {
  const { t } = useTranslation(['auth', 'common']);
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
    <div className="login-page">
      <header className="login-header">
        <LoginLanguageSwitch />
      </header>
      <main className="login-main">
        <div className="login-card">
          <h1 className="login-title">{appName}</h1>
          <h2 className="login-subtitle">
            {mode === 'password' ? t('title.login') : t('title.tokenLogin')}
          </h2>
          {errorText && (
            <div role="alert" className="login-alert">
              <ErrorIcon />
              <span>{errorText}</span>
            </div>
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
          <div className="login-switch">
            <button type="button" className="login-link" onClick={switchMode}>
              {mode === 'password' ? t('actions.useToken') : t('actions.usePassword')}
            </button>
          </div>
        </div>
      </main>
    </div>
  );
}

/** antd's CloseCircleFilled, the error alert's icon (decorative: the text says it). */
function ErrorIcon() {
  return (
    <svg
      className="login-alert-icon"
      viewBox="64 64 896 896"
      aria-hidden="true"
      fill="currentColor"
    >
      <path d="M512 64C264.6 64 64 264.6 64 512s200.6 448 448 448 448-200.6 448-448S759.4 64 512 64zm165.4 618.2l-66-.3L512 563.4l-99.3 118.4-66.1.3c-4.4 0-8-3.5-8-8 0-1.9.7-3.7 1.9-5.2l130.1-155L340.5 359a8.32 8.32 0 01-1.9-5.2c0-4.4 3.6-8 8-8l66.1.3L512 464.6l99.3-118.4 66-.3c4.4 0 8 3.5 8 8 0 1.9-.7 3.7-1.9 5.2L553.5 514l130 155c1.2 1.5 1.9 3.3 1.9 5.2 0 4.4-3.6 8-8 8z" />
    </svg>
  );
}
