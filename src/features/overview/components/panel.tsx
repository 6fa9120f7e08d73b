import type { ReactNode } from 'react';
import { Card, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';

/** What a panel's queries say together: a panel loads, fails and is empty on its own. */
export type PanelState = {
  readonly pending: boolean;
  /** The first error of the panel's queries. */
  readonly error: unknown;
  readonly retry: () => void;
};

type QueryLike = { isPending: boolean; error: unknown; refetch: () => unknown };

/** Pending until every query answered; failed if one failed (retry refetches the failed ones). */
export function panelState(queries: readonly QueryLike[]): PanelState {
  const failed = queries.filter((q) => q.error);
  return {
    pending: queries.some((q) => q.isPending && !q.error),
    error: failed[0]?.error ?? null,
    retry: () => {
      for (const q of failed) void q.refetch();
    },
  };
}

export function Panel({
  id,
  title,
  state,
  empty,
  extra,
  children,
}: {
  /** Names the panel's heading for its landmark. */
  id: string;
  title: string;
  state: PanelState;
  /** The sentence shown instead of the content when there is nothing to show. */
  empty?: string | null;
  extra?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation('overview');
  const headingId = `overview-${id}`;
  return (
    <Card
      title={
        <h2 id={headingId} style={{ margin: 0, fontSize: 16, fontWeight: 600 }}>
          {title}
        </h2>
      }
      extra={extra}
      style={{ height: '100%' }}
      role="region"
      aria-labelledby={headingId}
    >
      {state.error ? (
        <ErrorAlert error={state.error} title={t('messages.loadFailed')} onRetry={state.retry} />
      ) : state.pending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        children
      )}
    </Card>
  );
}
