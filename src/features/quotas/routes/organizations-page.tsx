// /organizations — organisations (keystone projects, 004 §1.18 #4) with their member count,
// assigned availability zones (#7), quota pressure (#1) and a link to their resources.
import { useMemo } from 'react';
import { Flex, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DescriptionList } from '@/components/detail/description-list';
import { QuickLookDrawer, QuickLookLink } from '@/components/detail/quick-look-drawer';
import { ListPage } from '@/components/list-page/list-page';
import type { ResourceColumn } from '@/components/resource-table/types';
import { StatusTag } from '@/components/status-tag';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { projectQueries } from '@/api/resources/projects';
import { quotaQueries } from '@/api/resources/quotas';
import { PressureTag } from '../components/quota-columns';
import { ProjectQuota } from '../components/project-quota';
import { membersByProject } from '../model/members';
import { useRoleGroupLabel } from '../components/role-group';
import { toRows, type OrgQuotaRow } from '../model/rows';

type Project = components['schemas']['Project'];
type OrgRow = Project & { members: number; quota: OrgQuotaRow | undefined };

const TABLE = defineTableOptions({
  filters: {},
  defaultPageSize: 50,
  defaultSort: { field: 'name', order: 'ascend' },
  sortFields: ['name', 'members', 'quota'],
});

/** The availability zones assigned to an organisation, read for its row. */
function ProjectZones({ id }: { id: string }) {
  const { t } = useTranslation('quotas');
  const query = useQuery(projectQueries.azones(id));
  if (query.isPending)
    return <Typography.Text type="secondary">{t('messages.loading')}</Typography.Text>;
  const zones = query.data?.assigments ?? [];
  if (zones.length === 0)
    return <Typography.Text type="secondary">{t('messages.noZones')}</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {zones.map((a) => (
        <Tag key={a.actorId}>{a.azone.labelName || a.azone.zone}</Tag>
      ))}
    </Flex>
  );
}

function ResourcesLink({ id }: { id: string }) {
  const { t } = useTranslation('quotas');
  return <Link to={`/servers?project=${encodeURIComponent(id)}`}>{t('actions.resources')}</Link>;
}

export function Component() {
  const { t } = useTranslation('quotas');
  const groupLabel = useRoleGroupLabel();
  const state = useUrlTableState(TABLE);
  const projects = useQuery(projectQueries.list());
  const assignments = useQuery(projectQueries.assignments(''));
  const limits = useQuery(quotaQueries.list());
  const rows = useMemo((): OrgRow[] | undefined => {
    if (!projects.data) return undefined;
    const members = membersByProject(assignments.data);
    const quotas = new Map((toRows(limits.data, projects.data) ?? []).map((r) => [r.id, r]));
    return projects.data.map((p) => ({
      ...p,
      members: members.get(p.id)?.size ?? 0,
      quota: quotas.get(p.id),
    }));
  }, [projects.data, assignments.data, limits.data]);

  const columns = useMemo(
    (): ResourceColumn<OrgRow>[] => [
      {
        key: 'name',
        title: t('fields.name'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (p) => p.name,
        render: (p) => <QuickLookLink id={p.id}>{p.name}</QuickLookLink>,
        width: 160,
      },
      {
        key: 'description',
        title: t('fields.description'),
        searchable: true,
        value: (p) => p.description,
        ellipsis: true,
        width: 180,
      },
      {
        key: 'status',
        title: t('fields.status'),
        value: (p) => t(p.enabled ? 'status.enabled' : 'status.disabled'),
        render: (p) => (
          <StatusTag
            label={t(p.enabled ? 'status.enabled' : 'status.disabled')}
            tone={p.enabled ? 'success' : 'default'}
          />
        ),
        width: 100,
      },
      {
        key: 'members',
        title: t('fields.members'),
        sortable: true,
        value: (p) => p.members,
        align: 'right',
        width: 90,
      },
      {
        key: 'azones',
        title: t('fields.azones'),
        render: (p) => <ProjectZones id={p.id} />,
        width: 200,
      },
      {
        key: 'quota',
        title: t('fields.quota'),
        sortable: true,
        value: (p) => (p.quota && Number.isFinite(p.quota.pressure) ? p.quota.pressure : 100),
        render: (p) => (p.quota ? <PressureTag row={p.quota} /> : null),
        width: 120,
      },
      {
        key: 'resources',
        title: t('fields.resources'),
        render: (p) => <ResourcesLink id={p.id} />,
        width: 110,
      },
    ],
    [t],
  );

  return (
    <>
      <ListPage<OrgRow, typeof TABLE.filters>
        title={t('title.organizations')}
        subtitle={t('subtitle.organizations')}
        tableId="organizations"
        resourceName={t('title.organizationResource')}
        rowKey={(p) => p.id}
        itemName={(p) => p.name}
        columns={columns}
        data={rows}
        query={projects}
        state={state}
      />
      <QuickLookDrawer size={760} title={(id) => rows?.find((p) => p.id === id)?.name ?? id}>
        {(id) => {
          const p = rows?.find((x) => x.id === id);
          if (!p) return null;
          const members = (assignments.data ?? []).filter((a) => a.targetId === id);
          return (
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              <DescriptionList
                items={[
                  { key: 'id', label: t('fields.id'), value: p.id, copy: p.id },
                  {
                    key: 'status',
                    label: t('fields.status'),
                    value: t(p.enabled ? 'status.enabled' : 'status.disabled'),
                  },
                  { key: 'description', label: t('fields.description'), value: p.description },
                  { key: 'domain', label: t('fields.domain'), value: p.domain_id },
                  {
                    key: 'azones',
                    label: t('fields.azones'),
                    value: <ProjectZones id={p.id} />,
                    span: 2,
                  },
                  {
                    key: 'members',
                    label: t('fields.members'),
                    span: 2,
                    value:
                      members.length === 0 ? (
                        t('messages.noMembers')
                      ) : (
                        <Flex gap={4} wrap>
                          {members.map((a) => (
                            <Tag key={`${a.actorId}-${a.groupId}`}>
                              {a.user.name} · {groupLabel(a.group)}
                            </Tag>
                          ))}
                        </Flex>
                      ),
                  },
                  {
                    key: 'resources',
                    label: t('fields.resources'),
                    value: <ResourcesLink id={p.id} />,
                  },
                ]}
              />
              {p.quota ? <ProjectQuota limits={p.quota.limits} columns={2} /> : null}
            </Space>
          );
        }}
      </QuickLookDrawer>
    </>
  );
}
