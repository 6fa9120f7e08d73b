import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import { STATUS_TONE } from '../model/status';
import type { ImageStatus } from '../model/types';

export function ImageStatusTag({ status }: { status: ImageStatus }) {
  const { t } = useTranslation('images');
  return <StatusTag label={t(`status.${status}`)} tone={STATUS_TONE[status]} />;
}
