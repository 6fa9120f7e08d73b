import { useMemo } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IntentLink } from '@/components/resource-table/intent-link';
import type { ResourceColumn } from '@/components/resource-table/types';
import type { BmNode } from '@/api/resources/bare-metal';
import { nodeDetailIntent } from './node-detail-intent';
import { PowerState, ProvisionStateTag } from './node-state';

export const nodeName = (n: Pick<BmNode, 'name' | 'uuid'>) => n.name ?? n.uuid;

/**
 * The node list's columns: state at a glance, the last error in full on hover. Widths are set so
 * that at 1440 px every default column fits beside the pinned actions (none runs under them); at
 * 1280 px driver and instance start hidden (column settings bring them back).
 */
export function useNodeColumns(): ResourceColumn<BmNode>[] {
  const { t } = useTranslation('bare-metal');
  return useMemo(
    () => [
      {
        key: 'name',
        title: t('fields.name'),
        alwaysVisible: true,
        sortable: true,
        value: nodeName,
        render: (n) => (
          <IntentLink to={`/bare-metal/nodes/${n.uuid}`} intent={nodeDetailIntent(n.uuid)}>
            {nodeName(n)}
          </IntentLink>
        ),
        width: 150,
      },
      {
        key: 'provision_state',
        title: t('fields.provision_state'),
        sortable: true,
        value: (n) => t(`provision.${n.provision_state}`),
        exportValue: (n) => n.provision_state,
        render: (n) => <ProvisionStateTag node={n} />,
        width: 170,
      },
      {
        key: 'power_state',
        title: t('fields.power_state'),
        sortable: true,
        value: (n) => t(`power.${n.power_state ?? 'unknown'}`),
        exportValue: (n) => n.power_state ?? '',
        render: (n) => <PowerState node={n} />,
        width: 90,
      },
      {
        key: 'last_error',
        title: t('fields.last_error'),
        value: (n) => n.last_error ?? '',
        render: (n) =>
          n.last_error ? (
            <Typography.Text type="danger" ellipsis={{ tooltip: n.last_error }}>
              {n.last_error}
            </Typography.Text>
          ) : null,
        width: 170,
      },
      {
        key: 'driver',
        title: t('fields.driver'),
        sortable: true,
        value: (n) => n.driver,
        showFrom: 1440,
        width: 110,
      },
      {
        key: 'resource_class',
        title: t('fields.resource_class'),
        sortable: true,
        value: (n) => n.resource_class ?? '',
        ellipsis: true,
        width: 170,
      },
      {
        key: 'instance_uuid',
        title: t('fields.instance_uuid'),
        value: (n) => n.instance_uuid ?? '',
        render: (n) =>
          n.instance_uuid ? (
            <Typography.Text copyable={{ text: n.instance_uuid }} code>
              {n.instance_uuid.slice(0, 8)}
            </Typography.Text>
          ) : null,
        showFrom: 1440,
        width: 120,
      },
      {
        key: 'uuid',
        title: t('fields.uuid'),
        defaultHidden: true,
        value: (n) => n.uuid,
        render: (n) => (
          <Typography.Text copyable={{ text: n.uuid }} code>
            {n.uuid.slice(0, 8)}
          </Typography.Text>
        ),
        width: 130,
      },
    ],
    [t],
  );
}
