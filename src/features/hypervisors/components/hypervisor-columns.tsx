import { useMemo } from 'react';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { QuickLookLink } from '@/components/detail/quick-look-drawer';
import type { ResourceColumn } from '@/components/resource-table/types';
import { formatVersion, usageOf, type Hypervisor, type Resource } from '../model/hypervisor';
import { formatCount, formatGb, formatMb } from './formatters';
import { HypervisorStateTag, HypervisorStatusTag } from './hypervisor-tags';
import { UsageBar } from './usage-bar';

const FORMAT: Record<Resource, (n: number) => string> = {
  vcpus: formatCount,
  memory: formatMb,
  disk: formatGb,
};
const FIELD = { vcpus: 'vcpus', memory: 'memory', disk: 'disk' } as const;

/**
 * Default columns per screen width (`showFrom`): at 1280 px the name, state, the three usage bars
 * and the VM count fit beside the menu (1008 px); IP, type and service host join on wider screens.
 */
export function useHypervisorColumns(): ResourceColumn<Hypervisor>[] {
  const { t } = useTranslation('hypervisors');
  return useMemo(() => {
    const usageColumn = (resource: Resource): ResourceColumn<Hypervisor> => {
      const title = t(`fields.${FIELD[resource]}`);
      return {
        key: resource,
        title,
        sortable: true,
        // Sorted by share of capacity, exported as the raw "used/total".
        value: (h) => usageOf(h, resource).percent,
        exportValue: (h) => {
          const u = usageOf(h, resource);
          return `${u.used}/${u.total}`;
        },
        render: (h) => (
          <UsageBar
            usage={usageOf(h, resource)}
            kind={resource}
            format={FORMAT[resource]}
            resource={title}
            width={resource === 'vcpus' ? 130 : 155}
          />
        ),
        width: resource === 'vcpus' ? 150 : 175,
      };
    };
    return [
      {
        key: 'hypervisor_hostname',
        title: t('fields.hypervisor_hostname'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (h) => h.hypervisor_hostname,
        render: (h) => <QuickLookLink id={h.id}>{h.hypervisor_hostname}</QuickLookLink>,
        width: 210,
        ellipsis: true,
        fixed: 'left',
      },
      {
        key: 'type',
        title: t('fields.typeVersion'),
        sortable: true,
        searchable: true,
        value: (h) => `${h.hypervisor_type} ${formatVersion(h.hypervisor_version)}`,
        ellipsis: true,
        width: 170,
        showFrom: 1600,
      },
      {
        key: 'host_ip',
        title: t('fields.host_ip'),
        sortable: true,
        searchable: true,
        value: (h) => h.host_ip,
        width: 125,
        showFrom: 1440,
      },
      {
        key: 'status',
        title: t('fields.status'),
        sortable: true,
        // Enabled before disabled, then up before down.
        value: (h) => `${t(`status.${h.status}`)} ${t(`state.${h.state}`)}`,
        exportValue: (h) => `${h.status}/${h.state}`,
        render: (h) => (
          <Flex gap={4} wrap>
            <HypervisorStatusTag h={h} />
            <HypervisorStateTag h={h} />
          </Flex>
        ),
        width: 140,
      },
      usageColumn('vcpus'),
      usageColumn('memory'),
      usageColumn('disk'),
      {
        key: 'running_vms',
        title: t('fields.running_vms'),
        sortable: true,
        align: 'right',
        value: (h) => h.running_vms,
        width: 130,
      },
      {
        key: 'service_host',
        title: t('fields.service_host'),
        sortable: true,
        searchable: true,
        value: (h) => h.service.host,
        ellipsis: true,
        width: 160,
        showFrom: 1920,
      },
      {
        key: 'id',
        title: t('fields.id'),
        defaultHidden: true,
        sortable: true,
        value: (h) => h.id,
        compare: (a, b) => Number(a.id) - Number(b.id),
        width: 80,
      },
    ];
  }, [t]);
}
