// Transfer orders: the five list types (001:L63), states, and who may decide an order.
import type { PmOrder, PmOrderType } from '@/api/resources/physical-machines';
import type { StatusToneMap } from '@/components/status-tone';

export const ORDER_TYPES: readonly PmOrderType[] = ['0', '1', '2', '3', '4'];
export const isOrderType = (v: string | undefined): v is PmOrderType =>
  ORDER_TYPES.some((t) => t === v);

export const ORDER_STATE_TONES: StatusToneMap = {
  pending: 'processing',
  finished: 'success',
  rejected: 'default',
};

/** The order's serial numbers as a list. */
export const snidsOf = (o: Pick<PmOrder, 'snids'>) => o.snids.split(',').filter(Boolean);

/** Which way an order goes for the viewing organization. */
export const directionOf = (o: PmOrder, projectId: string): 'incoming' | 'outgoing' =>
  o.dest_project === projectId ? 'incoming' : 'outgoing';

export type DecideBlock = 'notPending' | 'notAddressed';

/** Only the receiving organization decides, and only a pending order. */
export function canDecide(o: PmOrder, projectId: string): true | DecideBlock {
  if (o.state !== 'pending') return 'notPending';
  if (o.dest_project !== projectId) return 'notAddressed';
  return true;
}
