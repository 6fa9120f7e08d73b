// /overview: the landing page. An administrator sees the platform (capacity, servers, bare metal,
// organisations near their quota, open orders); a tenant its own organisation (servers, quota,
// recent changes). Every panel loads, fails and is empty on its own.
import { useQuery } from '@tanstack/react-query';
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useViewer } from '@/hooks/use-session';
import { countQueries } from '../api/counts';
import { ActivityPanel } from '../components/activity-panel';
import { CapacityPanel } from '../components/capacity-panel';
import { ImagesPanel } from '../components/images-panel';
import { NodesPanel } from '../components/nodes-panel';
import { OrdersPanel } from '../components/orders-panel';
import { QuotaPressurePanel } from '../components/quota-pressure-panel';
import { QuotaUsagePanel } from '../components/quota-usage-panel';
import { ServersPanel } from '../components/servers-panel';

const HALF = { xs: 24, xl: 12 } as const;

function AdminOverview({ scope }: { scope: string }) {
  // The exact number of servers is the sum of every organisation's instance usage.
  const quotas = useQuery(countQueries.allQuotas());
  const total = quotas.data?.reduce((n, l) => n + l.totalInstancesUsed, 0);
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <CapacityPanel scope={scope} />
      </Col>
      <Col {...HALF}>
        <ServersPanel scope={scope} everyProject total={total} />
      </Col>
      <Col {...HALF}>
        <NodesPanel />
      </Col>
      <Col {...HALF}>
        <QuotaPressurePanel />
      </Col>
      <Col {...HALF}>
        <OrdersPanel projectId={scope} />
      </Col>
      <Col span={24}>
        <ImagesPanel scope={scope} />
      </Col>
    </Row>
  );
}

function TenantOverview({ scope }: { scope: string }) {
  const quota = useQuery(countQueries.quota(scope));
  return (
    <Row gutter={[16, 16]}>
      <Col {...HALF}>
        <ServersPanel scope={scope} everyProject={false} total={quota.data?.totalInstancesUsed} />
      </Col>
      <Col {...HALF}>
        <QuotaUsagePanel projectId={scope} />
      </Col>
      <Col {...HALF}>
        <ActivityPanel scope={scope} />
      </Col>
      <Col {...HALF}>
        <ImagesPanel scope={scope} />
      </Col>
    </Row>
  );
}

export function Component() {
  const { t } = useTranslation('overview');
  const { isAdmin, projectId } = useViewer();
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title" style={{ margin: '0 0 4px', fontSize: 20, fontWeight: 600 }}>
        {t('title.page')}
      </h1>
      <Typography.Paragraph type="secondary">
        {isAdmin ? t('title.admin') : t('title.tenant')}
      </Typography.Paragraph>
      {isAdmin ? <AdminOverview scope={projectId} /> : <TenantOverview scope={projectId} />}
    </section>
  );
}
