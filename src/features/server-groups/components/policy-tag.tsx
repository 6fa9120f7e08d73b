import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServerGroupPolicy } from '../model/server-group';

const COLOR: Record<ServerGroupPolicy, string> = {
  affinity: 'geekblue',
  'anti-affinity': 'purple',
};

export function PolicyTag({ policy }: { policy: ServerGroupPolicy | undefined }) {
  const { t } = useTranslation('server-groups');
  if (!policy) return null;
  return <Tag color={COLOR[policy]}>{t(`policy.${policy}`)}</Tag>;
}
