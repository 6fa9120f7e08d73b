import type { ReactNode } from 'react';
import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';

export type EmptyStateProps = {
  /** Plural noun, already translated ("images" / "镜像"). */
  resourceName: string;
  /** Filters or a search hide every row: offer to clear them instead of the call to action. */
  filtered?: boolean;
  onClearFilters?: () => void;
  /** E.g. a "Create image" button, shown when the list is really empty. */
  action?: ReactNode;
};

export function EmptyState({ resourceName, filtered, onClearFilters, action }: EmptyStateProps) {
  const { t } = useTranslation('ui');
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        filtered
          ? t('empty.filtered', { resource: resourceName })
          : t('empty.title', { resource: resourceName })
      }
    >
      {filtered && onClearFilters ? (
        <Button onClick={onClearFilters}>{t('empty.clearFilters')}</Button>
      ) : filtered ? null : (
        action
      )}
    </Empty>
  );
}
