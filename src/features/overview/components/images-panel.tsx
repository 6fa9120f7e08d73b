import { useQuery } from '@tanstack/react-query';
import { Flex, Statistic } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';
import { countQueries } from '../api/counts';
import { Panel, panelState } from './panel';

/** Image counts from glance's totals (one item fetched per figure). */
export function ImagesPanel({ scope }: { scope: string }) {
  const { t } = useTranslation('overview');
  const images = useQuery(countQueries.images(scope));
  const active = useQuery(countQueries.images(scope, { status: 'active' }));
  const snapshots = useQuery(countQueries.images(scope, { image_type: 'snapshot' }));
  const figures = [
    { key: 'images', to: '/images', value: images.data },
    { key: 'activeImages', to: '/images?status=active', value: active.data },
    { key: 'snapshots', to: '/images?kind=snapshot', value: snapshots.data },
  ] as const;
  return (
    <Panel
      id="images"
      title={t('panels.images')}
      state={panelState([images, active, snapshots])}
      empty={images.data === 0 ? t('empty.images') : null}
    >
      <Flex gap={32} wrap>
        {figures.map((f) => (
          <Link key={f.key} to={f.to} style={{ color: 'inherit' }}>
            <Statistic title={t(`fields.${f.key}`)} value={formatNumber(f.value ?? null)} />
          </Link>
        ))}
      </Flex>
    </Panel>
  );
}
