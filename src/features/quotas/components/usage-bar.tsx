import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatNumber } from '@/i18n/format';
import { ratio, tone, type Unit } from '../model/usage';

/** An amount with its unit: counts as numbers, RAM from MiB and storage from GiB. */
export function useFormatAmount() {
  const { i18n } = useTranslation();
  return (value: number, unit: Unit) => {
    if (unit === 'mib') return formatBytes(value * 1024 ** 2, undefined, { fractionDigits: 1 });
    if (unit === 'gib') return formatBytes(value * 1024 ** 3, undefined, { fractionDigits: 1 });
    return formatNumber(value, i18n.language === 'en-US' ? 'en-US' : 'zh-CN');
  };
}

const STROKE = { normal: undefined, warning: '#fa8c16', danger: '#f5222d' } as const;

/** Usage against a limit: a bar (none when unlimited) and "used / limit". */
export function UsageBar({
  used,
  limit,
  unit,
  label,
}: {
  used: number;
  limit: number;
  unit: Unit;
  /** Names the bar for assistive technology (the resource). */
  label: string;
}) {
  const { t } = useTranslation('quotas');
  const format = useFormatAmount();
  const value = ratio(used, limit);
  const text =
    limit < 0
      ? t('usage.unlimited', { used: format(used, unit) })
      : t('usage.of', { used: format(used, unit), limit: format(limit, unit) });
  return (
    <Flex vertical gap={0} style={{ minWidth: 0 }}>
      {limit >= 0 && (
        <Progress
          percent={Math.min(100, Math.round(value * 100))}
          size="small"
          showInfo={false}
          strokeColor={STROKE[tone(value)]}
          aria-label={label}
          aria-valuetext={text}
        />
      )}
      <Typography.Text type={limit < 0 ? 'secondary' : undefined} style={{ fontSize: 12 }}>
        {text}
      </Typography.Text>
    </Flex>
  );
}
