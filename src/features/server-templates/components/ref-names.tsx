// The image and flavor a template names, by name: each asked for by id through the shared detail
// entries (never the whole catalogue). A template outlives what it names: a deleted image or
// flavor says so (the id in a tooltip) instead of showing as an error.
import { Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NamePlaceholder } from '@/components/name-placeholder';
import { flavorQueries } from '@/api/resources/flavors';
import { imageQueries } from '@/api/resources/images';
import { formatBytes } from '@/i18n/format';

type Props = { scope: string; id: string };

function Gone({ id, label }: { id: string; label: string }) {
  return (
    <Tooltip title={id}>
      <Typography.Text type="warning">
        <WarningOutlined aria-hidden /> {label}
      </Typography.Text>
    </Tooltip>
  );
}

export function TemplateImage({ scope, id }: Props) {
  const { t } = useTranslation('server-templates');
  const image = useQuery({ ...imageQueries.detail(scope, id), meta: { silent: true } });
  if (image.isPending) return <NamePlaceholder />;
  if (!image.data) return <Gone id={id} label={t('refs.imageGone')} />;
  return <>{image.data.name}</>;
}

export function TemplateFlavor({ scope, id }: Props) {
  const { t } = useTranslation('server-templates');
  const flavor = useQuery({ ...flavorQueries.detail(scope, id), meta: { silent: true } });
  if (flavor.isPending) return <NamePlaceholder />;
  const f = flavor.data;
  if (!f) return <Gone id={id} label={t('refs.flavorGone')} />;
  return (
    <Tooltip
      title={t('refs.flavorSummary', {
        vcpus: f.vcpus,
        ram: formatBytes(f.ram, undefined, { from: 'MiB' }),
        disk: f.disk,
      })}
    >
      <span>{f.name}</span>
    </Tooltip>
  );
}
