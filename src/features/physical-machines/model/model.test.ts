import { describe, expect, it } from 'vitest';
import type { PmOrder, PmRefundItem } from '@/api/resources/physical-machines';
import { parseManaTime } from '@/i18n/format';
import { invalidEmails, parseSnids } from './lists';
import { canDecide, directionOf, isOrderType, snidsOf } from './orders';
import { countOutcomes, failedSnids, mergeResults, outcomeOf } from './refund';

const order = (over: Partial<PmOrder> = {}): PmOrder => ({
  id: 1,
  snids: 'A1,B2',
  resource_project: 'src',
  dest_project: 'me',
  user: 'alice',
  state: 'pending',
  warnning_times: '2026-11-04 08:00:00',
  create_at: '2026-11-01 08:00:00',
  update_at: '2026-11-01 08:00:00',
  ...over,
});

describe('pasted lists', () => {
  it('splits serial numbers on lines, commas, semicolons and blanks, once each', () => {
    expect(parseSnids('SN1, SN2\nSN3;SN1  SN4，SN5')).toEqual({
      snids: ['SN1', 'SN2', 'SN3', 'SN4', 'SN5'],
      invalid: [],
    });
    expect(parseSnids('SN1 @@ SN2').invalid).toEqual(['@@']);
    expect(parseSnids('  ').snids).toEqual([]);
  });
  it('names the addresses that are not e-mail addresses', () => {
    expect(invalidEmails(['jiahua@ztgame.com', 'nope', 'a@b'])).toEqual(['nope', 'a@b']);
  });
  it('reads mana times as UTC and refuses other shapes', () => {
    expect(parseManaTime('2016-03-29 23:00:00')?.toISOString()).toBe('2016-03-29T23:00:00.000Z');
    expect(parseManaTime('2016-03-29T23:00:00')).toBeNull();
    expect(parseManaTime(undefined)).toBeNull();
  });
});

describe('orders', () => {
  it('lets only the receiving organization decide a pending order', () => {
    expect(canDecide(order(), 'me')).toBe(true);
    expect(canDecide(order({ state: 'finished' }), 'me')).toBe('notPending');
    expect(canDecide(order({ dest_project: 'other' }), 'me')).toBe('notAddressed');
  });
  it('knows the direction, the machines and the five types', () => {
    expect(directionOf(order(), 'me')).toBe('incoming');
    expect(directionOf(order(), 'src')).toBe('outgoing');
    expect(snidsOf(order())).toEqual(['A1', 'B2']);
    expect(isOrderType('4')).toBe(true);
    expect(isOrderType('5')).toBe(false);
  });
});

describe('refund results', () => {
  const items: PmRefundItem[] = [
    { code: 404, msg: 'pm server not found', snid: '123', sendmail: 'do-nothing' },
    { code: 200, msg: 'success', snid: '456', sendmail: 'send mail success' },
    {
      code: 409,
      msg: 'pm server is in pending order 3',
      snid: '789',
      sendmail: 'do-nothing' as const,
    },
  ];
  it('maps each code to an outcome and retries the ones not returned', () => {
    expect(items.map(outcomeOf)).toEqual(['notFound', 'returned', 'inOrder']);
    expect(failedSnids(items)).toEqual(['123', '789']);
    expect(countOutcomes(items)).toEqual({ returned: 1, notFound: 1, inOrder: 1, failed: 0 });
  });
  it('replaces retried answers in place', () => {
    const retry: PmRefundItem[] = [
      { code: 200, msg: 'success', snid: '789', sendmail: 'send mail success' },
    ];
    expect(mergeResults(items, retry).map((i) => i.code)).toEqual([404, 200, 200]);
  });
});
