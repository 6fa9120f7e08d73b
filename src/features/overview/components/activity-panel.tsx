import { useQuery } from '@tanstack/react-query';
import { List, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/i18n/format';
import { countQueries } from '../api/counts';
import { recentActivity } from '../model/figures';
import { Panel, panelState } from './panel';

const SHOWN = 8;

/** The organisation's most recently changed servers and images, newest first. */
export function ActivityPanel({ scope }: { scope: string }) {
  const { t } = useTranslation('overview');
  const servers = useQuery(countQueries.recentServers(scope));
  const images = useQuery(countQueries.recentImages(scope));
  const items =
    servers.data && images.data
      ? recentActivity(servers.data.servers, images.data.images, SHOWN)
      : [];
  const state = panelState([servers, images]);
  return (
    <Panel
      id="activity"
      title={t('panels.activity')}
      state={state}
      empty={items.length === 0 ? t('empty.activity') : null}
    >
      <List
        size="small"
        dataSource={items}
        rowKey={(i) => `${i.kind}-${i.id}`}
        renderItem={(i) => (
          <List.Item>
            <span>
              <Typography.Text type="secondary">{t(`activity.${i.kind}`)}</Typography.Text>{' '}
              <Link to={i.kind === 'server' ? `/servers/${i.id}` : `/images/${i.id}`}>
                {i.name}
              </Link>{' '}
              <Typography.Text type="secondary">
                {i.kind === 'server'
                  ? t(`serverStatus.${i.status}`, { defaultValue: i.status })
                  : t(`imageStatus.${i.status}`, { defaultValue: i.status })}
              </Typography.Text>
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('activity.updated', { time: formatDateTime(i.updated) })}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Panel>
  );
}
