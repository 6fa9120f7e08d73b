import { Alert, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '@/components/detail/description-list';
import { formatBytes, formatDateTime } from '@/i18n/format';
import type { BmNode } from '@/api/resources/bare-metal';
import { MaintenanceTag, PowerState, ProvisionStateTag } from './node-state';

const num = (v: string | undefined) => {
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) ? n : null;
};

const instancePath = (id: string, project: string | undefined) =>
  project ? `/servers/${id}?project=${encodeURIComponent(project)}` : `/servers/${id}`;

/** The node's state, hardware, driver info (passwords arrive masked) and instance. */
export function NodeOverview({ node: n }: { node: BmNode }) {
  const { t } = useTranslation('bare-metal');
  const p = n.properties;
  return (
    <Flex vertical gap={24}>
      {n.last_error ? (
        <Alert type="error" showIcon title={t('fields.last_error')} description={n.last_error} />
      ) : null}
      <DescriptionList
        title={t('sections.state')}
        columns={3}
        items={[
          {
            key: 'provision',
            label: t('fields.provision_state'),
            value: <ProvisionStateTag node={{ ...n, maintenance: false }} compact />,
          },
          { key: 'power', label: t('fields.power_state'), value: <PowerState node={n} /> },
          {
            key: 'maintenance',
            label: t('fields.maintenance'),
            value: n.maintenance ? <MaintenanceTag reason={n.maintenance_reason} /> : t('no'),
          },
          { key: 'reservation', label: t('fields.reservation'), value: n.reservation },
          {
            key: 'provision_updated_at',
            label: t('fields.provision_updated_at'),
            value: formatDateTime(n.provision_updated_at),
          },
          { key: 'uuid', label: t('fields.uuid'), value: n.uuid, copy: n.uuid },
          { key: 'driver', label: t('fields.driver'), value: n.driver },
          { key: 'resource_class', label: t('fields.resource_class'), value: n.resource_class },
          {
            key: 'network_interface',
            label: t('fields.network_interface'),
            value: n.network_interface,
          },
          { key: 'created_at', label: t('fields.created_at'), value: formatDateTime(n.created_at) },
          { key: 'updated_at', label: t('fields.updated_at'), value: formatDateTime(n.updated_at) },
        ]}
      />
      <DescriptionList
        title={t('sections.properties')}
        columns={3}
        items={[
          { key: 'cpus', label: t('fields.cpus'), value: p.cpus },
          { key: 'cpu_arch', label: t('fields.cpu_arch'), value: p.cpu_arch },
          {
            key: 'memory_mb',
            label: t('fields.memory_mb'),
            value:
              num(p.memory_mb) === null
                ? null
                : formatBytes(num(p.memory_mb), undefined, { from: 'MiB' }),
          },
          {
            key: 'local_gb',
            label: t('fields.local_gb'),
            value:
              num(p.local_gb) === null
                ? null
                : formatBytes(num(p.local_gb), undefined, { from: 'GiB' }),
          },
          { key: 'vendor', label: t('fields.vendor'), value: p['system_vendor_product_name'] },
          { key: 'zone', label: t('fields.zone'), value: p.availabilityZone },
        ]}
      />
      <DescriptionList
        title={t('sections.driverInfo')}
        columns={2}
        items={Object.entries(n.driver_info).map(([k, v]) => ({
          key: k,
          label: k,
          // An empty value reads as a dash, not an empty code box.
          value: v === '' ? '' : <Typography.Text code>{v}</Typography.Text>,
        }))}
      />
      {n.instance_uuid ? (
        <DescriptionList
          title={t('sections.instance')}
          columns={3}
          items={[
            {
              key: 'instance_uuid',
              label: t('fields.instance_uuid'),
              // The server's page, under its project's path (the node records the tenancy).
              value: <Link to={instancePath(n.instance_uuid, p.tenancyId)}>{n.instance_uuid}</Link>,
              copy: n.instance_uuid,
            },
            {
              key: 'display_name',
              label: t('fields.name'),
              value:
                typeof n.instance_info['display_name'] === 'string'
                  ? n.instance_info['display_name']
                  : null,
            },
          ]}
        />
      ) : null}
    </Flex>
  );
}
