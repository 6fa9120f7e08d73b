import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import type { BmNode } from '@/api/resources/bare-metal';
import { provisionTone } from '../model/node';

const SMALL = { fontSize: 12 } as const;

type ProvisionProps = {
  node: Pick<
    BmNode,
    'provision_state' | 'target_provision_state' | 'maintenance' | 'maintenance_reason'
  >;
  compact?: boolean;
};

/** The provision state, where it is going, and the maintenance flag with its reason. */
export function ProvisionStateTag({ node, compact }: ProvisionProps) {
  const { t } = useTranslation('bare-metal');
  const target = node.target_provision_state;
  return (
    <Flex
      vertical={!compact}
      gap={compact ? 6 : 2}
      align={compact ? 'center' : 'flex-start'}
      wrap={compact}
    >
      <StatusTag
        label={t(`provision.${node.provision_state}`)}
        tone={provisionTone(node.provision_state)}
      />
      {target ? (
        <Typography.Text type="secondary" style={SMALL}>
          {t('target', { state: t(`provision.${target}`) })}
        </Typography.Text>
      ) : null}
      {node.maintenance ? <MaintenanceTag reason={node.maintenance_reason} /> : null}
    </Flex>
  );
}

export function MaintenanceTag({ reason }: { reason: string | null }) {
  const { t } = useTranslation('bare-metal');
  const tag = (
    <Tag color="warning" style={{ marginInlineEnd: 0 }}>
      {t('inMaintenance')}
    </Tag>
  );
  return reason ? (
    <Tooltip title={reason}>
      <span>
        {tag}{' '}
        <Typography.Text type="secondary" style={SMALL}>
          {reason}
        </Typography.Text>
      </span>
    </Tooltip>
  ) : (
    tag
  );
}

/** Power state, with the change in flight. */
export function PowerState({ node }: { node: Pick<BmNode, 'power_state' | 'target_power_state'> }) {
  const { t } = useTranslation('bare-metal');
  const target = node.target_power_state;
  return (
    <Flex vertical gap={2} align="flex-start">
      <StatusTag
        label={t(`power.${node.power_state ?? 'unknown'}`)}
        tone={target ? 'processing' : node.power_state === 'power on' ? 'success' : 'default'}
      />
      {target ? (
        <Typography.Text type="secondary" style={SMALL}>
          {t('powerTarget', { state: t(`power.${target}`) })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
