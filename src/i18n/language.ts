// The console's languages and the user's remembered choice. The choice is a preference, not a
// secret, so it lives in localStorage (the session itself never does).
import { readRuntimeConfig } from '@/api/runtime-config';

export const SUPPORTED_LANGUAGES = ['zh-CN', 'en-US'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export const LANGUAGE_STORAGE_KEY = 'cloudos.language';

export function isLanguage(value: unknown): value is Language {
  return SUPPORTED_LANGUAGES.some((l) => l === value);
}

/** Maps a BCP 47 tag from the browser ("zh", "zh-Hans-CN", "en-GB") onto a supported language. */
export function matchLanguage(tag: string): Language | null {
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en-US';
  return null;
}

function readStored(): Language | null {
  try {
    const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null; // storage disabled: fall back to the browser's languages
  }
}

/**
 * The remembered choice, else the deployment's default (CLOUDOS_DEFAULT_LANGUAGE of the
 * production server), else the first browser language we support, else Chinese.
 */
export function detectLanguage(): Language {
  const stored = readStored();
  if (stored) return stored;
  const configured = readRuntimeConfig().defaultLanguage;
  if (isLanguage(configured)) return configured;
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const tag of browser) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

export function rememberLanguage(language: Language) {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}
