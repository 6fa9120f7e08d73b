import { Button, Flex } from 'antd';
import { CloudServerOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DescriptionList } from '@/components/detail/description-list';
import { serverTemplateQueries } from '@/api/resources/server-templates';
import { canCreateServer, createServerPath } from '../model/server-template';
import { TemplateFlavor, TemplateImage } from './ref-names';
import { ServerTypeTag } from './server-template-columns';

type Props = { id: string; scope: string; projectName: (id: string) => string };

/** One template's fields, read from its detail (§1.11 item 4), and the way to use it. */
export function ServerTemplateQuickLook({ id, scope, projectName }: Props) {
  const { t } = useTranslation('server-templates');
  const navigate = useNavigate();
  const q = useQuery(serverTemplateQueries.detail(scope, id));
  const x = q.data;
  if (!x) return null;
  const m = x.metadata;
  return (
    <Flex vertical gap={16}>
      <DescriptionList
        columns={1}
        bordered
        items={[
          { key: 'name', label: t('fields.name'), value: x.name },
          { key: 'uuid', label: t('fields.uuid'), value: x.uuid, copy: x.uuid },
          {
            key: 'serverType',
            label: t('fields.serverType'),
            value: <ServerTypeTag template={x} />,
          },
          {
            key: 'image',
            label: t('fields.image'),
            value: <TemplateImage scope={scope} id={x.image_uuid} />,
            copy: x.image_uuid,
          },
          {
            key: 'flavor',
            label: t('fields.flavor'),
            value: <TemplateFlavor scope={scope} id={x.flavor_uuid} />,
            copy: x.flavor_uuid,
          },
          { key: 'zone', label: t('fields.zone'), value: x.availability_zone, copy: x.azone_uuid },
          { key: 'storageType', label: t('fields.storageType'), value: m.storageType },
          { key: 'storagePool', label: t('fields.storagePool'), value: m.storagePool },
          { key: 'imageSrc', label: t('fields.imageSrc'), value: m.imageSrc },
          {
            key: 'project',
            label: t('fields.project'),
            value: projectName(m.projectId),
            copy: m.projectId,
          },
          { key: 'user', label: t('fields.user_uuid'), value: x.user_uuid, copy: x.user_uuid },
          { key: 'description', label: t('fields.description'), value: x.description },
        ]}
      />
      {canCreateServer(x, scope) === true ? (
        <Flex justify="flex-end">
          <Button
            type="primary"
            icon={<CloudServerOutlined aria-hidden />}
            onClick={() => void navigate(createServerPath(x))}
          >
            {t('actions.createServer')}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}
