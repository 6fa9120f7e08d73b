import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from './visually-hidden';

/** Where a name will be once its resource has loaded: a short shimmer, never the bare id. */
export function NamePlaceholder({ width = 80 }: { width?: number }) {
  const { t } = useTranslation('ui');
  return (
    <span role="status" style={{ display: 'inline-block', verticalAlign: 'middle' }}>
      <Skeleton.Input active size="small" style={{ width, minWidth: width, height: 14 }} />
      <VisuallyHidden>{t('value.loading')}</VisuallyHidden>
    </span>
  );
}
