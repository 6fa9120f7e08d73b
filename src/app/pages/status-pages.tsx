// 403, 404 and the per-route error boundary. One lazy chunk shared by every route.
import type { ReactNode } from 'react';
import { isRouteErrorResponse, useNavigate, useRevalidator, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Result, Typography } from 'antd';
import { isApiError } from '@/api/api-error';
import { describeError } from '@/i18n/error-message';
import { HOME_PATH } from '@/features/auth/model/next-path';
import { PageSpinner } from './page-spinner';

function Heading({ children }: { children: ReactNode }) {
  return <h1 style={{ font: 'inherit', margin: 0 }}>{children}</h1>;
}

function BackToOverview() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => void navigate(HOME_PATH)}>
      {t('actions.backToOverview')}
    </Button>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={<Heading>{t('pages.forbidden.title')}</Heading>}
      subTitle={t('pages.forbidden.description')}
      extra={<BackToOverview />}
    />
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={<Heading>{t('pages.notFound.title')}</Heading>}
      subTitle={t('pages.notFound.description')}
      extra={<BackToOverview />}
    />
  );
}

function statusOf(error: unknown): number | null {
  if (isRouteErrorResponse(error)) return error.status;
  if (isApiError(error)) return error.status;
  return null;
}

/** The error boundary of every route: 403/404 pages for those statuses, else an error with retry. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const revalidator = useRevalidator();
  const status = statusOf(error);
  if (status === 403) return <ForbiddenPage />;
  if (status === 404) return <NotFoundPage />;
  // The session ended: auth-bridge is already on its way to /login.
  if (status === 401) return <PageSpinner />;
  const { headline, detail, requestId } = describeError(error);
  return (
    <Result
      status="error"
      title={<Heading>{t('pages.error.title')}</Heading>}
      subTitle={
        <>
          <div>{headline === 'errors.unknown' ? t('pages.error.description') : t(headline)}</div>
          {detail && <div>{detail}</div>}
          {requestId && (
            <Typography.Text type="secondary" copyable={{ text: requestId }}>
              {t('errors.requestId', { id: requestId })}
            </Typography.Text>
          )}
        </>
      }
      extra={
        <Button
          type="primary"
          loading={revalidator.state === 'loading'}
          onClick={() => void revalidator.revalidate()}
        >
          {t('actions.retry')}
        </Button>
      }
    />
  );
}
