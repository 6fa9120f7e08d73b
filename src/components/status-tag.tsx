import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import type { StatusTone } from './status-tone';

export type StatusTagProps = {
  /** Already translated, e.g. t('servers:status.BUILD'). */
  label: string;
  tone: StatusTone;
  /** Replaces the spinner shown for `processing`. */
  icon?: ReactNode;
};

// antd's preset status colours already carry meaning (green/blue/orange/red/grey) in both themes.
export function StatusTag({ label, tone, icon }: StatusTagProps) {
  const shownIcon = icon ?? (tone === 'processing' ? <SyncOutlined spin aria-hidden /> : undefined);
  return (
    <Tag color={tone} icon={shownIcon}>
      {label}
    </Tag>
  );
}
