import { describe, expect, it } from 'vitest';
import {
  NO_CHOICES,
  isColumnVisible,
  loadChoices,
  parseChoices,
  saveChoices,
  setColumnVisible,
  storageKey,
} from './column-visibility';

describe('column visibility', () => {
  const name = { key: 'name', alwaysVisible: true };
  const id = { key: 'id', defaultHidden: true };
  const size = { key: 'size' };

  it('follows defaultHidden until the user chooses', () => {
    expect(isColumnVisible(id, NO_CHOICES)).toBe(false);
    expect(isColumnVisible(size, NO_CHOICES)).toBe(true);
    const choices = setColumnVisible(setColumnVisible(NO_CHOICES, 'id', true), 'size', false);
    expect(isColumnVisible(id, choices)).toBe(true);
    expect(isColumnVisible(size, choices)).toBe(false);
  });

  it('shows a column that asks for room only from its viewport width up, until the user chooses', () => {
    const image = { key: 'image', showFrom: 1440 };
    expect(isColumnVisible(image, NO_CHOICES, 1280)).toBe(false);
    expect(isColumnVisible(image, NO_CHOICES, 1440)).toBe(true);
    expect(isColumnVisible(image, setColumnVisible(NO_CHOICES, 'image', true), 1280)).toBe(true);
    expect(isColumnVisible(image, setColumnVisible(NO_CHOICES, 'image', false), 1920)).toBe(false);
    // No width known (no window): every default column.
    expect(isColumnVisible(image, NO_CHOICES)).toBe(true);
  });

  it('never hides an alwaysVisible column', () => {
    expect(isColumnVisible(name, setColumnVisible(NO_CHOICES, 'name', false))).toBe(true);
  });

  it('the last choice for a column wins', () => {
    const c = setColumnVisible(setColumnVisible(NO_CHOICES, 'size', false), 'size', true);
    expect(c).toEqual({ shown: ['size'], hidden: [] });
  });

  it('persists per table id and reads back', () => {
    const choices = setColumnVisible(NO_CHOICES, 'size', false);
    saveChoices('images', choices, localStorage);
    expect(localStorage.getItem(storageKey('images'))).toBe('{"shown":[],"hidden":["size"]}');
    expect(loadChoices('images', localStorage)).toEqual(choices);
    expect(loadChoices('volumes', localStorage)).toEqual(NO_CHOICES);
    saveChoices('images', NO_CHOICES, localStorage);
    expect(localStorage.getItem(storageKey('images'))).toBeNull();
  });

  it('treats unreadable stored data as no choice', () => {
    expect(parseChoices('{nope')).toEqual(NO_CHOICES);
    expect(parseChoices('[1,2]')).toEqual(NO_CHOICES);
    expect(parseChoices('{"hidden":["a",3],"shown":"x"}')).toEqual({ shown: [], hidden: ['a'] });
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    const storage = Object.assign(Object.create(Storage.prototype), broken) as Storage;
    expect(loadChoices('t', storage)).toEqual(NO_CHOICES);
    expect(() => saveChoices('t', setColumnVisible(NO_CHOICES, 'a', false), storage)).not.toThrow();
  });
});
