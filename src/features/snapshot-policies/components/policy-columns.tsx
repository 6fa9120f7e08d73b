import { useMemo } from 'react';
import { Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import type { ResourceColumn } from '@/components/resource-table/types';
import type { SnapshotPolicy } from '@/api/resources/vm-snapshots';
import { scheduleOf } from '../model/policy';

const SHOWN_SERVERS = 3;

/** The list's columns; the organisation only for a cloud administrator (every organisation). */
export function usePolicyColumns(
  projectName: (id: string) => string,
  isAdmin: boolean,
): ResourceColumn<SnapshotPolicy>[] {
  const { t } = useTranslation('snapshot-policies');
  return useMemo(() => {
    const schedule = (p: SnapshotPolicy) => {
      const s = scheduleOf(p);
      const day = p.frequency === '1' ? t(`weekday.${s.day}`, { defaultValue: s.day }) : s.day;
      return t(s.key, { day, time: s.time });
    };
    const cols: (ResourceColumn<SnapshotPolicy> | false)[] = [
      {
        key: 'name',
        title: t('fields.name'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (p) => p.name,
        width: 160,
      },
      {
        key: 'state',
        title: t('fields.state'),
        sortable: true,
        value: (p) => t(`state.${p.state}`),
        exportValue: (p) => p.state,
        render: (p) => (
          <StatusTag label={t(`state.${p.state}`)} tone={p.state === '1' ? 'success' : 'default'} />
        ),
        width: 120,
      },
      {
        key: 'schedule',
        title: t('fields.schedule'),
        sortable: true,
        searchable: true,
        value: schedule,
        // "Weekly on Wednesday at 04:45" on one line.
        width: 240,
      },
      {
        key: 'maxSnapshotNum',
        title: t('fields.maxSnapshotNum'),
        sortable: true,
        value: (p) => Number(p.maxSnapshotNum),
        compare: (a, b) => Number(a.maxSnapshotNum) - Number(b.maxSnapshotNum),
        width: 150,
      },
      {
        key: 'flag',
        title: t('fields.flag'),
        value: (p) => t(`flag.${p.flag}`),
        exportValue: (p) => p.flag,
        defaultHidden: true,
        width: 140,
      },
      {
        key: 'zones',
        title: t('fields.zones'),
        sortable: true,
        searchable: true,
        value: (p) => p.labelZones.split(';').join(', '),
        width: 170,
      },
      {
        key: 'servers',
        title: t('fields.servers'),
        sortable: true,
        searchable: true,
        value: (p) => p.snapStrategyVm.length,
        compare: (a, b) => a.snapStrategyVm.length - b.snapStrategyVm.length,
        exportValue: (p) => p.snapStrategyVm.map((v) => v.uuid).join(' '),
        render: (p) =>
          p.snapStrategyVm.length === 0 ? (
            <Typography.Text type="secondary">{t('messages.noServers')}</Typography.Text>
          ) : (
            <Flex gap={6} wrap>
              {p.snapStrategyVm.slice(0, SHOWN_SERVERS).map((v) => (
                <Link
                  key={v.uuid}
                  to={`/servers/${v.uuid}?tab=snapshots${isAdmin ? `&project=${p.tenantId}` : ''}`}
                >
                  {v.name ?? v.uuid.slice(0, 8)}
                </Link>
              ))}
              {p.snapStrategyVm.length > SHOWN_SERVERS ? (
                <Typography.Text type="secondary">
                  +{p.snapStrategyVm.length - SHOWN_SERVERS}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
        width: 200,
      },
      isAdmin && {
        key: 'project',
        title: t('fields.project'),
        sortable: true,
        searchable: true,
        value: (p) => projectName(p.tenantId),
        exportValue: (p) => p.tenantId,
        ellipsis: true,
        width: 140,
      },
      {
        key: 'desc',
        title: t('fields.desc'),
        defaultHidden: true,
        value: (p) => p.desc ?? '',
        ellipsis: true,
        width: 200,
      },
      { key: 'id', title: t('fields.id'), defaultHidden: true, value: (p) => p.id, width: 80 },
    ];
    return cols.filter((c): c is ResourceColumn<SnapshotPolicy> => c !== false);
  }, [t, projectName, isAdmin]);
}
