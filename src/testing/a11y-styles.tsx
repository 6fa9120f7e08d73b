// antd's CSS-in-JS, cut down for tests to what role queries and user-event read.
//
// testing-library decides whether an element is accessible (getByRole, accessible names) from its
// computed display and visibility, and user-event refuses to click through `pointer-events: none`.
// happy-dom computes a style by matching the element against every rule in the document, and
// antd injects some 1,300 rules for a table with its toolbar: naming the cells of a 20-row table
// took seconds, most of the web tests' run time. Everything else antd styles (colours, spacing,
// fonts, transitions) is invisible to tests, so only the three properties above are kept, with
// every selector and media query they sit under, which keeps the cascade between them intact:
// antd's `-hidden` popups and tab panes stay hidden, disabled controls stay unclickable.
import type { ReactNode } from 'react';
// antd's own copy (not a package.json dependency): StyleProvider must share antd's React context.
// a11y-styles.test.tsx fails if it ever stops doing so.
import {
  StyleProvider,
  type CSSInterpolation,
  type CSSObject,
  type Transformer,
} from '@ant-design/cssinjs';

const KEPT = new Set(['display', 'visibility', 'pointerEvents']);

const isNestedStyle = (value: unknown): value is CSSObject =>
  typeof value === 'object' &&
  value !== null &&
  // A keyframes object, or a property with several values ({ value, _multi_value_ }).
  !('_keyframe' in value) &&
  !('value' in value);

function keepInterpolation(value: CSSInterpolation): CSSInterpolation {
  if (Array.isArray(value)) {
    const kept = value.map(keepInterpolation).filter((v) => v !== undefined);
    return kept.length > 0 ? kept : undefined;
  }
  if (!isNestedStyle(value)) return undefined;
  const kept = keepA11yStyle(value);
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** The declarations of `style` that affect accessibility, under the selectors they sit under. */
export function keepA11yStyle(style: CSSObject): CSSObject {
  const kept: CSSObject = {};
  for (const [key, value] of Object.entries(style)) {
    if (KEPT.has(key)) {
      kept[key] = value;
    } else {
      const nested = keepInterpolation(value);
      if (nested !== undefined) kept[key] = nested;
    }
  }
  return kept;
}

const a11yOnly: Transformer = { visit: keepA11yStyle };

/** Wrap a test render in this (outside antd's ConfigProvider) to inject only a11y-relevant CSS. */
export function A11yStyles({ children }: { children: ReactNode }) {
  return <StyleProvider transformers={[a11yOnly]}>{children}</StyleProvider>;
}
