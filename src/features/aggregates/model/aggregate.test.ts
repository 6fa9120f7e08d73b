import { describe, expect, it } from 'vitest';
import {
  canDelete,
  candidateHosts,
  toCreateRequest,
  toUpdateRequest,
  type Aggregate,
} from './aggregate';

const agg = (over: Partial<Aggregate> = {}): Aggregate => ({
  id: 1,
  uuid: 'u1',
  name: 'ssd',
  availability_zone: 'cd_a',
  hosts: ['h1'],
  metadata: { availability_zone: 'cd_a' },
  created_at: '2026-01-01T00:00:00',
  updated_at: null,
  deleted: false,
  deleted_at: null,
  ...over,
});

describe('aggregate model', () => {
  it('maps create and sends only the changed fields on update', () => {
    expect(toCreateRequest({ name: ' ssd ', zone: 'cd_a' })).toEqual({
      aggregate: { name: 'ssd', availability_zone: 'cd_a' },
    });
    expect(toUpdateRequest(agg(), { name: 'fast', zone: 'cd_a' })).toEqual({
      aggregate: { name: 'fast' },
    });
    expect(toUpdateRequest(agg(), { name: 'ssd', zone: 'cd_b' })).toEqual({
      aggregate: { availability_zone: 'cd_b' },
    });
  });

  it('refuses deleting an aggregate with hosts', () => {
    expect(canDelete(agg())).toBe('hasHosts');
    expect(canDelete(agg({ hosts: [] }))).toBe(true);
  });

  it('offers hosts not yet members; those of another zone are refused', () => {
    const zones = new Map([
      ['h2', 'cd_a'],
      ['h3', 'cd_b'],
    ]);
    expect(candidateHosts(agg(), ['h1', 'h2', 'h3', 'h4'], zones)).toEqual([
      { host: 'h2', zone: 'cd_a', ok: true },
      { host: 'h3', zone: 'cd_b', ok: 'otherZone' },
      { host: 'h4', zone: undefined, ok: true },
    ]);
  });
});
