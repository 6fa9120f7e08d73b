import { Link } from 'react-router';
import { Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NamePlaceholder } from '@/components/name-placeholder';
import { imageQueries } from '@/api/resources/images';

type Props = {
  /** The token's project (what glance shows depends on it). */
  scope: string;
  id: string;
  /** Link to the image's page (the server's detail); plain text in a table cell. */
  link?: boolean;
};

/**
 * A server's image by name. Only the images on screen are asked for, each by id (one shared cache
 * entry per image, the same its own page reads), never the whole catalogue. An image that no
 * longer answers (deleted) says so, with the id in a tooltip; it is not toasted as an error.
 */
export function ImageName({ scope, id, link }: Props) {
  const { t } = useTranslation('servers');
  const image = useQuery({ ...imageQueries.detail(scope, id), meta: { silent: true } });
  if (image.isPending) return <NamePlaceholder />;
  if (!image.data)
    return (
      <Tooltip title={id}>
        <Typography.Text type="secondary">{t('names.imageGone')}</Typography.Text>
      </Tooltip>
    );
  return link ? <Link to={`/images/${id}`}>{image.data.name}</Link> : <>{image.data.name}</>;
}
