// How a finished batch is summed up in one message (never one toast per item).
import type { BatchItemStatus, BatchSummary } from './batch-core';
import type { StatusTone } from '@/components/status-tone';

const ORDER = ['succeeded', 'failed', 'skipped', 'cancelled'] as const;
export type SummaryStatus = (typeof ORDER)[number];

/** Non-zero counts in reading order: "3 succeeded, 1 failed". */
export function summaryParts(summary: BatchSummary): { status: SummaryStatus; count: number }[] {
  return ORDER.filter((s) => summary[s] > 0).map((status) => ({ status, count: summary[status] }));
}

export type MessageLevel = 'success' | 'warning' | 'error' | 'info';

export function messageLevel(summary: BatchSummary): MessageLevel {
  if (summary.failed > 0) return summary.succeeded > 0 ? 'warning' : 'error';
  if (summary.succeeded > 0 && summary.skipped === 0 && summary.cancelled === 0) return 'success';
  return summary.succeeded > 0 ? 'warning' : 'info';
}

export const ITEM_TONE: Readonly<Record<BatchItemStatus, StatusTone>> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
  skipped: 'warning',
  cancelled: 'default',
};

/** Items done (whatever the outcome) out of all, for a progress bar. */
export function progressOf(summary: BatchSummary): {
  done: number;
  total: number;
  percent: number;
} {
  const total = Object.values(summary).reduce((a, b) => a + b, 0);
  const done = total - summary.queued - summary.running;
  return { done, total, percent: total ? Math.round((done / total) * 100) : 100 };
}
