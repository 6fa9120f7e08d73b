// /overview: the landing page for administrators and tenants alike.
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { EMPTY_VALUE, formatNumber } from '@/i18n/format';
import { useViewer } from '@/hooks/use-session';
import { countQueries } from '../api/counts';

function CountCard({
  title,
  value,
  loading,
  children,
}: {
  title: string;
  value: number | null | undefined;
  loading: boolean;
  children?: ReactNode;
}) {
  return (
    <Card>
      <Statistic
        title={title}
        loading={loading}
        // Unknown (failed, or the server gave no total) shows a dash rather than a misleading 0.
        value={value ?? EMPTY_VALUE}
        formatter={(v) => (typeof v === 'number' ? formatNumber(v) : v)}
      />
      {children}
    </Card>
  );
}

export function Component() {
  const { t } = useTranslation('overview');
  const scope = useViewer().projectId;
  const images = useQuery(countQueries.images(scope));
  const active = useQuery(countQueries.images(scope, { status: 'active' }));
  const snapshots = useQuery(countQueries.images(scope, { image_type: 'snapshot' }));
  const projects = useQuery(countQueries.projects());

  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title" style={{ margin: '0 0 16px', fontSize: 20, fontWeight: 600 }}>
        {t('title.page')}
      </h1>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <CountCard title={t('fields.images')} value={images.data} loading={images.isPending} />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <CountCard
            title={t('fields.activeImages')}
            value={active.data}
            loading={active.isPending}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <CountCard
            title={t('fields.snapshots')}
            value={snapshots.data}
            loading={snapshots.isPending}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <CountCard
            title={t('fields.projects')}
            value={projects.data}
            loading={projects.isPending}
          />
        </Col>
      </Row>
      {images.data === 0 && (
        <Card style={{ marginTop: 16 }}>
          <Empty description={t('empty.images')} />
        </Card>
      )}
    </section>
  );
}
