import { StatusTag } from '@/components/status-tag';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { stateOf, visibilityOf, type Flavor } from '../model/flavor';

export function FlavorStateTag({ flavor }: { flavor: Flavor }) {
  const { t } = useTranslation('flavors');
  const state = stateOf(flavor);
  return (
    <StatusTag label={t(`state.${state}`)} tone={state === 'enabled' ? 'success' : 'default'} />
  );
}

export function FlavorVisibilityTag({ flavor }: { flavor: Flavor }) {
  const { t } = useTranslation('flavors');
  const v = visibilityOf(flavor);
  return <Tag color={v === 'public' ? 'blue' : 'gold'}>{t(`visibility.${v}`)}</Tag>;
}
