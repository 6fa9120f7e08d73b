// A table wider than its box scrolls sideways inside antd's own scroll container, which a
// keyboard user cannot reach: nothing in a row of plain text takes focus (WCAG 2.1.1, axe's
// scrollable-region-focusable). Made focusable while it overflows, arrow keys scroll it.
//
// Whether it overflows is read when a scroll container or the table in it changes size (a
// ResizeObserver: its callback runs after layout, so reading the sizes there costs nothing). It
// used to be read in an effect after every render, and each read forced a layout of the whole
// page in the middle of rendering it: ~30 ms on a cold list page, again on every poll and
// keystroke.
import { useEffect, useRef, type RefObject } from 'react';

/** antd Table's scroll containers: plain (`scroll.x`) and with a fixed header (`scroll.y`). */
const SCROLLERS = '.ant-table-content, .ant-table-body';

function markScrollers(box: HTMLElement) {
  for (const el of box.querySelectorAll<HTMLElement>(SCROLLERS)) {
    const overflows = el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight;
    if (overflows) el.tabIndex = 0;
    else el.removeAttribute('tabindex');
  }
}

export function useKeyboardScroll(box: RefObject<HTMLElement | null>) {
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => markScrollers(el));
    observer.current = ro;
    return () => {
      ro.disconnect();
      observer.current = null;
    };
  }, [box]);
  // antd may replace its scroll container or table between renders (e.g. when the table turns
  // virtual): observe what is there now. Observing an element already observed is a no-op, and a
  // new one is reported once on its first layout. No size is read here.
  useEffect(() => {
    const ro = observer.current;
    const el = box.current;
    if (!ro || !el) return;
    for (const scroller of el.querySelectorAll<HTMLElement>(SCROLLERS)) {
      ro.observe(scroller);
      const table = scroller.querySelector('table') ?? scroller.firstElementChild;
      if (table) ro.observe(table);
    }
  });
}
