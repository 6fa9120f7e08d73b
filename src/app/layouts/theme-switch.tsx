import { DesktopOutlined, MoonOutlined, SunOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  THEME_PREFERENCES,
  setThemePreference,
  useThemePreference,
  type ThemePreference,
} from '../theme/theme-preference';

const ICONS: Record<ThemePreference, typeof SunOutlined> = {
  system: DesktopOutlined,
  light: SunOutlined,
  dark: MoonOutlined,
};

export function ThemeSwitch() {
  const { t } = useTranslation('shell');
  const preference = useThemePreference();
  const Icon = ICONS[preference];
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [preference],
        items: THEME_PREFERENCES.map((p) => {
          const ItemIcon = ICONS[p];
          return { key: p, icon: <ItemIcon />, label: t(`theme.${p}`) };
        }),
        onClick: ({ key }) => {
          const next = THEME_PREFERENCES.find((p) => p === key);
          if (next) setThemePreference(next);
        },
      }}
    >
      <Button
        type="text"
        icon={<Icon />}
        aria-label={`${t('theme.label')}: ${t(`theme.${preference}`)}`}
      />
    </Dropdown>
  );
}
