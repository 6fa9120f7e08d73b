// The two login forms, without antd's Form and Input: those bring antd's whole form engine
// (@rc-component/form, async-validator, tooltips) — ~50 KB gzip — into the first page every user
// downloads, for two required fields. The inputs below are native, styled with antd's tokens.
import {
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentProps,
  type FormEvent,
  type ReactNode,
} from 'react';
import { Button, theme } from 'antd';
import { useTranslation } from 'react-i18next';

type TextInputProps = Omit<ComponentProps<'input'>, 'size' | 'style'> & { invalid: boolean };

function TextInput({ invalid, onFocus, onBlur, disabled, ...rest }: TextInputProps) {
  const { token } = theme.useToken();
  const [focused, setFocused] = useState(false);
  const accent = invalid ? token.colorError : token.colorPrimary;
  return (
    <input
      {...rest}
      disabled={disabled}
      onFocus={(e) => {
        setFocused(true);
        onFocus?.(e);
      }}
      onBlur={(e) => {
        setFocused(false);
        onBlur?.(e);
      }}
      style={{
        boxSizing: 'border-box',
        width: '100%',
        padding: '7px 11px',
        font: 'inherit',
        fontSize: token.fontSizeLG,
        lineHeight: token.lineHeightLG,
        color: disabled ? token.colorTextDisabled : token.colorText,
        background: disabled ? token.colorBgContainerDisabled : token.colorBgContainer,
        border: `1px solid ${focused || invalid ? accent : token.colorBorder}`,
        borderRadius: token.borderRadiusLG,
        outline: 'none',
        boxShadow: focused
          ? `0 0 0 ${token.controlOutlineWidth}px ${invalid ? token.colorErrorOutline : token.controlOutline}`
          : 'none',
        transition: `all ${token.motionDurationMid}`,
      }}
    />
  );
}

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
  const { token } = theme.useToken();
  const errorId = `${id}-error`;
  return (
    <div style={{ marginBottom: 20 }}>
      <label htmlFor={id} style={{ display: 'block', marginBottom: 8 }}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': error ? errorId : undefined,
      })}
      {error && (
        <div id={errorId} style={{ color: token.colorError, marginTop: 4 }}>
          {error}
        </div>
      )}
    </div>
  );
}

function SubmitButton({ loading }: { loading: boolean }) {
  const { t } = useTranslation('auth');
  return (
    <Button type="primary" htmlType="submit" block size="large" loading={loading}>
      {t('actions.login')}
    </Button>
  );
}

export type Credentials = { username: string; password: string };

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
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  // A refused password is not left in the field to be resubmitted (or read off the screen); the
  // username stays. Emptied by us, so no "enter your password" error until the next submit.
  const [seenRefusals, setSeenRefusals] = useState(refusals);
  if (refusals !== seenRefusals) {
    setSeenRefusals(refusals);
    setPassword('');
    setChecked(false);
  }
  useEffect(() => {
    // The field is enabled again once the attempt is over: then the cursor can go there.
    if (refusals > 0 && !pending) passwordRef.current?.focus();
  }, [refusals, pending]);
  const usernameError = checked && !username.trim() ? t('validation.usernameRequired') : null;
  const passwordError = checked && !password ? t('validation.passwordRequired') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (username.trim() && password) onSubmit({ username: username.trim(), password });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('fields.username')} error={usernameError}>
        {(control) => (
          <TextInput
            {...control}
            name="username"
            autoComplete="username"
            autoFocus
            disabled={pending}
            invalid={Boolean(usernameError)}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('fields.password')} error={passwordError}>
        {(control) => (
          <TextInput
            {...control}
            ref={passwordRef}
            type="password"
            name="password"
            autoComplete="current-password"
            disabled={pending}
            invalid={Boolean(passwordError)}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>
      <SubmitButton loading={pending} />
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
  const error = checked && !token.trim() ? t('validation.tokenRequired') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (token.trim()) onSubmit(token.trim());
  };

  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('fields.token')} error={error}>
        {(control) => (
          <TextInput
            {...control}
            type="password"
            name="token"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            disabled={pending}
            invalid={Boolean(error)}
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        )}
      </Field>
      <SubmitButton loading={pending} />
    </form>
  );
}
