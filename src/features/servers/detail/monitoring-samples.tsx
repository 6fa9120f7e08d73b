// The raw ceilometer samples of the server (004 §1.9 item 27), one meter at a time, newest first,
// over the Monitoring tab's window.
import { useState } from 'react';
import { Drawer, Flex, Select, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  serverMetricQueries,
  type MeterSample,
  type MetricWindow,
  type ServerCounterName,
} from '@/api/resources/server-metrics';
import { ErrorAlert } from '@/components/error-alert';
import { formatDateTime, formatNumber } from '@/i18n/format';
import { SAMPLE_METERS } from '../model/monitoring';
import type { Server } from '../model/types';

const METER_KEY = {
  cpu_util: 'cpu',
  'memory.usage': 'memory',
  'disk.read.bytes.rate': 'diskRead',
  'disk.write.bytes.rate': 'diskWrite',
  'network.incoming.bytes.rate': 'netIn',
  'network.outgoing.bytes.rate': 'netOut',
} as const;

export function MonitoringSamples({
  server,
  range,
  open,
  onClose,
}: {
  server: Server;
  range: MetricWindow;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('servers');
  const [meter, setMeter] = useState<ServerCounterName>('cpu_util');
  const samples = useQuery({
    ...serverMetricQueries.samples(server.id, meter, range),
    enabled: open,
  });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size="large"
      title={t('monitoring.samples.title', { name: server.name })}
    >
      <Flex vertical gap={12}>
        <Select<ServerCounterName>
          aria-label={t('monitoring.samples.meter')}
          value={meter}
          onChange={setMeter}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 280 }}
          options={SAMPLE_METERS.map((m) => ({
            value: m,
            label: t(`monitoring.samples.meters.${METER_KEY[m]}`),
          }))}
        />
        {samples.error ? <ErrorAlert error={samples.error} title={t('monitoring.failed')} /> : null}
        <Table<MeterSample>
          size="small"
          loading={samples.isPending && open}
          dataSource={samples.data ?? []}
          rowKey={(r) => `${r.resource_id}@${r.timestamp}`}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          locale={{ emptyText: t('monitoring.samples.none') }}
          columns={[
            {
              key: 'time',
              title: t('monitoring.samples.time'),
              render: (_, r) => formatDateTime(r.timestamp),
            },
            { key: 'resource', title: t('monitoring.samples.resource'), dataIndex: 'resource_id' },
            {
              key: 'value',
              title: t('monitoring.samples.value'),
              align: 'right',
              render: (_, r) =>
                `${formatNumber(Number(r.counter_volume), undefined, { maximumFractionDigits: 2 })} ${r.counter_unit}`,
            },
          ]}
        />
      </Flex>
    </Drawer>
  );
}
