import { useMemo } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ManaVm } from '@/api/resources/managed-vms';
import type { ResourceColumn } from '@/components/resource-table/types';
import { StatusTag } from '@/components/status-tag';
import { toneOf } from '@/components/status-tone';
import { EMPTY_VALUE, formatDateTime, parseManaTime } from '@/i18n/format';
import { ipsOf, VM_STATUS_TONES } from '../model/vm';

function Ips({ csv }: { csv: string }) {
  const ips = ipsOf(csv);
  if (ips.length === 0) return <>{EMPTY_VALUE}</>;
  return (
    <span title={ips.join(', ')}>
      {ips[0]}
      {ips.length > 1 ? (
        <Typography.Text type="secondary"> +{ips.length - 1}</Typography.Text>
      ) : null}
    </span>
  );
}

export function useVmColumns(): ResourceColumn<ManaVm>[] {
  const { t } = useTranslation('managed-vms');
  return useMemo(() => {
    const gb = (v: number) => t('units.gb', { value: v });
    return [
      {
        key: 'instance_name',
        title: t('fields.instance_name'),
        alwaysVisible: true,
        value: (v) => v.instance_name,
        width: 150,
      },
      {
        key: 'status',
        title: t('fields.status'),
        value: (v) => t(`status.${v.status}`),
        exportValue: (v) => v.status,
        render: (v) => (
          <StatusTag label={t(`status.${v.status}`)} tone={toneOf(VM_STATUS_TONES, v.status)} />
        ),
        width: 120,
      },
      {
        key: 'instance_id',
        title: t('fields.instance_id'),
        value: (v) => v.instance_id,
        render: (v) => (
          <Typography.Text copyable={{ text: v.instance_id }}>{v.instance_id}</Typography.Text>
        ),
        width: 200,
        // Copyable where there is room; the name identifies a VM in the list.
        showFrom: 1600,
      },
      {
        key: 'cpu_num',
        title: t('fields.cpu_num'),
        value: (v) => v.cpu_num,
        align: 'right',
        width: 90,
      },
      {
        key: 'mem_size',
        title: t('fields.mem_size'),
        value: (v) => v.mem_size,
        render: (v) => gb(v.mem_size),
        align: 'right',
        width: 90,
      },
      {
        key: 'disk_size',
        title: t('fields.disk_size'),
        value: (v) => v.disk_size,
        render: (v) => gb(v.disk_size),
        align: 'right',
        width: 90,
      },
      {
        key: 'lan_ip_set',
        title: t('fields.lan_ip_set'),
        value: (v) => v.lan_ip_set,
        render: (v) => <Ips csv={v.lan_ip_set} />,
        width: 140,
      },
      {
        key: 'wan_ip_set',
        title: t('fields.wan_ip_set'),
        value: (v) => v.wan_ip_set,
        render: (v) => <Ips csv={v.wan_ip_set} />,
        width: 140,
      },
      {
        key: 'create_at',
        title: t('fields.create_at'),
        value: (v) => v.create_at,
        render: (v) => formatDateTime(parseManaTime(v.create_at)),
        width: 170,
        showFrom: 1600,
      },
      {
        key: 'update_at',
        title: t('fields.update_at'),
        value: (v) => v.update_at,
        render: (v) => formatDateTime(parseManaTime(v.update_at)),
        width: 170,
        showFrom: 1800,
      },
    ];
  }, [t]);
}
