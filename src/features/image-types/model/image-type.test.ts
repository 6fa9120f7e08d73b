import { describe, expect, it } from 'vitest';
import {
  canModify,
  matches,
  operatingSystemFormat,
  toCreateRequest,
  toUpdateRequest,
  TYPE_NAME_PATTERN,
  type ImageType,
} from './image-type';

const t = (over: Partial<ImageType> = {}): ImageType => ({
  uuid: 'u1',
  imageTypeName: 'CentOS 7 (64 bit)',
  virtType: 'CAS',
  osType: 'Linux',
  operatingSystem: 'linux|CentOS 7(64-bit)',
  addType: 1,
  description: '',
  updateTime: null,
  ...over,
});

describe('image type model', () => {
  it('keeps system types read-only', () => {
    expect(canModify(t({ addType: 0 }))).toBe('system');
    expect(canModify(t())).toBe(true);
  });
  it('validates names as the doc says', () => {
    expect(TYPE_NAME_PATTERN.test('Asianux Server 4 (64 bit)')).toBe(true);
    for (const bad of ['.hidden', 'trailing.', 'a/b', 'a:b', '中文', 'a|b'])
      expect(TYPE_NAME_PATTERN.test(bad), bad).toBe(false);
  });
  it('knows the hypervisor formats of operatingSystem', () => {
    expect(operatingSystemFormat('CAS')?.test('linux|CentOS 7(64-bit)')).toBe(true);
    expect(operatingSystemFormat('CAS')?.test('CentOS 7')).toBe(false);
    expect(operatingSystemFormat('VMware')?.test('ubuntu64Guest')).toBe(true);
    expect(operatingSystemFormat('VMware')?.test('ubuntu 64')).toBe(false);
    expect(operatingSystemFormat('KVM')).toBeNull();
  });
  it('creates user types with trimmed fields and updates by uuid', () => {
    const v = {
      imageTypeName: ' X ',
      description: ' d ',
      virtType: 'CAS' as const,
      osType: ' Linux ',
      operatingSystem: ' linux|X ',
    };
    expect(toCreateRequest(v)).toEqual({
      imageTypeName: 'X',
      description: 'd',
      virtType: 'CAS',
      osType: 'Linux',
      operatingSystem: 'linux|X',
      addType: 1,
    });
    expect(toUpdateRequest('u9', v).uuid).toBe('u9');
  });
  it('filters by text and origin', () => {
    expect(matches(t(), { search: 'centos' })).toBe(true);
    expect(matches(t(), { search: 'windows' })).toBe(false);
    expect(matches(t(), { addType: 0 })).toBe(false);
  });
});
