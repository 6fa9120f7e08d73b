import { describe, expect, it } from 'vitest';
import {
  fromImage,
  IMAGE_NAME_PATTERN,
  toCreateRequest,
  toFtpRequest,
  toPatch,
  type ImageFormValues,
} from './form';
import { makeImage } from './fixtures.test-util';

const base: ImageFormValues = {
  name: ' web-base ',
  description: '',
  visibility: 'private',
  disk_format: 'qcow2',
  virt_type: 'CAS',
  osType: 'linux|CentOS 7(64-bit)',
  min_cpu: 2,
  min_ram: 2048,
  min_disk: 20,
};

describe('toCreateRequest', () => {
  it('sends the OS as cas_ostype for CAS, with min_cpu as the documented string and trimmed text', () => {
    expect(toCreateRequest(base)).toEqual({
      name: 'web-base',
      visibility: 'private',
      disk_format: 'qcow2',
      virt_type: 'CAS',
      min_cpu: '2',
      min_ram: 2048,
      min_disk: 20,
      cas_ostype: 'linux|CentOS 7(64-bit)',
    });
  });
  it('sends vmware_ostype and a sysdisk_type for VMware', () => {
    const body = toCreateRequest({
      ...base,
      virt_type: 'VMware',
      osType: 'ubuntu64Guest',
      sysdisk_type: 'thick',
    });
    expect(body).toMatchObject({ vmware_ostype: 'ubuntu64Guest', sysdisk_type: 'thick' });
    expect(body).not.toHaveProperty('cas_ostype');
  });
  it('includes optional fields only when given', () => {
    const body = toCreateRequest({
      ...base,
      description: ' d ',
      region: 'cas191p1c1',
      protected: true,
      disk_bus: 'virtio',
    });
    expect(body).toMatchObject({
      description: 'd',
      'os-region-name': 'cas191p1c1',
      protected: true,
      disk_bus: 'virtio',
    });
  });
});

describe('toFtpRequest', () => {
  it('wraps in glance, lowercases the md5 and maps sftp to "1"/"0", without protected', () => {
    const body = toFtpRequest({
      ...base,
      protected: true,
      localIp: '10.0.0.5',
      file_name: 'a.iso',
      md5_hash: 'E770EDB9087058EE54EC56C189A2F7E5',
      os_username: 'ftp',
      os_password: 'pw',
      sftp: true,
    });
    expect(body.glance).toMatchObject({
      name: 'web-base',
      localIp: '10.0.0.5',
      md5_hash: 'e770edb9087058ee54ec56c189a2f7e5',
      sftp: '1',
      cas_ostype: 'linux|CentOS 7(64-bit)',
    });
    expect(body.glance).not.toHaveProperty('protected');
  });
});

describe('toPatch', () => {
  it('is empty when nothing changed', () => {
    const img = makeImage();
    expect(toPatch(img, fromImage(img))).toEqual([]);
  });
  it('leaves fields the form did not render alone', () => {
    const img = makeImage({ image_type: 'image' });
    const { image_type: _kind, ...rendered } = fromImage(img);
    expect(toPatch(img, { ...rendered, name: 'x' })).toEqual([
      { op: 'replace', path: '/name', value: 'x' },
    ]);
  });
  it('replaces only what changed, min_cpu as a string', () => {
    const img = makeImage({ image_type: 'snapshot' });
    const ops = toPatch(img, {
      ...fromImage(img),
      name: 'renamed',
      min_cpu: 4,
      protected: true,
      image_type: 'image',
    });
    expect(ops).toEqual([
      { op: 'replace', path: '/name', value: 'renamed' },
      { op: 'replace', path: '/min_cpu', value: '4' },
      { op: 'replace', path: '/protected', value: true },
      { op: 'replace', path: '/image_type', value: 'image' },
    ]);
  });
});

describe('IMAGE_NAME_PATTERN', () => {
  it('accepts ASCII names and rejects Chinese, full-width and forbidden characters', () => {
    expect(IMAGE_NAME_PATTERN.test('CentOS-7.9 (x86_64)')).toBe(true);
    for (const bad of [
      '镜像',
      'ｆｕｌｌ',
      'a/b',
      'a:b',
      'a*b',
      'a?b',
      'a"b',
      'a<b',
      'a|b',
      'a\\b',
    ]) {
      expect(IMAGE_NAME_PATTERN.test(bad), bad).toBe(false);
    }
  });
});
