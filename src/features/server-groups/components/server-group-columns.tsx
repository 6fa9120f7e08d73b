import { useMemo } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QuickLookLink } from '@/components/detail/quick-look-drawer';
import type { ResourceColumn } from '@/components/resource-table/types';
import { policyOf, type ServerGroup } from '../model/server-group';
import { MemberLinks } from './member-links';
import { PolicyTag } from './policy-tag';

/** The list's columns; the project column only for a cloud administrator (every project). */
export function useServerGroupColumns(
  projectName: (id: string) => string,
  isAdmin: boolean,
): ResourceColumn<ServerGroup>[] {
  const { t } = useTranslation('server-groups');
  return useMemo(() => {
    const policyLabel = (g: ServerGroup) => {
      const p = policyOf(g);
      return p ? t(`policy.${p}`) : '';
    };
    const cols: (ResourceColumn<ServerGroup> | false)[] = [
      {
        key: 'name',
        title: t('fields.name'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (g) => g.name,
        render: (g) => <QuickLookLink id={g.id}>{g.name}</QuickLookLink>,
        width: 220,
      },
      {
        key: 'policy',
        title: t('fields.policy'),
        sortable: true,
        value: policyLabel,
        exportValue: (g) => policyOf(g) ?? '',
        render: (g) => <PolicyTag policy={policyOf(g)} />,
        width: 130,
      },
      {
        key: 'members',
        title: t('fields.members'),
        sortable: true,
        searchable: true,
        value: (g) => g.members.length,
        compare: (a, b) => a.members.length - b.members.length,
        exportValue: (g) => g.members.join(' '),
        render: (g) => <MemberLinks members={g.members} project={g.project_id} limit={3} />,
        width: 270,
      },
      isAdmin && {
        key: 'project',
        title: t('fields.project'),
        sortable: true,
        searchable: true,
        value: (g) => projectName(g.project_id),
        exportValue: (g) => g.project_id,
        ellipsis: true,
        width: 160,
      },
      {
        key: 'user_id',
        title: t('fields.user_id'),
        defaultHidden: true,
        value: (g) => g.user_id,
        width: 300,
      },
      {
        key: 'id',
        title: t('fields.id'),
        defaultHidden: true,
        searchable: true,
        value: (g) => g.id,
        render: (g) => (
          <Typography.Text copyable={{ text: g.id }} code>
            {g.id.slice(0, 8)}
          </Typography.Text>
        ),
        width: 140,
      },
    ];
    return cols.filter((c): c is ResourceColumn<ServerGroup> => c !== false);
  }, [t, projectName, isAdmin]);
}
