import type { ReactElement } from 'react';
import { Tooltip } from 'antd';
import { VisuallyHidden } from './visually-hidden';

/**
 * Explains why the wrapped (disabled) control is disabled. A disabled button gets no mouse or
 * focus events, so the tooltip hangs on a focusable wrapper, and the reason is also in the text
 * a screen reader reads. Give the button `style={{ pointerEvents: 'none' }}`.
 */
export function DisabledReason({
  reason,
  children,
}: {
  reason: string | null;
  children: ReactElement;
}) {
  if (!reason) return children;
  return (
    <Tooltip title={reason} trigger={['hover', 'focus']}>
      <span tabIndex={0} style={{ display: 'inline-block', cursor: 'not-allowed' }}>
        {children}
        <VisuallyHidden>{reason}</VisuallyHidden>
      </span>
    </Tooltip>
  );
}
