import { Flex, theme, Typography } from 'antd';
import { Link } from 'react-router';
import { formatNumber } from '@/i18n/format';
import type { StatusTone } from '@/components/status-tone';
import type { Bar } from '../model/figures';

export type BarRow = Bar<string> & {
  readonly label: string;
  readonly to: string;
  readonly tone: StatusTone;
};

/**
 * A horizontal bar chart drawn with plain boxes (no chart library in the overview's chunk): one
 * link per bar, so every figure opens the list filtered to it and reads well to a screen reader.
 */
export function BarList({ rows, label }: { rows: readonly BarRow[]; label: string }) {
  const { token } = theme.useToken();
  const fill: Record<StatusTone, string> = {
    success: token.colorSuccess,
    processing: token.colorPrimary,
    warning: token.colorWarning,
    error: token.colorError,
    default: token.colorTextQuaternary,
  };
  return (
    <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {rows.map((r) => (
        <li key={r.key} style={{ marginBottom: 8 }}>
          <Link to={r.to} style={{ display: 'block', color: 'inherit' }}>
            <Flex justify="space-between" gap={8}>
              <Typography.Text>{r.label}</Typography.Text>
              <Typography.Text strong>
                {formatNumber(r.count)}
                {r.more ? '+' : ''}
              </Typography.Text>
            </Flex>
            <div
              aria-hidden
              style={{ height: 8, borderRadius: 4, background: token.colorFillSecondary }}
            >
              <div
                style={{
                  width: `${Math.max(2, Math.round(r.share * 100))}%`,
                  height: '100%',
                  borderRadius: 4,
                  background: fill[r.tone],
                }}
              />
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
