// antd validation rules with localized messages, built from the API's documented limits so the
// form rejects what the service would reject, in the user's language, before sending.
import type { FormRule } from 'antd';

export type PatternKey = 'name' | 'ipv4' | 'cidr' | 'uuid';

export type ValidationKey =
  | 'validation.required'
  | 'validation.maxLength'
  | 'validation.minLength'
  | 'validation.integer'
  | 'validation.range'
  | 'validation.min'
  | 'validation.max'
  | `validation.pattern.${PatternKey}`;

export type Translate = (key: ValidationKey, values?: Record<string, string | number>) => string;

const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = `${OCTET}(\\.${OCTET}){3}`;

export const PATTERNS: Readonly<Record<PatternKey, RegExp>> = {
  // Letters (any script, so Chinese names pass), digits, "-", "_", "."; starts with a letter.
  name: /^\p{L}[\p{L}\p{N}_.-]*$/u,
  ipv4: new RegExp(`^${IPV4}$`),
  cidr: new RegExp(`^${IPV4}/(3[0-2]|[12]?\\d)$`),
  uuid: /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i,
};

const isBlank = (v: unknown) => v === undefined || v === null || v === '';
/** Nothing chosen: a multiple select starts from `[]`, which `isBlank` alone lets through. */
const isEmptyChoice = (v: unknown) => Array.isArray(v) && v.length === 0;

export function createRules(t: Translate) {
  return {
    /**
     * Blank, only spaces or an empty list fails. A validator rather than `whitespace: true`, which
     * makes async-validator demand a string and so rejects every filled number input.
     */
    required: (): FormRule => ({
      required: true,
      validator: async (_rule: unknown, value: unknown) => {
        if (
          isBlank(value) ||
          isEmptyChoice(value) ||
          (typeof value === 'string' && value.trim() === '')
        ) {
          throw new Error(t('validation.required'));
        }
      },
    }),
    maxLength: (max: number): FormRule => ({
      type: 'string',
      max,
      message: t('validation.maxLength', { max }),
    }),
    minLength: (min: number): FormRule => ({
      type: 'string',
      min,
      message: t('validation.minLength', { min }),
    }),
    /** A built-in pattern with its message, or any RegExp with a translated message. */
    pattern: (pattern: PatternKey | RegExp, message?: string): FormRule =>
      typeof pattern === 'string'
        ? { pattern: PATTERNS[pattern], message: message ?? t(`validation.pattern.${pattern}`) }
        : { pattern, message },
    /** A whole number (number or numeric text) within optional bounds; -1 style sentinels go in `allow`. */
    integer: ({
      min,
      max,
      allow = [],
    }: { min?: number; max?: number; allow?: readonly number[] } = {}): FormRule => ({
      validator: async (_rule: unknown, value: unknown) => {
        if (isBlank(value)) return;
        const n = typeof value === 'number' ? value : Number(String(value).trim());
        if (!Number.isInteger(n)) throw new Error(t('validation.integer'));
        if (allow.includes(n)) return;
        if (min !== undefined && max !== undefined && (n < min || n > max)) {
          throw new Error(t('validation.range', { min, max }));
        }
        if (min !== undefined && n < min) throw new Error(t('validation.min', { min }));
        if (max !== undefined && n > max) throw new Error(t('validation.max', { max }));
      },
    }),
  };
}

export type Rules = ReturnType<typeof createRules>;
