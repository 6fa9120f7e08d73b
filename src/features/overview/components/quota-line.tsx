import { Flex, Progress, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatNumber } from '@/i18n/format';
import { levelOf, type QuotaLine } from '../model/figures';

/** A quota amount in its unit: counts as numbers, RAM in MiB and volume storage in GiB. */
export function useQuotaAmount() {
  return (line: QuotaLine, value: number) =>
    line.resource.unit === 'mib'
      ? formatBytes(value, undefined, { from: 'MiB', fractionDigits: 1 })
      : line.resource.unit === 'gib'
        ? formatBytes(value, undefined, { from: 'GiB', fractionDigits: 1 })
        : formatNumber(value);
}

/** One resource of a quota as a bar: used of the limit, or the use alone when unlimited. */
export function QuotaBar({ line, title }: { line: QuotaLine; title: string }) {
  const { t } = useTranslation('overview');
  const { token } = theme.useToken();
  const amount = useQuotaAmount();
  const level = levelOf(line.ratio);
  const color =
    level === 'full'
      ? token.colorError
      : level === 'high'
        ? token.colorWarning
        : token.colorPrimary;
  const text =
    line.max === null
      ? t('quota.unlimited', { used: amount(line, line.used) })
      : t('quota.usedOf', { used: amount(line, line.used), max: amount(line, line.max) });
  return (
    <div>
      <Flex justify="space-between" gap={8}>
        <Typography.Text>{title}</Typography.Text>
        <Typography.Text type="secondary">{text}</Typography.Text>
      </Flex>
      <Progress
        percent={line.max === null ? 0 : Math.min(100, Math.round(line.ratio * 100))}
        strokeColor={color}
        showInfo={line.max !== null}
        status="normal"
        // Past 100 % (a limit lowered below use) the share is said, not a check mark.
        format={() => `${formatNumber(Math.round(line.ratio * 100))}%`}
        aria-label={`${title}: ${text}`}
        size="small"
      />
    </div>
  );
}
