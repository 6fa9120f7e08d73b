import type { ReactNode } from 'react';
import { Button, Flex, Tooltip } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ColumnMenu } from './column-menu';
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
};

export function TableToolbar<T>({
  search,
  filters,
  extra,
  refresh,
  columnMenu,
  onExport,
}: Props<T>) {
  const { t } = useTranslation('ui');
  return (
    <Flex justify="space-between" align="center" gap={8} wrap>
      <Flex gap={8} align="center" wrap>
        {search ? <SearchBox {...search} /> : null}
        {filters}
      </Flex>
      <Flex gap={8} align="center" wrap>
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
