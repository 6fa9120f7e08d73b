// The two login forms: semantic HTML styled by login-page.css, no antd. The login page is the
// first download of every user, and antd's runtime (ConfigProvider, CSS-in-JS) before the form
// was most of its CPU time; antd loads with the shell after sign-in.
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type FormEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkCredentials,
  checkToken,
  credentialsToSend,
  firstInvalidField,
  type Credentials,
} from '../model/login-validation';
import {
  hasPrerenderedLogin,
  takePrerenderedLogin,
  type PrerenderedLogin,
} from './prerendered-login';

export type { Credentials };

type FieldProps = {
  label: string;
  error: string | null;
  children: (control: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
  }) => ReactNode;
};

function Field({ label, error, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="login-field">
      <label htmlFor={id} className="login-label">
        {label}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': error ? errorId : undefined,
      })}
      {error && (
        <div id={errorId} className="login-field-error">
          {error}
        </div>
      )}
    </div>
  );
}

function Spinner() {
  return (
    <svg className="login-spinner" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeOpacity="0.3" />
      <path d="M8 1.5A6.5 6.5 0 0 1 14.5 8" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

function SubmitButton({ pending }: { pending: boolean }) {
  const { t } = useTranslation('auth');
  return (
    // Not disabled while pending: a disabled button drops the focus; aria-busy says it is working.
    <button type="submit" className="login-submit" aria-busy={pending}>
      {pending && <Spinner />}
      {t('actions.login')}
    </button>
  );
}

type InputProps = Omit<ComponentProps<'input'>, 'style'>;

export function PasswordForm({
  pending,
  onSubmit,
  refusals = 0,
}: {
  pending: boolean;
  onSubmit: (values: Credentials) => void;
  /** Counts the attempts the service refused: each empties the password for a fresh try. */
  refusals?: number;
}) {
  const { t } = useTranslation('auth');
  const [values, setValues] = useState<Credentials>({ username: '', password: '' });
  const [checked, setChecked] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  // A refused password is not left in the field to be resubmitted (or read off the screen); the
  // username stays. Emptied by us, so no "enter your password" error until the next submit.
  const [seenRefusals, setSeenRefusals] = useState(refusals);
  if (refusals !== seenRefusals) {
    setSeenRefusals(refusals);
    setValues((v) => ({ ...v, password: '' }));
    setChecked(false);
  }
  useEffect(() => {
    // The field is enabled again once the attempt is over: then the cursor can go there.
    if (refusals > 0 && !pending) passwordRef.current?.focus();
  }, [refusals, pending]);
  const formRef = useRef<HTMLFormElement>(null);
  // The form index.html drew before the JavaScript arrived (login-boot.ts) hands over what was
  // typed, the cursor and a pending Enter; read and removed in this same task, before a paint.
  // Taking over, the focus goes where it was in the early form (which had autofocus), not to the
  // first field: autoFocus would move it before the effect below could see it.
  const [takingOver] = useState(hasPrerenderedLogin);
  // Kept for a repeated run of the effect (StrictMode's), which would otherwise leave the focus
  // to autoFocus.
  const taken = useRef<PrerenderedLogin | null>(null);
  useLayoutEffect(() => {
    const first = taken.current === null;
    taken.current ??= takePrerenderedLogin();
    const early = taken.current;
    if (!early) return;
    const fields = { username: usernameRef.current, password: passwordRef.current };
    // Set on the elements first, so the focus and selection below land on the final text.
    if (fields.username) fields.username.value = early.username;
    if (fields.password) fields.password.value = early.password;
    setValues({ username: early.username, password: early.password });
    const focused = early.focus && fields[early.focus.field];
    if (early.focus && focused) {
      focused.focus();
      if (early.focus.start !== null)
        focused.setSelectionRange(early.focus.start, early.focus.end ?? early.focus.start);
    }
    // Sent through the form's own submit (validation included) once the values above are
    // rendered: React renders an update made in a layout effect before this task ends.
    if (first && early.submitted) queueMicrotask(() => formRef.current?.requestSubmit());
  }, []);

  const errors = checkCredentials(values);
  const usernameError = checked && errors.username ? t(errors.username) : null;
  const passwordError = checked && errors.password ? t(errors.password) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setChecked(true);
    const toSend = credentialsToSend(values);
    if (toSend) {
      onSubmit(toSend);
      return;
    }
    const first = firstInvalidField(errors);
    (first === 'username' ? usernameRef : passwordRef).current?.focus();
  };

  const change =
    (name: keyof Credentials): InputProps['onChange'] =>
    (e) => {
      const value = e.target.value;
      setValues((v) => ({ ...v, [name]: value }));
    };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Field label={t('fields.username')} error={usernameError}>
        {(control) => (
          <input
            {...control}
            ref={usernameRef}
            className="login-input"
            name="username"
            value={values.username}
            onChange={change('username')}
            disabled={pending}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus={!takingOver}
          />
        )}
      </Field>
      <Field label={t('fields.password')} error={passwordError}>
        {(control) => (
          <input
            {...control}
            ref={passwordRef}
            className="login-input"
            name="password"
            value={values.password}
            onChange={change('password')}
            disabled={pending}
            type="password"
            autoComplete="current-password"
          />
        )}
      </Field>
      <SubmitButton pending={pending} />
    </form>
  );
}

export function TokenForm({
  pending,
  onSubmit,
}: {
  pending: boolean;
  onSubmit: (token: string) => void;
}) {
  const { t } = useTranslation('auth');
  const [token, setToken] = useState('');
  const [checked, setChecked] = useState(false);
  const tokenRef = useRef<HTMLInputElement>(null);
  const invalid = checkToken(token);
  const error = checked && invalid ? t(invalid) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setChecked(true);
    if (invalid) tokenRef.current?.focus();
    else onSubmit(token.trim());
  };

  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('fields.token')} error={error}>
        {(control) => (
          <input
            {...control}
            ref={tokenRef}
            className="login-input"
            type="password"
            name="token"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            disabled={pending}
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        )}
      </Field>
      <SubmitButton pending={pending} />
    </form>
  );
}
