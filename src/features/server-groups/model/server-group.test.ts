import { describe, expect, it } from 'vitest';
import {
  checkName,
  membersAffected,
  policyOf,
  toCreateRequest,
  type ServerGroup,
} from './server-group';

const group = (over: Partial<ServerGroup> = {}): ServerGroup => ({
  id: 'g1',
  name: 'web',
  policies: ['anti-affinity'],
  members: [],
  project_id: 'p1',
  user_id: 'u1',
  metadata: {},
  ...over,
});

describe('name rule (004:L8251)', () => {
  it('accepts 1–64 characters, Chinese, spaces inside and half-width punctuation', () => {
    for (const ok of [
      'a',
      'web-ha_01',
      '数据库组',
      'db group (1)',
      'a.b',
      'g'.repeat(64),
      '组'.repeat(64),
    ])
      expect(checkName(ok)).toBe(true);
  });
  it('refuses an empty or blank name', () => {
    expect(checkName('')).toBe('required');
    expect(checkName('   ')).toBe('required');
  });
  it('counts characters, not UTF-16 units', () => {
    expect(checkName('g'.repeat(65))).toBe('tooLong');
    expect(checkName('😀'.repeat(64))).toBe(true);
  });
  it('refuses / : * ? " < > |', () => {
    for (const c of ['/', ':', '*', '?', '"', '<', '>', '|'])
      expect(checkName(`a${c}b`)).toBe('forbiddenChar');
  });
  it('refuses full-width characters and the ideographic space', () => {
    for (const bad of ['ａｂｃ', '组，一', 'A１', '组\u3000一', '（x）'])
      expect(checkName(bad)).toBe('fullWidth');
  });
  it('refuses a leading or trailing dot, judged on the trimmed name', () => {
    expect(checkName('.hidden')).toBe('dotEdge');
    expect(checkName('group.')).toBe('dotEdge');
    expect(checkName(' .x ')).toBe('dotEdge');
    expect(checkName('.')).toBe('dotEdge');
  });
});

describe('form mapping', () => {
  it('sends the trimmed name and the policy as a one-item list', () => {
    expect(toCreateRequest({ name: ' web ', policy: 'affinity' })).toEqual({
      server_group: { name: 'web', policies: ['affinity'] },
    });
  });
  it('reads the one policy', () => {
    expect(policyOf(group())).toBe('anti-affinity');
  });
});

describe('members affected by a deletion', () => {
  it('counts the groups that still have members and their servers', () => {
    expect(
      membersAffected([
        group({ members: ['s1', 's2'] }),
        group({ id: 'g2' }),
        group({ id: 'g3', members: ['s3'] }),
      ]),
    ).toEqual({ groups: 2, servers: 3 });
    expect(membersAffected([group()])).toEqual({ groups: 0, servers: 0 });
  });
});
