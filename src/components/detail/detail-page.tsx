import type { ReactNode } from 'react';
import { Skeleton, Tabs } from 'antd';
import { isApiError } from '@/api/api-error';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { useUrlParam } from '@/hooks/use-url-param';

export type DetailTab = {
  readonly key: string;
  /** Already translated. */
  readonly label: string;
  /** Rendered when the tab is first opened, so its queries run only then. */
  readonly children: ReactNode;
};

export type DetailPageProps = {
  title: ReactNode;
  subtitle?: ReactNode;
  status?: ReactNode;
  /** Header actions, e.g. `<RowActions variant="button" inline={2} ... />`. */
  actions?: ReactNode;
  breadcrumbs?: ReactNode;
  tabs: readonly DetailTab[];
  /** The resource is loading: a skeleton instead of the tabs. */
  loading?: boolean;
  /**
   * Loading the resource failed (404 included). The page shows it, so its query should opt out
   * of the global toast (`meta: { silent: true }`): one error, not two.
   */
  error?: unknown;
  /**
   * Translated: what a 404 means for this resource, shown instead of the service's message. A 403
   * (a crafted URL naming another tenant's project) shows it too: "no such resource, or not one you
   * can see" without saying which, and no retry, since retrying cannot help.
   */
  notFound?: string;
  onRetry?: () => void;
  /** Plural-free noun for the error title, e.g. "image" / "镜像". */
  resourceName?: string;
  tabParam?: string;
};

/** Header + tabs, the active tab in `?tab=` so each tab can be linked to. */
export function DetailPage(props: DetailPageProps) {
  const { t } = useTranslation('ui');
  const [first] = props.tabs;
  const [tab, setTab] = useUrlParam(props.tabParam ?? 'tab', { defaultValue: first?.key });
  const active = props.tabs.some((x) => x.key === tab) ? tab : first?.key;
  return (
    <>
      <PageHeader
        title={props.title}
        subtitle={props.subtitle}
        status={props.status}
        extra={props.error ? undefined : props.actions}
        breadcrumbs={props.breadcrumbs}
      />
      {props.error &&
      props.notFound &&
      isApiError(props.error) &&
      (props.error.status === 404 || props.error.status === 403) ? (
        // Retrying will not make it exist; the request id stays for support.
        <ErrorAlert error={props.error} title={props.notFound} showMessage={false} />
      ) : props.error ? (
        <ErrorAlert
          error={props.error}
          title={
            props.resourceName ? t('error.loadTitle', { resource: props.resourceName }) : undefined
          }
          onRetry={props.onRetry}
        />
      ) : props.loading ? (
        <div role="status" aria-label={t('detail.loading')}>
          <Skeleton active paragraph={{ rows: 8 }} />
        </div>
      ) : (
        <Tabs
          activeKey={active}
          onChange={setTab}
          items={props.tabs.map((x) => ({ key: x.key, label: x.label, children: x.children }))}
        />
      )}
    </>
  );
}
