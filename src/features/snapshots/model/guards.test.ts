import { describe, expect, it } from 'vitest';
import { canConvert, canDelete } from './guards';

describe('instance snapshot guards', () => {
  it('converts only an available snapshot, saying why not otherwise', () => {
    expect(canConvert({ status: 'ACTIVE' })).toBe(true);
    expect(canConvert({ status: 'SAVING' })).toBe('saving');
    expect(canConvert({ status: 'ERROR' })).toBe('failed');
    expect(canConvert({ status: 'DELETED' })).toBe('deleted');
  });

  it('deletes an available or failed snapshot, not one still saving', () => {
    expect(canDelete({ status: 'ACTIVE' })).toBe(true);
    expect(canDelete({ status: 'ERROR' })).toBe(true);
    expect(canDelete({ status: 'SAVING' })).toBe('saving');
    expect(canDelete({ status: 'DELETED' })).toBe('deleted');
  });
});
