import { Button, Checkbox, Flex, Popover } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ResourceColumn } from './types';

type Props<T> = {
  columns: readonly ResourceColumn<T>[];
  isVisible: (c: ResourceColumn<T>) => boolean;
  setVisible: (key: string, visible: boolean) => void;
  reset: () => void;
};

export function ColumnMenu<T>({ columns, isVisible, setVisible, reset }: Props<T>) {
  const { t } = useTranslation('ui');
  const content = (
    <Flex vertical gap={4} role="group" aria-label={t('table.columns')}>
      {columns.map((c) => (
        <Checkbox
          key={c.key}
          checked={isVisible(c)}
          disabled={c.alwaysVisible}
          onChange={(e) => setVisible(c.key, e.target.checked)}
        >
          {c.title}
        </Checkbox>
      ))}
      <Button
        size="small"
        type="link"
        onClick={reset}
        style={{ alignSelf: 'flex-start', padding: 0 }}
      >
        {t('table.resetColumns')}
      </Button>
    </Flex>
  );
  return (
    <Popover trigger="click" placement="bottomRight" content={content}>
      <Button icon={<SettingOutlined />} aria-label={t('table.columns')} />
    </Popover>
  );
}
