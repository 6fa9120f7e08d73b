import { describe, expect, it } from 'vitest';
import type { FormRule } from 'antd';
import { createRules, PATTERNS } from './rules';

// A fake t that shows which key and values were asked for.
const t = (key: string, values?: Record<string, string | number>) =>
  values ? `${key}${JSON.stringify(values)}` : key;
const rules = createRules(t);

async function check(rule: FormRule, value: unknown): Promise<string | null> {
  if (typeof rule === 'function' || !rule.validator) throw new Error('not a validator rule');
  try {
    await rule.validator({}, value, () => undefined);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

describe('required', () => {
  it('fails blank and whitespace-only values and passes numbers, text and choices', async () => {
    const required = rules.required();
    for (const blank of [undefined, null, '', '   '])
      expect(await check(required, blank)).toBe('validation.required');
    for (const filled of [0, 1, 'x', ['a'], true]) expect(await check(required, filled)).toBeNull();
  });

  it('fails an empty choice list (a required multiple select, e.g. the wizard networks)', async () => {
    expect(await check(rules.required(), [])).toBe('validation.required');
  });
});

describe('createRules', () => {
  it('builds length and required rules with localized messages from limits', () => {
    expect(rules.required()).toMatchObject({ required: true });
    expect(rules.maxLength(255)).toEqual({
      type: 'string',
      max: 255,
      message: 'validation.maxLength{"max":255}',
    });
    expect(rules.minLength(2)).toMatchObject({ min: 2, message: 'validation.minLength{"min":2}' });
  });

  it('uses a built-in pattern with its message key, or a custom pattern and message', () => {
    expect(rules.pattern('cidr')).toEqual({
      pattern: PATTERNS.cidr,
      message: 'validation.pattern.cidr',
    });
    const custom = /^[a-z]+$/;
    expect(rules.pattern(custom, 'lowercase only')).toEqual({
      pattern: custom,
      message: 'lowercase only',
    });
  });

  it('checks whole numbers within a range, accepting numeric text and allowed sentinels', async () => {
    const quota = rules.integer({ min: 0, max: 1000, allow: [-1] });
    expect(await check(quota, 10)).toBeNull();
    expect(await check(quota, '42')).toBeNull();
    expect(await check(quota, -1)).toBeNull();
    expect(await check(quota, undefined)).toBeNull();
    expect(await check(quota, 1.5)).toBe('validation.integer');
    expect(await check(quota, 'ten')).toBe('validation.integer');
    expect(await check(quota, 1001)).toBe('validation.range{"min":0,"max":1000}');
    expect(await check(rules.integer({ min: 1 }), 0)).toBe('validation.min{"min":1}');
    expect(await check(rules.integer({ max: 8 }), 9)).toBe('validation.max{"max":8}');
  });
});

describe('PATTERNS', () => {
  it('accepts and rejects the right shapes', () => {
    expect(PATTERNS.ipv4.test('192.168.0.1')).toBe(true);
    expect(PATTERNS.ipv4.test('256.1.1.1')).toBe(false);
    expect(PATTERNS.cidr.test('10.0.0.0/8')).toBe(true);
    expect(PATTERNS.cidr.test('10.0.0.0/33')).toBe(false);
    expect(PATTERNS.name.test('web-01')).toBe(true);
    expect(PATTERNS.name.test('数据库_主')).toBe(true);
    expect(PATTERNS.name.test('-web')).toBe(false);
    expect(PATTERNS.uuid.test('3fa85f64-5717-4562-b3fc-2c963f66afa6')).toBe(true);
  });
});
