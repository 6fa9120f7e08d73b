import { Flex, Progress, theme, Typography } from 'antd';
import { formatNumber } from '@/i18n/format';
import { usageLevel, type Usage } from '@/api/resources/hypervisor-capacity';

/** One resource's used share as a dial, with "used of total" under it. */
export function UsageGauge({
  label,
  usage,
  detail,
  note,
}: {
  label: string;
  usage: Usage;
  /** Already formatted "used of total". */
  detail: string;
  /** A second line, e.g. how far the resource may be overcommitted. */
  note?: string;
}) {
  const { token } = theme.useToken();
  // The hypervisors page's thresholds, on the share of what nova will place.
  const level = usageLevel(usage);
  const color =
    level === 'full'
      ? token.colorError
      : level === 'high'
        ? token.colorWarning
        : token.colorPrimary;
  const percent = Math.round(usage.load * 10) / 10;
  return (
    <Flex vertical align="center" gap={4} style={{ minWidth: 140 }}>
      <Progress
        type="dashboard"
        percent={Math.min(100, percent)}
        size={112}
        strokeColor={color}
        status="normal"
        format={() => `${formatNumber(percent, undefined, { maximumFractionDigits: 1 })}%`}
        aria-label={label}
      />
      <Typography.Text strong>{label}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {detail}
      </Typography.Text>
      {note ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
