import { useMemo } from 'react';
import { Link } from 'react-router';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResourceColumn } from '@/components/resource-table/types';
import { formatDateTime } from '@/i18n/format';
import { ipsOf } from '../model/addresses';
import { flavorById, imageIdOf } from '../model/flavor';
import { leaseOf } from '../model/guards';
import type { Flavor, Server } from '../model/types';
import { FlavorCell, useFlavorSummary } from './flavor-summary';
import { ImageName } from './image-name';
import { ServerStatusTag } from './server-status-tag';

export type ServerNames = {
  readonly flavors: readonly Flavor[] | undefined;
  readonly flavorsLoading: boolean;
  /** The name if it has been asked for already (CSV, search); the cells ask for themselves. */
  readonly imageName: (id: string) => string;
  readonly projectName: (id: string) => string;
};

/** Where a server's page is: its own project is in the URL when it is not the caller's. */
export const serverPath = (s: Pick<Server, 'id' | 'tenant_id'>, callerProject: string) =>
  s.tenant_id === callerProject
    ? `/servers/${s.id}`
    : `/servers/${s.id}?project=${encodeURIComponent(s.tenant_id)}`;

export function useServerColumns(
  names: ServerNames,
  viewer: { isAdmin: boolean; projectId: string },
): ResourceColumn<Server>[] {
  const { t } = useTranslation('servers');
  const summary = useFlavorSummary();
  return useMemo(() => {
    const flavor = (s: Server) => flavorById(names.flavors, s.flavor.id);
    const cols: (ResourceColumn<Server> | false)[] = [
      {
        key: 'name',
        title: t('fields.name'),
        alwaysVisible: true,
        value: (s) => s.name,
        render: (s) => (
          <span>
            <Link to={serverPath(s, viewer.projectId)}>{s.name}</Link>
            {s.metadata.alias && s.metadata.alias !== s.name ? (
              <>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.metadata.alias}
                </Typography.Text>
              </>
            ) : null}
          </span>
        ),
        width: 220,
        ellipsis: true,
      },
      {
        key: 'status',
        title: t('fields.status'),
        value: (s) => t(`status.${s.status}`),
        render: (s) => <ServerStatusTag server={s} />,
        width: 150,
      },
      {
        key: 'power',
        title: t('fields.power'),
        value: (s) => t(`power.${s['OS-EXT-STS:power_state']}`),
        width: 90,
      },
      {
        key: 'ips',
        title: t('fields.ips'),
        value: (s) =>
          ipsOf(s)
            .map((ip) => ip.addr)
            .join(', '),
        render: (s) => (
          <span>
            {ipsOf(s).map((ip) => (
              <div key={`${ip.network}-${ip.addr}`}>
                {ip.addr}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  {ip.network}
                </Typography.Text>
              </div>
            ))}
          </span>
        ),
        width: 190,
      },
      {
        key: 'flavor',
        title: t('fields.flavor'),
        value: (s) => {
          const f = flavor(s);
          return f ? `${f.name} (${summary(f)})` : s.flavor.id;
        },
        render: (s) => (
          <FlavorCell
            flavors={names.flavors}
            loading={names.flavorsLoading}
            id={s.flavor.id}
            project={viewer.projectId}
          />
        ),
        width: 190,
      },
      {
        key: 'image',
        title: t('fields.image'),
        value: (s) => {
          const id = imageIdOf(s);
          return id ? names.imageName(id) : t('fields.bootVolume');
        },
        render: (s) => {
          const id = imageIdOf(s);
          return id ? <ImageName scope={viewer.projectId} id={id} /> : t('fields.bootVolume');
        },
        ellipsis: true,
        width: 170,
      },
      {
        key: 'az',
        title: t('fields.az'),
        value: (s) => s['OS-EXT-AZ:availability_zone'],
        width: 130,
      },
      viewer.isAdmin && {
        key: 'host',
        title: t('fields.host'),
        value: (s) => s['OS-EXT-SRV-ATTR:host'] ?? '',
        ellipsis: true,
        width: 160,
      },
      viewer.isAdmin && {
        key: 'project',
        title: t('fields.project'),
        value: (s) => names.projectName(s.tenant_id),
        ellipsis: true,
        width: 130,
      },
      {
        key: 'key_name',
        title: t('fields.key_name'),
        value: (s) => s.key_name ?? '',
        defaultHidden: true,
        width: 130,
      },
      {
        key: 'lease',
        title: t('fields.lease'),
        value: (s) => {
          const lease = leaseOf(s);
          return lease ? formatDateTime(lease.endTime) : '';
        },
        exportValue: (s) => leaseOf(s)?.endTime ?? '',
        width: 170,
      },
      {
        key: 'created',
        title: t('fields.created'),
        value: (s) => formatDateTime(s.created),
        exportValue: (s) => s.created,
        width: 170,
      },
      {
        key: 'id',
        title: t('fields.id'),
        defaultHidden: true,
        value: (s) => s.id,
        render: (s) => (
          <Typography.Text copyable={{ text: s.id }} code>
            {s.id.slice(0, 8)}
          </Typography.Text>
        ),
        width: 130,
      },
    ];
    return cols.filter((c): c is ResourceColumn<Server> => c !== false);
  }, [t, summary, names, viewer.isAdmin, viewer.projectId]);
}
