import { useMemo } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResourceColumn } from '@/components/resource-table/types';
import { useTableDensity } from '@/components/resource-table/use-density';
import { formatDateTime } from '@/i18n/format';
import { ipsOf } from '../model/addresses';
import { imageIdOf } from '../model/flavor';
import { leaseOf } from '../model/guards';
import type { Server } from '../model/types';
import { FlavorCell } from '../components/flavor-summary';
import { IpsCell, NameCell } from './server-cells';
import { serverDetailIntent } from './server-detail-intent';
import { ImageName } from '../components/image-name';
import { ServerStatusTag } from '../components/server-status-tag';

/** Names for the CSV export: what the cells have asked for already (the cells ask themselves). */
export type ServerNames = {
  readonly flavorLabel: (id: string) => string;
  readonly imageName: (id: string) => string;
  readonly projectName: (id: string) => string;
};

/** Where a server's page is: its own project is in the URL when it is not the caller's. */
export const serverPath = (s: Pick<Server, 'id' | 'tenant_id'>, callerProject: string) =>
  s.tenant_id === callerProject
    ? `/servers/${s.id}`
    : `/servers/${s.id}?project=${encodeURIComponent(s.tenant_id)}`;

/**
 * Default columns per screen width (`showFrom`, the viewport in px): the set shown by default
 * fits the content area beside the 224 px menu without scrolling sideways, with room for a
 * classic 17 px scrollbar (1280: 991 px for name, status, addresses, flavor and image, with
 * selection and actions: 984), wider screens add the rest. The column menu offers every column; a user's choice is remembered per table.
 */
export function useServerColumns(
  names: ServerNames,
  viewer: { isAdmin: boolean; projectId: string },
): ResourceColumn<Server>[] {
  const { t } = useTranslation('servers');
  return useMemo(() => {
    const admin = viewer.isAdmin;
    const cols: (ResourceColumn<Server> | false)[] = [
      {
        key: 'name',
        title: t('fields.name'),
        alwaysVisible: true,
        value: (s) => s.name,
        render: (s) => (
          <NameCell
            server={s}
            to={serverPath(s, viewer.projectId)}
            intent={serverDetailIntent(s.tenant_id, s.id)}
          />
        ),
        width: 180,
        ellipsis: true,
      },
      {
        key: 'status',
        title: t('fields.status'),
        value: (s) => t(`status.${s.status}`),
        render: (s) => <StatusCell server={s} />,
        width: 120,
      },
      {
        // Folded into Status (shown there when it says more); kept for the CSV and the menu.
        key: 'power',
        title: t('fields.power'),
        value: (s) => t(`power.${s['OS-EXT-STS:power_state']}`),
        defaultHidden: true,
        width: 90,
      },
      {
        key: 'ips',
        title: t('fields.ips'),
        value: (s) =>
          ipsOf(s)
            .map((ip) => ip.addr)
            .join(', '),
        render: (s) => <IpsCell server={s} />,
        width: 140,
      },
      {
        key: 'flavor',
        title: t('fields.flavor'),
        value: (s) => names.flavorLabel(s.flavor.id),
        render: (s) => <FlavorCell id={s.flavor.id} project={viewer.projectId} />,
        width: 160,
        ellipsis: true,
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
        width: 160,
      },
      admin && {
        key: 'project',
        title: t('fields.project'),
        value: (s) => names.projectName(s.tenant_id),
        ellipsis: true,
        width: 130,
        showFrom: 1440,
      },
      {
        key: 'created',
        title: t('fields.created'),
        value: (s) => formatDateTime(s.created),
        exportValue: (s) => s.created,
        width: 170,
        showFrom: 1600,
      },
      {
        key: 'az',
        title: t('fields.az'),
        value: (s) => s['OS-EXT-AZ:availability_zone'],
        ellipsis: true,
        width: 140,
        showFrom: admin ? 1920 : 1600,
      },
      admin && {
        key: 'host',
        title: t('fields.host'),
        value: (s) => s['OS-EXT-SRV-ATTR:host'] ?? '',
        ellipsis: true,
        width: 150,
        showFrom: 1920,
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
        // An administrator's 1920 px already holds project, compute node and zone.
        showFrom: admin ? 2400 : 1920,
      },
      {
        key: 'key_name',
        title: t('fields.key_name'),
        value: (s) => s.key_name ?? '',
        defaultHidden: true,
        width: 130,
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
  }, [t, names, viewer.isAdmin, viewer.projectId]);
}

function StatusCell({ server }: { server: Server }) {
  return <ServerStatusTag server={server} compact={useTableDensity() === 'compact'} />;
}
