import { useSyncExternalStore } from 'react';

// One shared clock for relative times ("updated 2 minutes ago"): a single timer for every label
// on the page, and none at all when nothing shows one. It drives display only, never fetching.
const TICK_MS = 15_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

// Fresh on every read after a second, stable within one (React reads the snapshot twice per
// render to detect tearing), so the first render after a long idle is not minutes behind.
function getSnapshot() {
  const t = Date.now();
  if (t - now >= 1000) now = t;
  return now;
}

/** The current time, re-rendering every 15 s while something renders it. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
