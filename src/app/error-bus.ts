// A tiny bridge between react-query's caches (created outside React) and the antd notification
// API (which needs React context). Errors reported before the notifier mounts wait in a queue.
type Listener = (error: unknown) => void;

let listener: Listener | null = null;
const pending: unknown[] = [];
// Each error object is shown once, however many observers or caches see it.
const seen = new WeakSet<object>();

export function reportError(error: unknown) {
  if (typeof error === 'object' && error !== null) {
    if (seen.has(error)) return;
    seen.add(error);
  }
  if (listener) listener(error);
  else pending.push(error);
}

export function onReportedError(next: Listener): () => void {
  listener = next;
  for (const error of pending.splice(0)) next(error);
  return () => {
    if (listener === next) listener = null;
  };
}
