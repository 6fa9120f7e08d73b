import type { ReactNode } from 'react';
import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError, isTimeout } from '@/api/api-error';
import { errorInfo } from '@/utils/error-info';

export type ErrorAlertProps = {
  error: unknown;
  /** Already translated, e.g. "Could not load images"; defaults to the error's own message. */
  title?: string;
  onRetry?: () => void;
  /** Extra lines under the message (e.g. field problems that match no form field). */
  children?: ReactNode;
  /**
   * Show the service's own message under the title (default). Off when the title already says
   * everything in the user's language (a 404 on a detail page), so the service's English does
   * not repeat it.
   */
  showMessage?: boolean;
};

/** The service's message and the request id (copyable: it is what support asks for). */
export function ErrorAlert({
  error,
  title,
  onRetry,
  children,
  showMessage = true,
}: ErrorAlertProps) {
  const { t } = useTranslation('ui');
  const info = errorInfo(error);
  const { requestId } = info;
  // No answer at all (status 0): the browser's or the client's English says nothing useful.
  const message =
    isApiError(error) && error.status === 0
      ? t(isTimeout(error) ? 'error.timeout' : 'error.unreachable')
      : info.message;
  return (
    <Alert
      type="error"
      showIcon
      title={title ?? message}
      description={
        <>
          {title && showMessage ? <div>{message}</div> : null}
          {children}
          {requestId ? (
            <Typography.Text type="secondary">
              {t('error.requestId')}{' '}
              <Typography.Text copyable code>
                {requestId}
              </Typography.Text>
            </Typography.Text>
          ) : null}
        </>
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('error.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
