import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import type { BatchEntry } from './batch-core';
import { ITEM_TONE } from './batch-summary';

/** One row per item: what happened to it and, on failure, the message and the request id. */
export function BatchLedger({ entries }: { entries: readonly BatchEntry[] }) {
  const { t } = useTranslation('ui');
  return (
    <Table<BatchEntry>
      size="small"
      rowKey="key"
      dataSource={entries}
      pagination={entries.length > 20 ? { pageSize: 20, size: 'small' } : false}
      columns={[
        {
          key: 'name',
          title: t('batch.column.item'),
          render: (_, e) => <Typography.Text>{e.name}</Typography.Text>,
        },
        {
          key: 'status',
          title: t('batch.column.status'),
          width: 110,
          render: (_, e) => (
            <StatusTag
              tone={ITEM_TONE[e.state.status]}
              label={t(`batch.status.${e.state.status}`)}
            />
          ),
        },
        {
          key: 'detail',
          title: t('batch.column.detail'),
          render: (_, e) => {
            if (e.state.status === 'skipped') return e.state.reason;
            if (e.state.status !== 'failed') return null;
            return (
              <>
                <Typography.Text type="danger">{e.state.message}</Typography.Text>
                {e.state.requestId ? (
                  <div>
                    <Typography.Text type="secondary">{t('error.requestId')} </Typography.Text>
                    <Typography.Text code copyable>
                      {e.state.requestId}
                    </Typography.Text>
                  </div>
                ) : null}
              </>
            );
          },
        },
      ]}
    />
  );
}
