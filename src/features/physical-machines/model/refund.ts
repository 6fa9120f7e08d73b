// A refund's answer, one item per serial number (000:L85–L103): what each result means and which
// to send again.
import type { PmRefundItem } from '@/api/resources/physical-machines';

export type RefundOutcome = 'returned' | 'notFound' | 'inOrder' | 'failed';

export function outcomeOf(item: Pick<PmRefundItem, 'code'>): RefundOutcome {
  if (item.code === 200) return 'returned';
  if (item.code === 404) return 'notFound';
  if (item.code === 409) return 'inOrder';
  return 'failed';
}

export const mailSent = (item: Pick<PmRefundItem, 'sendmail'>) =>
  item.sendmail === 'send mail success';

/** The serial numbers to try again: every one not returned. */
export const failedSnids = (items: readonly PmRefundItem[]) =>
  items.filter((i) => i.code !== 200).map((i) => i.snid);

/** A retry's answers replace the earlier ones for the same serial numbers, order kept. */
export function mergeResults(
  before: readonly PmRefundItem[],
  retry: readonly PmRefundItem[],
): PmRefundItem[] {
  const next = new Map(retry.map((i) => [i.snid, i]));
  return before.map((i) => next.get(i.snid) ?? i);
}

export function countOutcomes(items: readonly PmRefundItem[]) {
  const counts: Record<RefundOutcome, number> = { returned: 0, notFound: 0, inOrder: 0, failed: 0 };
  for (const i of items) counts[outcomeOf(i)] += 1;
  return counts;
}
