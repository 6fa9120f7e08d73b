// The operating system's "reduce motion" setting (prefers-reduced-motion), followed live.
// Operators who turn it on get drawers, modals, menus and messages that appear and go at once:
// antd's `motion: false` token switches off its enter/leave animations and sets its transition
// durations to 0 (WCAG 2.3.3). Browser tests run with it on (playwright.config.ts), so a step never
// waits for a drawer to finish sliding.
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function query(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(QUERY)
    : null;
}

function subscribe(listener: () => void): () => void {
  const q = query();
  q?.addEventListener('change', listener);
  return () => q?.removeEventListener('change', listener);
}

export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
}
