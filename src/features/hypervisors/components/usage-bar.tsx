import { Flex, Progress, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';
import { usageLevel, type Usage } from '../model/hypervisor';

type Props = {
  usage: Usage;
  /** A capacity or usage figure with its unit: formatBytes for memory and disk. */
  format: (n: number) => string;
  /** The resource, translated: names the progress bar for assistive technology. */
  resource: string;
  /** A table cell's fixed width, or the whole width of a card. */
  width?: number | '100%';
};

export const formatPercent = (percent: number) =>
  formatNumber(percent / 100, undefined, { style: 'percent', maximumFractionDigits: 0 });

/** "used / total" over a thin bar with the share beside it; red from 90 % and when overcommitted. */
export function UsageBar({ usage, format, resource, width = 160 }: Props) {
  const { t } = useTranslation('hypervisors');
  const { token } = theme.useToken();
  const level = usageLevel(usage.percent);
  const color = {
    normal: token.colorPrimary,
    high: token.colorWarning,
    full: token.colorError,
  }[level];
  const percent = formatPercent(usage.percent);
  const over = usage.percent > 100;
  return (
    <Flex vertical gap={0} style={{ width }}>
      <Typography.Text style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {t('usage.ratio', { used: format(usage.used), total: format(usage.total) })}
      </Typography.Text>
      <Flex align="center" gap={6}>
        <Progress
          style={{ flex: 1, margin: 0, lineHeight: 1 }}
          percent={Math.min(100, usage.percent)}
          showInfo={false}
          size={{ height: 6 }}
          strokeColor={color}
          aria-label={t('usage.label', { resource, percent })}
        />
        <Typography.Text
          type={over ? 'danger' : 'secondary'}
          style={{ fontSize: 12, whiteSpace: 'nowrap', minWidth: 34, textAlign: 'end' }}
          title={over ? t('usage.overcommitted') : undefined}
        >
          {percent}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
