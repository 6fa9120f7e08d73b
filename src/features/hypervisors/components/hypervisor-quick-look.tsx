import { Collapse, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '@/components/detail/description-list';
import { formatNumber } from '@/i18n/format';
import {
  formatVersion,
  parseCpuInfo,
  prettyJson,
  usageOf,
  type Hypervisor,
} from '../model/hypervisor';
import { formatCount, formatGb, formatMb } from './formatters';
import { HypervisorStateTag, HypervisorStatusTag } from './hypervisor-tags';
import { UsageBar } from './usage-bar';

const MONO = { fontFamily: 'monospace', fontSize: 12 } as const;

/** Every field of a hypervisor: identity and state, capacity and usage, and the CPU. */
export function HypervisorQuickLook({ h }: { h: Hypervisor }) {
  const { t } = useTranslation('hypervisors');
  const cpu = parseCpuInfo(h.cpu_info);
  const topo = cpu?.topology;
  const gb = (n: number | null) => (n === null ? null : formatGb(n));
  return (
    <Flex vertical gap={16}>
      <DescriptionList
        title={t('sections.general')}
        columns={1}
        bordered
        items={[
          { key: 'hostname', label: t('fields.hypervisor_hostname'), value: h.hypervisor_hostname },
          { key: 'id', label: t('fields.id'), value: h.id, copy: h.id },
          { key: 'type', label: t('fields.hypervisor_type'), value: h.hypervisor_type },
          {
            key: 'version',
            label: t('fields.hypervisor_version'),
            value:
              formatVersion(h.hypervisor_version) === String(h.hypervisor_version)
                ? h.hypervisor_version
                : `${formatVersion(h.hypervisor_version)} (${h.hypervisor_version})`,
          },
          { key: 'host_ip', label: t('fields.host_ip'), value: h.host_ip, copy: h.host_ip },
          { key: 'status', label: t('fields.status'), value: <HypervisorStatusTag h={h} /> },
          {
            key: 'disabled_reason',
            label: t('fields.disabled_reason'),
            value: h.service.disabled_reason,
          },
          { key: 'state', label: t('fields.state'), value: <HypervisorStateTag h={h} /> },
          { key: 'service_host', label: t('fields.service_host'), value: h.service.host },
          { key: 'service_id', label: t('fields.service_id'), value: h.service.id },
          {
            key: 'running_vms',
            label: t('fields.running_vms'),
            value: formatNumber(h.running_vms),
          },
          {
            key: 'current_workload',
            label: t('fields.current_workload'),
            value: formatNumber(h.current_workload),
          },
        ]}
      />
      <DescriptionList
        title={t('sections.capacity')}
        columns={1}
        bordered
        items={[
          {
            key: 'vcpus',
            label: t('fields.vcpus'),
            value: (
              <UsageBar
                usage={usageOf(h, 'vcpus')}
                kind="vcpus"
                format={formatCount}
                resource={t('fields.vcpus')}
                width={260}
              />
            ),
          },
          { key: 'vcpus_total', label: t('fields.vcpus_total'), value: formatNumber(h.vcpus) },
          { key: 'vcpus_used', label: t('fields.vcpus_used'), value: formatNumber(h.vcpus_used) },
          {
            key: 'memory',
            label: t('fields.memory'),
            value: (
              <UsageBar
                usage={usageOf(h, 'memory')}
                kind="memory"
                format={formatMb}
                resource={t('fields.memory')}
                width={260}
              />
            ),
          },
          { key: 'memory_mb', label: t('fields.memory_mb'), value: formatMb(h.memory_mb) },
          {
            key: 'memory_mb_used',
            label: t('fields.memory_mb_used'),
            value: formatMb(h.memory_mb_used),
          },
          // Negative when overcommitted: shown as a signed MiB figure rather than formatBytes' dash.
          {
            key: 'free_ram_mb',
            label: t('fields.free_ram_mb'),
            value: h.free_ram_mb < 0 ? `−${formatMb(-h.free_ram_mb)}` : formatMb(h.free_ram_mb),
          },
          {
            key: 'disk',
            label: t('fields.disk'),
            value: (
              <UsageBar
                usage={usageOf(h, 'disk')}
                kind="disk"
                format={formatGb}
                resource={t('fields.disk')}
                width={260}
              />
            ),
          },
          { key: 'local_gb', label: t('fields.local_gb'), value: formatGb(h.local_gb) },
          {
            key: 'local_gb_used',
            label: t('fields.local_gb_used'),
            value: formatGb(h.local_gb_used),
          },
          {
            key: 'free_disk_gb',
            label: t('fields.free_disk_gb'),
            value: h.free_disk_gb < 0 ? `−${formatGb(-h.free_disk_gb)}` : formatGb(h.free_disk_gb),
          },
          {
            key: 'disk_available_least',
            label: t('fields.disk_available_least'),
            value: gb(h.disk_available_least),
          },
        ]}
      />
      <DescriptionList
        title={t('sections.cpu')}
        columns={1}
        bordered
        items={[
          { key: 'arch', label: t('fields.cpu_arch'), value: cpu?.arch },
          { key: 'vendor', label: t('fields.cpu_vendor'), value: cpu?.vendor },
          { key: 'model', label: t('fields.cpu_model'), value: cpu?.model },
          {
            key: 'topology',
            label: t('fields.cpu_topology'),
            value: topo
              ? t('cpu.topology', {
                  sockets: topo.sockets ?? '?',
                  cores: topo.cores ?? '?',
                  threads: topo.threads ?? '?',
                })
              : null,
          },
          {
            key: 'features',
            label: t('fields.cpu_features'),
            value: cpu?.features.length ? (
              <Flex gap={4} wrap>
                {cpu.features.map((f) => (
                  <Tag key={f} style={MONO}>
                    {f}
                  </Tag>
                ))}
              </Flex>
            ) : null,
          },
        ]}
      />
      {h.cpu_info ? (
        <Collapse
          size="small"
          items={[
            {
              key: 'raw',
              label: t('cpu.raw'),
              children: (
                <Typography.Paragraph copyable={{ text: h.cpu_info }} style={{ margin: 0 }}>
                  <pre style={{ ...MONO, margin: 0, whiteSpace: 'pre-wrap' }}>
                    {prettyJson(h.cpu_info)}
                  </pre>
                </Typography.Paragraph>
              ),
            },
          ]}
        />
      ) : null}
    </Flex>
  );
}
