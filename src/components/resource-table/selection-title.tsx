import { useLayoutEffect, useRef, type ReactNode } from 'react';

const FOCUSABLE = 'input, button, a[href], [tabindex]';

/**
 * The "select all" checkbox as a column title. antd renders every title twice: in the header and
 * again, invisible, in a zero-height measuring row (`aria-hidden`) that sizes the columns. The
 * second copy is a real checkbox, so Tab stopped on it and focus vanished for one keystroke. In
 * that copy the title takes itself out of the Tab order (inert, and tabindex -1 for browsers and
 * test DOMs without inert); the header's copy is untouched. antd clones the element it measures
 * with `ref: null`, so the element is found through a ref of our own, not one passed in.
 */
export function SelectionTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el?.closest('[aria-hidden="true"]')) return;
    el.setAttribute('inert', '');
    for (const control of el.querySelectorAll<HTMLElement>(FOCUSABLE)) control.tabIndex = -1;
  });
  return (
    // The wrapper antd puts around its own title checkbox (inline-flex, for the checkbox's box).
    <span
      ref={ref}
      style={{ position: 'relative', display: 'inline-flex', flexDirection: 'column' }}
    >
      {children}
    </span>
  );
}
