import { Flex, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '@/components/detail/description-list';
import { NamePlaceholder } from '@/components/name-placeholder';
import { useViewer } from '@/hooks/use-session';
import { flavorQueries } from '@/api/resources/flavors';
import type { Flavor } from '../model/flavor';
import { FlavorStateTag, FlavorVisibilityTag } from './flavor-tags';
import { formatCount, formatGb, formatMb } from './formatters';

/** Every field of the flavor with its unit, and its extra specs (asked for when opened). */
export function FlavorQuickLook({ flavor }: { flavor: Flavor }) {
  const { t } = useTranslation('flavors');
  const { projectId } = useViewer();
  const specs = useQuery(flavorQueries.extraSpecs(projectId, flavor.id));
  const entries = Object.entries(specs.data ?? {});
  return (
    <DescriptionList
      columns={1}
      bordered
      items={[
        { key: 'name', label: t('fields.name'), value: flavor.name },
        { key: 'id', label: t('fields.id'), value: flavor.id, copy: flavor.id },
        { key: 'vcpus', label: t('fields.vcpus'), value: formatCount(flavor.vcpus) },
        { key: 'ram', label: t('fields.ram'), value: formatMb(flavor.ram) },
        { key: 'disk', label: t('fields.disk'), value: formatGb(flavor.disk) },
        {
          key: 'ephemeral',
          label: t('fields.ephemeral'),
          value: formatGb(flavor['OS-FLV-EXT-DATA:ephemeral']),
        },
        { key: 'swap', label: t('fields.swap'), value: formatMb(flavor.swap) },
        {
          key: 'rxtx_factor',
          label: t('fields.rxtx_factor'),
          value: formatCount(flavor.rxtx_factor),
        },
        {
          key: 'visibility',
          label: t('fields.visibility'),
          value: <FlavorVisibilityTag flavor={flavor} />,
        },
        { key: 'state', label: t('fields.state'), value: <FlavorStateTag flavor={flavor} /> },
        {
          key: 'extra_specs',
          label: t('fields.extra_specs'),
          value: specs.isPending ? (
            <NamePlaceholder />
          ) : entries.length === 0 ? (
            <Typography.Text type="secondary">{t('extraSpecs.none')}</Typography.Text>
          ) : (
            <Flex vertical gap={2}>
              {entries.map(([k, v]) => (
                <div key={k}>
                  <Typography.Text code>{k}</Typography.Text> {v}
                </div>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}
