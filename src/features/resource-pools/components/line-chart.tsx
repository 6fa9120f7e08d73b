// A small SVG line chart for a few dozen samples (the VMware performance counters): axis labels
// at both ends, the last value called out. No chart library: the console draws nothing else.
import { Flex, Typography, theme } from 'antd';
import { formatDateTime, formatNumber } from '@/i18n/format';

export type LineChartProps = {
  /** Already translated. */
  title: string;
  timestamps: readonly number[];
  values: readonly number[];
  /** Upper bound of the y axis; the data's maximum (at least 1) when absent. */
  max?: number;
  height?: number;
};

const W = 320;

export function LineChart({ title, timestamps, values, max, height = 120 }: LineChartProps) {
  const { token } = theme.useToken();
  const top = max ?? Math.max(1, ...values) * 1.1;
  const n = values.length;
  const x = (i: number) => (n <= 1 ? 0 : (i / (n - 1)) * W);
  const y = (v: number) => height - (Math.min(v, top) / top) * (height - 8) - 4;
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values.at(-1);
  return (
    <figure style={{ margin: 0 }} aria-label={title}>
      <Flex justify="space-between" align="baseline">
        <Typography.Text strong>{title}</Typography.Text>
        <Typography.Text>
          {formatNumber(last, undefined, { maximumFractionDigits: 2 })}
        </Typography.Text>
      </Flex>
      <svg
        viewBox={`0 0 ${W} ${height}`}
        width="100%"
        height={height}
        preserveAspectRatio="none"
        role="img"
        aria-label={title}
        style={{ display: 'block', background: token.colorFillQuaternary, borderRadius: 4 }}
      >
        {[0.25, 0.5, 0.75].map((f) => (
          <line
            key={f}
            x1={0}
            x2={W}
            y1={height * f}
            y2={height * f}
            stroke={token.colorBorderSecondary}
            strokeWidth={1}
          />
        ))}
        {n > 0 ? (
          <polyline
            points={points}
            fill="none"
            stroke={token.colorPrimary}
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          />
        ) : null}
      </svg>
      <Flex justify="space-between">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(timestamps[0])}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(timestamps.at(-1))}
        </Typography.Text>
      </Flex>
    </figure>
  );
}
