import { describe, expect, it } from 'vitest';
import { densityKey, loadDensity, saveDensity } from './density';

describe('table density', () => {
  it('is comfortable until the user picks compact, remembered per table', () => {
    expect(loadDensity('servers', localStorage)).toBe('comfortable');
    saveDensity('servers', 'compact', localStorage);
    expect(localStorage.getItem(densityKey('servers'))).toBe('compact');
    expect(loadDensity('servers', localStorage)).toBe('compact');
    expect(loadDensity('images', localStorage)).toBe('comfortable');
    saveDensity('servers', 'comfortable', localStorage);
    expect(localStorage.getItem(densityKey('servers'))).toBeNull();
  });

  it('treats anything else stored, or a storage that throws, as the default', () => {
    localStorage.setItem(densityKey('t'), 'huge');
    expect(loadDensity('t', localStorage)).toBe('comfortable');
    const broken = Object.assign(Object.create(Storage.prototype), {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    }) as Storage;
    expect(loadDensity('t', broken)).toBe('comfortable');
    expect(() => saveDensity('t', 'compact', broken)).not.toThrow();
  });
});
