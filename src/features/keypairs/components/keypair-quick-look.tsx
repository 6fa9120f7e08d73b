import { Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '@/components/detail/description-list';
import { ErrorAlert } from '@/components/error-alert';
import { formatDateTime, parseNovaTime } from '@/i18n/format';
import { keypairQueries } from '@/api/resources/keypairs';

const MONO = { fontFamily: 'monospace', fontSize: 12 } as const;

/** getKeypair's fields (004:L1912), the public key in full. */
export function KeypairQuickLook({ projectId, name }: { projectId: string; name: string }) {
  const { t } = useTranslation('keypairs');
  const q = useQuery(keypairQueries.detail(projectId, name));
  if (q.error) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const x = q.data;
  if (!x) return <Skeleton active />;
  return (
    <DescriptionList
      columns={1}
      bordered
      items={[
        { key: 'name', label: t('fields.name'), value: x.name },
        { key: 'type', label: t('fields.type'), value: t(`type.${x.type}`) },
        {
          key: 'fingerprint',
          label: t('fields.fingerprint'),
          value: <span style={MONO}>{x.fingerprint}</span>,
          copy: x.fingerprint,
        },
        {
          key: 'public_key',
          label: t('fields.public_key'),
          value: <span style={MONO}>{x.public_key}</span>,
          copy: x.public_key,
        },
        { key: 'user_id', label: t('fields.user_id'), value: x.user_id, copy: x.user_id },
        { key: 'id', label: t('fields.id'), value: x.id },
        {
          key: 'created_at',
          label: t('fields.created_at'),
          value: formatDateTime(parseNovaTime(x.created_at)),
        },
      ]}
    />
  );
}
