import { Alert, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatNumber } from '@/i18n/format';
import { quotaLines, type QuotaAbsolute } from '../model/create';
import type { Flavor } from '../model/types';

type Props = { quota: QuotaAbsolute | undefined; flavor: Flavor | undefined; count: number };

/** The project's compute quota with what this request adds; over a limit is said plainly. */
export function QuotaPanel({ quota, flavor, count }: Props) {
  const { t } = useTranslation('servers');
  if (!quota) return null;
  const lines = quotaLines(quota, flavor, count);
  const fmt = (resource: string, n: number) =>
    resource === 'ram' ? formatBytes(n, undefined, { from: 'MiB' }) : formatNumber(n);
  const over = lines.filter((l) => l.over);
  return (
    <Flex vertical gap={8} role="group" aria-label={t('create.quota.title')}>
      <Typography.Text strong>{t('create.quota.title')}</Typography.Text>
      {lines.map((l) => {
        const unlimited = l.max < 0;
        const after = l.used + l.adding;
        return (
          <Flex key={l.resource} align="center" gap={12}>
            <Typography.Text style={{ width: 110 }}>
              {t(`create.quota.${l.resource}`)}
            </Typography.Text>
            <Progress
              style={{ flex: 1, margin: 0 }}
              percent={unlimited ? 0 : Math.min(100, (after / Math.max(l.max, 1)) * 100)}
              success={{ percent: unlimited ? 0 : (l.used / Math.max(l.max, 1)) * 100 }}
              status={l.over ? 'exception' : 'normal'}
              showInfo={false}
              aria-label={t(`create.quota.${l.resource}`)}
            />
            <Typography.Text
              type={l.over ? 'danger' : undefined}
              style={{ minWidth: 220, textAlign: 'end' }}
            >
              {t('create.quota.line', {
                used: fmt(l.resource, l.used),
                adding: fmt(l.resource, l.adding),
                max: unlimited ? t('create.quota.unlimited') : fmt(l.resource, l.max),
              })}
            </Typography.Text>
          </Flex>
        );
      })}
      {over.length ? (
        <Alert
          type="error"
          showIcon
          title={t('create.quota.over', {
            what: over.map((l) => t(`create.quota.${l.resource}`)).join(t('create.quota.sep')),
          })}
        />
      ) : null}
    </Flex>
  );
}
