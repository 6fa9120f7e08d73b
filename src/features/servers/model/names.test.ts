import { describe, expect, it } from 'vitest';
import {
  ALIAS,
  SERVER_NAME,
  SERVER_NAME_MAX,
  WINDOWS_NAME_ADVISED,
  isWindowsImage,
  longestServerName,
  nameMaxFor,
} from './names';

describe('server name (004:L6048, ServerName in the spec)', () => {
  it('allows what the spec allows: up to 255 characters of letters, digits and -', () => {
    expect(SERVER_NAME_MAX).toBe(255);
    expect(SERVER_NAME.test(`a${'b'.repeat(60)}`)).toBe(true);
    expect(SERVER_NAME.test('web-01')).toBe(true);
    expect(SERVER_NAME.test('1web')).toBe(false);
    expect(SERVER_NAME.test('web-')).toBe(false);
  });

  it('leaves room for the -N suffix when several servers are created', () => {
    expect(nameMaxFor(1)).toBe(255);
    expect(nameMaxFor(9)).toBe(253);
    expect(nameMaxFor(10)).toBe(252);
    expect(longestServerName('web', 1)).toBe('web');
    expect(longestServerName('web', 10)).toBe('web-10');
  });

  it('advises 15 characters for Windows guests, whose computer name it becomes', () => {
    expect(WINDOWS_NAME_ADVISED).toBe(15);
    expect(isWindowsImage({ cas_ostype: 'windows|Microsoft Windows 10(64-bit)' })).toBe(true);
    expect(isWindowsImage({ vmware_ostype: 'windows9Server64Guest' })).toBe(true);
    expect(isWindowsImage({ vmware_ostype: 'win31Guest' })).toBe(true);
    expect(isWindowsImage({ cas_ostype: 'linux|CentOS 7(64-bit)' })).toBe(false);
    expect(isWindowsImage({ vmware_ostype: 'rhel8_64Guest' })).toBe(false);
    expect(isWindowsImage(undefined)).toBe(false);
  });

  it('keeps the display name rule', () => {
    expect(ALIAS.test('数据库 主机')).toBe(true);
    expect(ALIAS.test('.x')).toBe(false);
  });
});
