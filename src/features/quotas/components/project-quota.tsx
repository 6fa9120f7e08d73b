import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AbsoluteLimits } from '@/api/resources/quotas';
import { RESOURCES, RESOURCE_SECTIONS } from '../model/usage';
import { UsageBar } from './usage-bar';

/** Every resource of one organisation: usage bars by group. */
export function ProjectQuota({
  limits,
  columns = 3,
}: {
  limits: AbsoluteLimits;
  columns?: number;
}) {
  const { t } = useTranslation('quotas');
  return (
    <>
      {RESOURCE_SECTIONS.map((g) => (
        <Card key={g.key} size="small" title={t(`groups.${g.key}`)} style={{ marginBottom: 16 }}>
          <Row gutter={[24, 12]}>
            {g.resources.map((key) => {
              const r = RESOURCES.find((x) => x.key === key);
              if (!r) return null;
              return (
                <Col key={key} xs={24} sm={12} lg={24 / columns}>
                  <Typography.Text strong>{t(`resources.${key}`)}</Typography.Text>
                  <UsageBar
                    used={limits[r.used]}
                    limit={limits[r.max]}
                    unit={r.unit}
                    label={t(`resources.${key}`)}
                  />
                </Col>
              );
            })}
          </Row>
        </Card>
      ))}
      {limits.network_addresses.length > 0 && (
        <Card size="small" title={t('groups.addresses')}>
          {limits.network_addresses.map((a) => (
            <div key={a.cidr}>
              <Typography.Text code>{a.cidr}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {a.ip_pools.map((p) => `${p.start_ip} – ${p.end_ip}`).join(', ')}
              </Typography.Text>
            </div>
          ))}
        </Card>
      )}
    </>
  );
}
