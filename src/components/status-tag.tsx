import type { ReactNode } from 'react';
import { Tag, theme } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import type { StatusTone } from './status-tone';

export type StatusTagProps = {
  /** Already translated, e.g. t('servers:status.BUILD'). */
  label: string;
  tone: StatusTone;
  /** Replaces the spinner shown for `processing`. */
  icon?: ReactNode;
};

// The tone shows in the tag's tint and a coloured mark; the label itself stays in the normal text
// colour, because antd's coloured tag text (green, orange on their tints) is 2–3:1, under WCAG AA.
export function StatusTag({ label, tone, icon }: StatusTagProps) {
  const { token } = theme.useToken();
  const mark: Record<StatusTone, string> = {
    success: token.colorSuccess,
    processing: token.colorPrimary,
    warning: token.colorWarning,
    error: token.colorError,
    default: token.colorTextQuaternary,
  };
  const shownIcon =
    icon ??
    (tone === 'processing' ? (
      <SyncOutlined spin aria-hidden style={{ color: mark.processing }} />
    ) : (
      <span
        aria-hidden
        style={{
          display: 'inline-block',
          width: 6,
          height: 6,
          borderRadius: 3,
          background: mark[tone],
          marginInlineEnd: 6,
          verticalAlign: 'middle',
        }}
      />
    ));
  return (
    <Tag color={tone} icon={shownIcon} style={{ color: token.colorText }}>
      {label}
    </Tag>
  );
}
