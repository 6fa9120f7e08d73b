import type { ReactNode } from 'react';
import { Button, Flex, Tooltip } from 'antd';
import { ColumnHeightOutlined, DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ColumnMenu } from './column-menu';
import type { Density } from './density';
import { LastUpdated } from './last-updated';
import { SearchBox } from './search-box';
import type { ResourceColumn } from './types';

type Props<T> = {
  search?: { value: string; onChange: (v: string) => void; placeholder: string };
  filters?: ReactNode;
  extra?: ReactNode;
  refresh?: { onRefresh?: () => void; fetching: boolean; updatedAt: number };
  columnMenu: {
    columns: readonly ResourceColumn<T>[];
    isVisible: (c: ResourceColumn<T>) => boolean;
    setVisible: (key: string, visible: boolean) => void;
    reset: () => void;
  };
  /** Undefined when there is nothing to export. */
  onExport?: () => void;
  density: { value: Density; onChange: (d: Density) => void };
};

export function TableToolbar<T>({
  search,
  filters,
  extra,
  refresh,
  columnMenu,
  onExport,
  density,
}: Props<T>) {
  const { t } = useTranslation('ui');
  return (
    // The filters wrap among themselves; the buttons stay on the first line at the right, so a
    // page with many filters does not spend a whole extra line on four buttons.
    <Flex justify="space-between" align="flex-start" gap={8}>
      <Flex gap={8} align="center" wrap style={{ flex: '1 1 auto', minWidth: 0 }}>
        {search ? <SearchBox {...search} /> : null}
        {filters}
      </Flex>
      <Flex gap={8} align="center" style={{ flex: 'none' }}>
        {refresh ? <LastUpdated at={refresh.updatedAt} /> : null}
        {refresh?.onRefresh ? (
          <Tooltip title={t('table.refresh')}>
            <Button
              icon={<ReloadOutlined spin={refresh.fetching} />}
              aria-label={t('table.refresh')}
              onClick={refresh.onRefresh}
            />
          </Tooltip>
        ) : null}
        <Tooltip title={t('table.compact')}>
          <Button
            icon={<ColumnHeightOutlined aria-hidden />}
            aria-label={t('table.compact')}
            aria-pressed={density.value === 'compact'}
            type={density.value === 'compact' ? 'primary' : 'default'}
            ghost={density.value === 'compact'}
            onClick={() =>
              density.onChange(density.value === 'compact' ? 'comfortable' : 'compact')
            }
          />
        </Tooltip>
        <ColumnMenu {...columnMenu} />
        <Tooltip title={t('table.export')}>
          <Button
            icon={<DownloadOutlined />}
            aria-label={t('table.export')}
            disabled={!onExport}
            onClick={onExport}
          />
        </Tooltip>
        {extra}
      </Flex>
    </Flex>
  );
}
