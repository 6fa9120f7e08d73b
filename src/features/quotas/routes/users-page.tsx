// /users — every user (004 §1.18 #9) with the organisations and role groups assigned to it (#8);
// the quick look is the user's detail.
import { useMemo } from 'react';
import { Flex, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '@/components/detail/description-list';
import { QuickLookDrawer, QuickLookLink } from '@/components/detail/quick-look-drawer';
import { ListPage } from '@/components/list-page/list-page';
import type { ResourceColumn } from '@/components/resource-table/types';
import { StatusTag } from '@/components/status-tag';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { projectQueries } from '@/api/resources/projects';
import { userQueries, type User } from '@/api/resources/users';
import { assignmentsByUser } from '../model/members';
import { useRoleGroupLabel } from '../components/role-group';

type Assignment = NonNullable<
  Awaited<ReturnType<NonNullable<ReturnType<typeof projectQueries.assignments>['queryFn']>>>
>[number];
type UserRow = User & { assignments: Assignment[] };

const TABLE = defineTableOptions({
  filters: {},
  defaultPageSize: 50,
  defaultSort: { field: 'name', order: 'ascend' },
  sortFields: ['name', 'organizations'],
});

function AssignmentTags({ list }: { list: readonly Assignment[] }) {
  const groupLabel = useRoleGroupLabel();
  return (
    <Flex gap={4} wrap>
      {list.map((a) => (
        <Tag key={`${a.targetId}-${a.groupId}`}>
          {a.project.name} · {groupLabel(a.group)}
        </Tag>
      ))}
    </Flex>
  );
}

export function Component() {
  const { t } = useTranslation('quotas');
  const state = useUrlTableState(TABLE);
  const users = useQuery(userQueries.list());
  const assignments = useQuery(projectQueries.assignments(''));
  const rows = useMemo((): UserRow[] | undefined => {
    if (!users.data) return undefined;
    const byUser = assignmentsByUser(assignments.data);
    return users.data.map((u) => ({ ...u, assignments: byUser.get(u.id) ?? [] }));
  }, [users.data, assignments.data]);
  const status = (u: User) => t(u.enabled ? 'status.enabled' : 'status.disabled');
  const columns = useMemo(
    (): ResourceColumn<UserRow>[] => [
      {
        key: 'name',
        title: t('fields.user'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (u) => u.name,
        render: (u) => <QuickLookLink id={u.id}>{u.name}</QuickLookLink>,
        width: 150,
      },
      {
        key: 'display_name',
        title: t('fields.displayName'),
        searchable: true,
        value: (u) => u.display_name,
        width: 140,
      },
      {
        key: 'status',
        title: t('fields.status'),
        value: status,
        render: (u) => <StatusTag label={status(u)} tone={u.enabled ? 'success' : 'default'} />,
        width: 100,
      },
      {
        key: 'organizations',
        title: t('fields.assignments'),
        sortable: true,
        value: (u) => u.assignments.length,
        exportValue: (u) => u.assignments.map((a) => `${a.project.name}:${a.group.name}`).join(' '),
        render: (u) => <AssignmentTags list={u.assignments} />,
        width: 360,
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `status` only reads `t`
    [t],
  );
  return (
    <>
      <ListPage<UserRow, typeof TABLE.filters>
        title={t('title.users')}
        subtitle={t('subtitle.users')}
        tableId="users"
        resourceName={t('title.userResource')}
        rowKey={(u) => u.id}
        itemName={(u) => u.name}
        columns={columns}
        data={rows}
        query={users}
        state={state}
      />
      <QuickLookDrawer title={(id) => rows?.find((u) => u.id === id)?.name ?? id}>
        {(id) => {
          const u = rows?.find((x) => x.id === id);
          if (!u) return null;
          return (
            <DescriptionList
              items={[
                { key: 'id', label: t('fields.id'), value: u.id, copy: u.id, span: 2 },
                { key: 'name', label: t('fields.user'), value: u.name },
                { key: 'display', label: t('fields.displayName'), value: u.display_name },
                { key: 'status', label: t('fields.status'), value: status(u) },
                { key: 'domain', label: t('fields.domain'), value: u.domain_id },
                {
                  key: 'assignments',
                  label: t('fields.assignments'),
                  value: <AssignmentTags list={u.assignments} />,
                  span: 2,
                },
              ]}
            />
          );
        }}
      </QuickLookDrawer>
    </>
  );
}
