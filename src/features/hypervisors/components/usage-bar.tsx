import { Flex, Progress, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';
import {
  ALLOCATION_RATIO,
  FULL_LOAD,
  HIGH_LOAD,
  usageLevel,
  type Resource,
  type Usage,
} from '../model/hypervisor';

type Props = {
  usage: Usage;
  kind: Resource;
  /** A capacity or usage figure with its unit: formatBytes for memory and disk. */
  format: (n: number) => string;
  /** The resource, translated: names the progress bar for assistive technology. */
  resource: string;
  /** A table cell's fixed width, or the whole width of a card. */
  width?: number | '100%';
};

export const formatPercent = (percent: number) =>
  formatNumber(percent / 100, undefined, { style: 'percent', maximumFractionDigits: 0 });

/** "2.2", "3.0": one decimal always, so a column of factors reads alike. */
export const formatFactor = (factor: number) =>
  formatNumber(factor, undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * "used / total" over a bar of how full the host is for the scheduler. vCPUs are overcommitted by
 * design (nova places 4 per core by default), so their bar fills against 4 × the cores and the
 * figure beside it is the overcommit factor ("2.2×"), not a percentage past 100 in red. Colours
 * follow HIGH_LOAD / FULL_LOAD of that capacity; the tooltip says where the limit comes from.
 */
export function UsageBar({ usage, kind, format, resource, width = 160 }: Props) {
  const { t } = useTranslation('hypervisors');
  const { token } = theme.useToken();
  const color = {
    normal: token.colorPrimary,
    high: token.colorWarning,
    full: token.colorError,
  }[usageLevel(usage)];
  const ratio = ALLOCATION_RATIO[kind];
  const overcommitted = ratio > 1;
  const figure = overcommitted
    ? t('usage.factor', { factor: formatFactor(usage.factor) })
    : formatPercent(usage.percent);
  const help = overcommitted
    ? t('usage.overcommitHelp', {
        factor: formatFactor(usage.factor),
        ratio: formatFactor(ratio),
        high: formatFactor((ratio * HIGH_LOAD) / 100),
      })
    : t('usage.sizeHelp', {
        percent: formatPercent(usage.percent),
        high: formatPercent(HIGH_LOAD),
        full: formatPercent(FULL_LOAD),
      });
  return (
    <Tooltip title={help}>
      <Flex vertical gap={0} style={{ width }}>
        <Typography.Text style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {t('usage.ratio', { used: format(usage.used), total: format(usage.total) })}
        </Typography.Text>
        <Flex align="center" gap={6}>
          <Progress
            style={{ flex: 1, margin: 0, lineHeight: 1 }}
            percent={Math.min(100, usage.load)}
            showInfo={false}
            size={{ height: 6 }}
            strokeColor={color}
            aria-label={t('usage.label', { resource, percent: figure })}
          />
          <Typography.Text
            type={usageLevel(usage) === 'full' ? 'danger' : 'secondary'}
            style={{ fontSize: 12, whiteSpace: 'nowrap', minWidth: 34, textAlign: 'end' }}
          >
            {figure}
          </Typography.Text>
        </Flex>
      </Flex>
    </Tooltip>
  );
}
