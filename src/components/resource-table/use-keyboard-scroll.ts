// A table wider than its box scrolls sideways inside antd's own scroll container, which a
// keyboard user cannot reach: nothing in a row of plain text takes focus (WCAG 2.1.1, axe's
// scrollable-region-focusable). Made focusable while it overflows, arrow keys scroll it.
import { useEffect, type RefObject } from 'react';

/** antd Table's scroll containers: plain (`scroll.x`) and with a fixed header (`scroll.y`). */
const SCROLLERS = '.ant-table-content, .ant-table-body';

export function useKeyboardScroll(box: RefObject<HTMLElement | null>) {
  useEffect(() => {
    for (const el of box.current?.querySelectorAll<HTMLElement>(SCROLLERS) ?? []) {
      const overflows = el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight;
      if (overflows) el.tabIndex = 0;
      else el.removeAttribute('tabindex');
    }
  });
}
