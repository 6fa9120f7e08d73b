import { Flex, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { bareMetalQueries } from '@/api/resources/bare-metal';
import { DescriptionList, type DescriptionItem } from '@/components/detail/description-list';
import { useNow } from '@/hooks/use-now';
import { formatDateTime } from '@/i18n/format';
import { ipsOf, type ServerIp } from '../model/addresses';
import { imageIdOf } from '../model/flavor';
import { leaseOf } from '../model/guards';
import { daysLeft } from '../model/lease';
import type { Server } from '../model/types';
import { FlavorCell } from '../components/flavor-summary';
import { ImageName } from '../components/image-name';
import { ServerStatusTag } from '../components/server-status-tag';

type Props = {
  server: Server;
  /** The project whose path asks for the server's flavor. */
  flavorProject: string;
  /** The token's project, for the image lookup. */
  imageScope: string;
  projectName: string;
  isAdmin: boolean;
};

/** Every field that matters, then addresses and metadata. */
export function ServerOverview(props: Props) {
  const { server: s, projectName, isAdmin } = props;
  const { t } = useTranslation('servers');
  const now = useNow();
  const imageId = imageIdOf(s);
  const lease = leaseOf(s);
  const left = lease ? daysLeft(lease.endTime, now) : 0;
  const items: (DescriptionItem | false)[] = [
    { key: 'id', label: t('fields.id'), value: s.id, copy: s.id },
    { key: 'status', label: t('fields.status'), value: <ServerStatusTag server={s} compact /> },
    { key: 'power', label: t('fields.power'), value: t(`power.${s['OS-EXT-STS:power_state']}`) },
    {
      key: 'vm',
      label: t('fields.vm_state'),
      value: t(`vmStateValue.${s['OS-EXT-STS:vm_state']}`),
    },
    { key: 'alias', label: t('fields.alias'), value: s.metadata.alias },
    {
      key: 'flavor',
      label: t('fields.flavor'),
      value: <FlavorCell id={s.flavor.id} project={props.flavorProject} inline />,
    },
    {
      key: 'image',
      label: t('fields.image'),
      value: imageId ? (
        <ImageName scope={props.imageScope} id={imageId} link />
      ) : (
        t('fields.bootVolume')
      ),
    },
    { key: 'az', label: t('fields.az'), value: s['OS-EXT-AZ:availability_zone'] },
    isAdmin &&
      s.metadata.extraType === 'BareMetal' && {
        key: 'bareMetalNode',
        label: t('fields.bareMetalNode'),
        value: <BareMetalNodeLink serverId={s.id} />,
      },
    isAdmin && { key: 'host', label: t('fields.host'), value: s['OS-EXT-SRV-ATTR:host'] },
    isAdmin && {
      key: 'hypervisor',
      label: t('fields.hypervisor'),
      value: s['OS-EXT-SRV-ATTR:hypervisor_hostname'],
    },
    isAdmin && {
      key: 'instance',
      label: t('fields.instance_name'),
      value: s['OS-EXT-SRV-ATTR:instance_name'],
    },
    { key: 'project', label: t('fields.project'), value: projectName, copy: s.tenant_id },
    { key: 'user', label: t('fields.user'), value: s.metadata.user_name ?? s.user_id },
    { key: 'key', label: t('fields.key_name'), value: s.key_name },
    {
      key: 'sg',
      label: t('fields.security_groups'),
      value: s.security_groups.map((g) => g.name).join(', '),
    },
    {
      key: 'volumes',
      label: t('fields.volumes'),
      value: s['os-extended-volumes:volumes_attached'].map((v) => v.id.slice(0, 8)).join(', '),
    },
    {
      key: 'lease',
      label: t('fields.lease'),
      value: lease ? (
        <Space size={8}>
          {formatDateTime(lease.endTime)}
          {left <= 0 ? (
            <Tag color="error">{t('lease.due')}</Tag>
          ) : (
            <Typography.Text type={left <= 7 ? 'warning' : 'secondary'}>
              {t('lease.daysLeft', { count: left })}
            </Typography.Text>
          )}
        </Space>
      ) : null,
    },
    {
      key: 'config_drive',
      label: t('fields.config_drive'),
      value: t(s.config_drive ? 'yesNo.yes' : 'yesNo.no'),
    },
    {
      key: 'disk_config',
      label: t('fields.disk_config'),
      value: t(`diskConfig.${s['OS-DCF:diskConfig']}`),
    },
    { key: 'created', label: t('fields.created'), value: formatDateTime(s.created) },
    {
      key: 'launched',
      label: t('fields.launched_at'),
      value: formatDateTime(s['OS-SRV-USG:launched_at']),
    },
    { key: 'updated', label: t('fields.updated'), value: formatDateTime(s.updated) },
    { key: 'description', label: t('fields.description'), value: s.metadata.description, span: 2 },
  ];
  const metadata = Object.entries(s.metadata).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Flex vertical gap={24}>
      <DescriptionList
        items={items.filter((i): i is DescriptionItem => i !== false)}
        columns={2}
        bordered
      />
      <Table<ServerIp>
        size="small"
        title={() => <Typography.Text strong>{t('fields.ips')}</Typography.Text>}
        rowKey={(ip) => `${ip.network}-${ip.addr}`}
        pagination={false}
        dataSource={ipsOf(s)}
        columns={[
          { key: 'addr', title: t('fields.ips'), dataIndex: 'addr' },
          { key: 'network', title: t('fields.network'), dataIndex: 'network' },
          { key: 'type', title: t('fields.ipType'), render: (_v, ip) => t(`ipType.${ip.type}`) },
          { key: 'mac', title: t('fields.mac'), dataIndex: 'mac' },
        ]}
      />
      <Table<[string, string]>
        size="small"
        title={() => <Typography.Text strong>{t('fields.metadata')}</Typography.Text>}
        rowKey={([k]) => k}
        pagination={false}
        dataSource={metadata}
        columns={[
          {
            key: 'k',
            title: t('fields.metaKey'),
            render: (_v, [k]) => <Typography.Text code>{k}</Typography.Text>,
          },
          { key: 'v', title: t('fields.metaValue'), render: (_v, [, v]) => v },
        ]}
      />
    </Flex>
  );
}

/** The ironic node a bare-metal server runs on (administrators: ironic is admin-only). */
function BareMetalNodeLink({ serverId }: { serverId: string }) {
  const { t } = useTranslation('servers');
  const nodes = useQuery({
    ...bareMetalQueries.nodeList({ instance_uuid: serverId, limit: 1 }),
    select: (page) => page.nodes,
  });
  if (nodes.isPending) return null;
  const node = nodes.data?.[0];
  if (!node)
    return <Typography.Text type="secondary">{t('fields.bareMetalNodeNone')}</Typography.Text>;
  return <Link to={`/bare-metal/nodes/${node.uuid}`}>{node.name ?? node.uuid}</Link>;
}
