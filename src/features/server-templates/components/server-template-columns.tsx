import { useMemo } from 'react';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QuickLookLink } from '@/components/detail/quick-look-drawer';
import type { ResourceColumn } from '@/components/resource-table/types';
import { serverTypeOf, type ServerTemplate } from '../model/server-template';
import { TemplateFlavor, TemplateImage } from './ref-names';

export function ServerTypeTag({ template }: { template: ServerTemplate }) {
  const { t } = useTranslation('server-templates');
  const type = serverTypeOf(template);
  return <Tag>{type ? t(`serverType.${type}`) : template.metadata.normUuid}</Tag>;
}

/** The list's columns; the organisation column only for a cloud administrator (every one). */
export function useServerTemplateColumns(
  scope: string,
  projectName: (id: string) => string,
  isAdmin: boolean,
): ResourceColumn<ServerTemplate>[] {
  const { t } = useTranslation('server-templates');
  return useMemo(() => {
    const typeLabel = (x: ServerTemplate) => {
      const type = serverTypeOf(x);
      return type ? t(`serverType.${type}`) : x.metadata.normUuid;
    };
    const cols: (ResourceColumn<ServerTemplate> | false)[] = [
      {
        key: 'name',
        title: t('fields.name'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (x) => x.name,
        render: (x) => <QuickLookLink id={x.uuid}>{x.name}</QuickLookLink>,
        width: 140,
      },
      {
        key: 'serverType',
        title: t('fields.serverType'),
        sortable: true,
        value: typeLabel,
        exportValue: (x) => x.metadata.normUuid,
        render: (x) => <ServerTypeTag template={x} />,
        width: 130,
      },
      {
        key: 'image',
        title: t('fields.image'),
        value: (x) => x.image_uuid,
        render: (x) => <TemplateImage scope={scope} id={x.image_uuid} />,
        ellipsis: true,
        width: 190,
      },
      {
        key: 'flavor',
        title: t('fields.flavor'),
        value: (x) => x.flavor_uuid,
        render: (x) => <TemplateFlavor scope={scope} id={x.flavor_uuid} />,
        ellipsis: true,
        width: 130,
      },
      {
        key: 'zone',
        title: t('fields.zone'),
        sortable: true,
        searchable: true,
        value: (x) => x.availability_zone,
        width: 130,
      },
      isAdmin && {
        key: 'project',
        title: t('fields.project'),
        sortable: true,
        searchable: true,
        value: (x) => projectName(x.metadata.projectId),
        exportValue: (x) => x.metadata.projectId,
        ellipsis: true,
        width: 140,
      },
      {
        key: 'description',
        title: t('fields.description'),
        searchable: true,
        value: (x) => x.description,
        ellipsis: true,
        width: 180,
      },
      {
        key: 'storageType',
        title: t('fields.storageType'),
        defaultHidden: true,
        value: (x) => x.metadata.storageType,
        width: 110,
      },
      {
        key: 'uuid',
        title: t('fields.uuid'),
        defaultHidden: true,
        searchable: true,
        value: (x) => x.uuid,
        render: (x) => (
          <Typography.Text copyable={{ text: x.uuid }} code>
            {x.uuid.slice(0, 8)}
          </Typography.Text>
        ),
        width: 140,
      },
    ];
    return cols.filter((c): c is ResourceColumn<ServerTemplate> => c !== false);
  }, [t, scope, projectName, isAdmin]);
}
