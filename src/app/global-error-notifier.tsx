// Shows errors reported by the query/mutation caches (query-client.ts) as antd notifications:
// localized headline, the server's message and the request id (copyable, for support tickets).
import { useEffect } from 'react';
import { App, Typography } from 'antd';
import { i18n } from '@/i18n';
import { describeError } from '@/i18n/error-message';
import { onReportedError } from './error-bus';

export function GlobalErrorNotifier() {
  const { notification } = App.useApp();
  useEffect(
    () =>
      onReportedError((error) => {
        const { headline, detail, requestId } = describeError(error);
        notification.error({
          // Identical errors (e.g. five lists failing on one network outage) share one notification.
          key: `${headline}|${detail ?? ''}`,
          title: i18n.t(headline),
          description:
            detail || requestId ? (
              <>
                {detail && <div>{detail}</div>}
                {requestId && (
                  <Typography.Text type="secondary" copyable={{ text: requestId }}>
                    {i18n.t('errors.requestId', { id: requestId })}
                  </Typography.Text>
                )}
              </>
            ) : undefined,
          duration: 8,
        });
      }),
    [notification],
  );
  return null;
}
