// Light/dark theme. Follows the operating system unless the user picked one; the pick is a
// preference (localStorage), not a secret.
import { useSyncExternalStore } from 'react';

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];
export type ThemeMode = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'cloudos.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

const isPreference = (v: unknown): v is ThemePreference => THEME_PREFERENCES.some((p) => p === v);

const listeners = new Set<() => void>();

export function getThemePreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return isPreference(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

export function setThemePreference(preference: ThemePreference) {
  try {
    if (preference === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // storage disabled: the choice lasts until the page is left
  }
  for (const listener of listeners) listener();
}

function systemQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(DARK_QUERY)
    : null;
}

export function resolveThemeMode(preference: ThemePreference, systemDark: boolean): ThemeMode {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

export function currentMode(): ThemeMode {
  return resolveThemeMode(getThemePreference(), systemQuery()?.matches ?? false);
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const query = systemQuery();
  query?.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    query?.removeEventListener('change', listener);
  };
}

export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribe, getThemePreference, getThemePreference);
}

/** The theme in effect: the user's pick, or the system's while they follow it. */
export function useThemeMode(): ThemeMode {
  return useSyncExternalStore(subscribe, currentMode, currentMode);
}
