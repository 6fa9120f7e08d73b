import { describe, expect, it } from 'vitest';
import { getThemePreference, resolveThemeMode, setThemePreference } from './theme-preference';

describe('theme preference', () => {
  it('follows the system by default', () => {
    expect(getThemePreference()).toBe('system');
    expect(resolveThemeMode('system', true)).toBe('dark');
    expect(resolveThemeMode('system', false)).toBe('light');
  });

  it('remembers an explicit choice, which wins over the system', () => {
    setThemePreference('dark');
    expect(getThemePreference()).toBe('dark');
    expect(resolveThemeMode('dark', false)).toBe('dark');
    expect(resolveThemeMode('light', true)).toBe('light');
    setThemePreference('system');
    expect(localStorage.getItem('cloudos.theme')).toBeNull();
  });
});
