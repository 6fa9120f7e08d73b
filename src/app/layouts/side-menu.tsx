import { useMemo, useState, type ComponentType } from 'react';
import {
  CloudServerOutlined,
  ClusterOutlined,
  DatabaseOutlined,
  DesktopOutlined,
  HddOutlined,
  PictureOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import {
  buildMenu,
  findRoute,
  selectedMenuPath,
  type AppRoute,
  type MenuEntry,
  type MenuGroup,
} from '../routes/route-model';

const GROUP_ICONS: Record<MenuGroup, ComponentType> = {
  compute: CloudServerOutlined,
  images: PictureOutlined,
  bareMetal: HddOutlined,
  resourcePools: ClusterOutlined,
  infrastructure: DatabaseOutlined,
  identity: TeamOutlined,
  physicalMachines: DesktopOutlined,
};

const groupKey = (group: MenuGroup) => `group:${group}`;

export function SideMenu({ routes, isAdmin }: { routes: readonly AppRoute[]; isAdmin: boolean }) {
  const { t } = useTranslation('shell');
  const { pathname } = useLocation();
  const selected = selectedMenuPath(routes, pathname);
  const selectedGroup = findRoute(routes, pathname)?.group ?? null;

  // The current page's group opens by itself; the user may open and close the others.
  const [openKeys, setOpenKeys] = useState<string[]>(
    selectedGroup ? [groupKey(selectedGroup)] : [],
  );
  const [openedFor, setOpenedFor] = useState(selectedGroup);
  if (selectedGroup !== openedFor) {
    setOpenedFor(selectedGroup);
    if (selectedGroup && !openKeys.includes(groupKey(selectedGroup))) {
      setOpenKeys([...openKeys, groupKey(selectedGroup)]);
    }
  }

  // Built once per role and language, not on every navigation: new items make antd's menu
  // rebuild every entry.
  const items = useMemo<MenuProps['items']>(() => {
    const item = ({ path, titleKey, icon: Icon }: MenuEntry) => ({
      key: path,
      icon: Icon ? <Icon /> : undefined,
      label: <Link to={path}>{t(titleKey)}</Link>,
    });
    return buildMenu(routes, isAdmin).map((section) => {
      if (section.kind === 'item') return item(section.item);
      const Icon = GROUP_ICONS[section.group];
      return {
        key: groupKey(section.group),
        icon: <Icon />,
        label: t(`groups.${section.group}`),
        children: section.items.map(item),
      };
    });
  }, [routes, isAdmin, t]);

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      openKeys={openKeys}
      onOpenChange={setOpenKeys}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
