import { Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { rawOsOf } from './os-name';
import { useOsName, type OsImage } from './use-os-name';

type Props = {
  image: OsImage;
  /** Detail views: the platform's own value under the name, copyable. Lists: in a tooltip. */
  showRaw?: boolean;
};

/** An image's guest OS by its readable name, with the platform's value a hover or a copy away. */
export function OsTypeLabel({ image, showRaw }: Props) {
  const { t } = useTranslation('ui');
  const osName = useOsName();
  const raw = rawOsOf(image);
  if (!raw) return <Typography.Text type="secondary">{t('value.none')}</Typography.Text>;
  const name = osName(image);
  if (showRaw)
    return (
      <Flex vertical gap={2} align="flex-start">
        <span>{name}</span>
        <Typography.Text type="secondary" code copyable={{ text: raw }}>
          {raw}
        </Typography.Text>
      </Flex>
    );
  if (name === raw) return <span>{raw}</span>;
  return (
    <Tooltip title={t('osType.raw', { value: raw })}>
      <span>{name}</span>
    </Tooltip>
  );
}
