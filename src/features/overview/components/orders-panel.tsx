import { useQuery } from '@tanstack/react-query';
import { Flex, List, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, parseManaTime } from '@/i18n/format';
import { countQueries } from '../api/counts';
import { Panel, panelState } from './panel';

const ORDERS = '/physical-machines/orders';

/** Physical-machine transfer orders still open: awaiting this organisation, or started by it. */
export function OrdersPanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation('overview');
  const pending = useQuery(countQueries.pendingOrders(projectId));
  const open = useQuery(countQueries.openOrders(projectId));
  const nothing = pending.data?.count === 0 && open.data === 0;
  return (
    <Panel
      id="orders"
      title={t('panels.orders')}
      state={panelState([pending, open])}
      empty={nothing ? t('empty.orders') : null}
    >
      <Flex gap={32} wrap>
        <Link to={`${ORDERS}?type=0`} style={{ color: 'inherit' }}>
          <Statistic title={t('orders.pending')} value={formatNumber(pending.data?.count)} />
        </Link>
        <Link to={`${ORDERS}?type=3`} style={{ color: 'inherit' }}>
          <Statistic title={t('orders.open')} value={formatNumber(open.data)} />
        </Link>
      </Flex>
      {pending.data && pending.data.newest.length > 0 ? (
        <List
          size="small"
          style={{ marginTop: 12 }}
          dataSource={pending.data.newest}
          rowKey={(o) => o.id}
          renderItem={(o) => (
            <List.Item>
              <Link to={`${ORDERS}?type=0`}>
                {t('orders.from', {
                  id: o.id,
                  count: o.snids.split(',').filter(Boolean).length,
                })}
              </Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(parseManaTime(o.create_at))}
              </Typography.Text>
            </List.Item>
          )}
        />
      ) : null}
    </Panel>
  );
}
