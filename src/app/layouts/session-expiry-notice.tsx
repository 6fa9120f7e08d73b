// Before the token ends: a banner counts down the last minutes, and "Stay signed in" asks for the
// password in place and swaps in a new token for the same project. Nothing on screen is lost (an
// open form, a filtered table). If the user lets it run out, the session ends as before and an
// open form's values come back after the re-login (components/form-drawer/drafts.ts).
import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Modal, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { setSession, type Session } from '@/api/session';
import { ErrorAlert } from '@/components/error-alert';
import { useFocusWhenOpen } from '@/hooks/use-focus-when-open';
import { loginWithPassword, rescopeToProject } from '@/features/auth/api/auth-api';
import { MAX_TIMEOUT } from './use-shell-effects';

/** How long before the end the banner shows. */
export const WARN_BEFORE_MS = 5 * 60_000;

/** ms left, ticking every second once inside the warning window (no timer before it). */
function useRemaining(expiresAt: string): number {
  const end = Date.parse(expiresAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const untilWarning = end - WARN_BEFORE_MS - Date.now();
    if (untilWarning > MAX_TIMEOUT) return;
    let interval: ReturnType<typeof setInterval> | undefined;
    const start = () => {
      setNow(Date.now());
      interval = setInterval(() => setNow(Date.now()), 1000);
    };
    const timeout = setTimeout(start, Math.max(0, untilWarning));
    return () => {
      clearTimeout(timeout);
      clearInterval(interval);
    };
  }, [end]);
  return end - now;
}

export function formatRemaining(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function SessionExpiryNotice({ session }: { session: Session }) {
  const { t } = useTranslation('shell');
  const remaining = useRemaining(session.expires_at);
  const [renewing, setRenewing] = useState(false);
  if (remaining > WARN_BEFORE_MS || remaining <= 0) return null;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        role="alert"
        style={{ marginBottom: 16 }}
        title={t('session.endsIn', { time: formatRemaining(remaining) })}
        description={t('session.endsInHint')}
        action={
          <Button size="small" type="primary" onClick={() => setRenewing(true)}>
            {t('session.stay')}
          </Button>
        }
      />
      {renewing ? <RenewDialog session={session} onClose={() => setRenewing(false)} /> : null}
    </>
  );
}

function RenewDialog({ session, onClose }: { session: Session; onClose: () => void }) {
  const { t } = useTranslation(['shell', 'ui']);
  const [form] = Form.useForm<{ password: string }>();
  const [fieldRef, focusField] = useFocusWhenOpen<InputRef>();
  const renew = useMutation({
    mutationFn: async (password: string) => {
      const fresh = await loginWithPassword(session.user.name, password);
      return fresh.project.id === session.project.id
        ? fresh
        : rescopeToProject(fresh.token, session.project.id);
    },
    onSuccess: (next) => {
      setSession(next);
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('session.renewTitle')}
      okText={t('session.renew')}
      cancelText={t('ui:form.cancel')}
      confirmLoading={renew.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      afterOpenChange={focusField}
    >
      {renew.error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={renew.error} />
        </div>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={({ password }) => {
          form.setFieldValue('password', '');
          renew.mutate(password);
        }}
      >
        <p>
          {t('session.renewHint', { user: session.user.name, organization: session.project.name })}
        </p>
        <Form.Item
          name="password"
          label={t('session.password')}
          rules={[{ required: true, message: t('session.passwordRequired') }]}
        >
          <Input.Password ref={fieldRef} autoFocus autoComplete="current-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
