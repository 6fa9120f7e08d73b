import { useState } from 'react';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/i18n/format';
import type { BmNode } from '@/api/resources/bare-metal';
import { ProvisionStateTag } from './node-state';

export type HistoryEntry = {
  readonly at: number;
  readonly node: Pick<
    BmNode,
    'provision_state' | 'target_provision_state' | 'maintenance' | 'maintenance_reason'
  >;
};

const signature = (n: HistoryEntry['node']) =>
  `${n.provision_state}|${n.target_provision_state ?? ''}|${String(n.maintenance)}`;

/** The states this page has seen (ironic keeps no history at 1.34), newest first. */
export function useStateHistory(node: BmNode | undefined, seenAt: number): readonly HistoryEntry[] {
  const [entries, setEntries] = useState<readonly HistoryEntry[]>([]);
  const last = entries[0];
  if (node && (!last || signature(last.node) !== signature(node))) {
    setEntries([{ at: seenAt, node }, ...entries].slice(0, 50));
  }
  return entries;
}

export function StateHistory({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t } = useTranslation('bare-metal');
  return (
    <>
      <Typography.Paragraph type="secondary">{t('history.intro')}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey={(e) => String(e.at)}
        dataSource={[...entries]}
        locale={{ emptyText: t('history.empty') }}
        columns={[
          {
            key: 'at',
            title: t('history.time'),
            width: 200,
            render: (_v, e) => formatDateTime(e.at),
          },
          {
            key: 'state',
            title: t('history.state'),
            render: (_v, e) => <ProvisionStateTag node={e.node} compact />,
          },
        ]}
      />
    </>
  );
}
