// Locale-aware formatting of dates, numbers and sizes. Every helper takes the language explicitly
// or uses the current one, so tables re-render correctly after a language switch.
import { keyedCache } from '@/utils/keyed-cache';
import { currentLanguage, i18n, type Language } from './index';

/** Shown for a missing or unparsable value. */
export const EMPTY_VALUE = '—';

const dateTimeFormats = keyedCache<Intl.DateTimeFormat>();

function dateTimeFormat(language: Language): Intl.DateTimeFormat {
  return dateTimeFormats(
    language,
    () =>
      new Intl.DateTimeFormat(language, {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }),
  );
}

/** A timestamp (ISO string, epoch ms or Date) as a local date and time, e.g. 2026/11/22 13:05:09. */
/** Nova's `2018-01-05T09:43:34.173001` is UTC without a zone designator: read it as UTC. */
export function parseNovaTime(value: string | null | undefined): Date | null {
  if (!value) return null;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?$/.exec(value);
  if (!m) return null;
  const ms = (m[2] ?? '').padEnd(3, '0').slice(0, 3);
  const date = new Date(`${m[1]}.${ms}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** mana_api's `2016-03-29 23:00:00` (001:L123) is UTC without a zone designator: read it as UTC. */
export function parseManaTime(value: string | null | undefined): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(value ?? '');
  if (!m) return null;
  const date = new Date(`${m[1]}T${m[2]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDateTime(
  value: string | number | Date | null | undefined,
  language: Language = currentLanguage(),
): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return EMPTY_VALUE;
  return dateTimeFormat(language).format(date);
}

const numberFormats = keyedCache<Intl.NumberFormat>();

export function formatNumber(
  value: number | null | undefined,
  language: Language = currentLanguage(),
  options?: Intl.NumberFormatOptions,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY_VALUE;
  // One formatter per language and options: a table formats a size or a count in every row.
  const key = options ? `${language}|${JSON.stringify(options)}` : language;
  return numberFormats(key, () => new Intl.NumberFormat(language, options)).format(value);
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;
export type ByteUnit = (typeof BYTE_UNITS)[number];

/**
 * A size in bytes with binary units (1 GiB = 1024 MiB), at most `fractionDigits` decimals:
 * formatBytes(1536 * 1024 ** 2) → "1.5 GiB". `from` reads sizes the API gives in other units
 * (min_ram is in MiB, disks in GiB).
 */
export function formatBytes(
  value: number | null | undefined,
  language: Language = currentLanguage(),
  { from = 'B', fractionDigits = 2 }: { from?: ByteUnit; fractionDigits?: number } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value) || value < 0) {
    return EMPTY_VALUE;
  }
  let size = value;
  let index = BYTE_UNITS.indexOf(from);
  while (size >= 1024 && index < BYTE_UNITS.length - 1) {
    size /= 1024;
    index += 1;
  }
  const unit = BYTE_UNITS[index] ?? 'B';
  const number = formatNumber(size, language, { maximumFractionDigits: fractionDigits });
  return `${number} ${i18n.t(`units.${unit}`, { lng: language, ns: 'common' })}`;
}
