import { describe, expect, it } from 'vitest';
import { isMac, normalizeMac, toCreateRequest, toPatch, type NodeFormValues } from './enroll';

describe('enroll mapping', () => {
  it('builds the create body and the MAC list, leaving out empty fields', () => {
    const { body, macs } = toCreateRequest({
      name: ' bm-1 ',
      driver: 'ipmi',
      ipmi_address: '10.0.0.9',
      ipmi_password: 'secret',
      cpus: 16,
      memory_mb: 65536,
      macs: ['52-54-00-AA-BB-CC', ' '],
    });
    expect(body).toEqual({
      name: 'bm-1',
      driver: 'ipmi',
      driver_info: { ipmi_address: '10.0.0.9', ipmi_password: 'secret' },
      properties: { cpus: '16', memory_mb: '65536' },
    });
    expect(macs).toEqual(['52:54:00:aa:bb:cc']);
  });

  it('checks MAC addresses', () => {
    expect(isMac('52:54:00:12:34:56')).toBe(true);
    expect(isMac('52-54-00-12-34-56')).toBe(true);
    expect(isMac('52:54:00-12:34:56')).toBe(false);
    expect(isMac('52:54:00:12:34')).toBe(false);
    expect(normalizeMac('AA-BB-CC-DD-EE-FF')).toBe('aa:bb:cc:dd:ee:ff');
  });
});

describe('edit patch', () => {
  const before: NodeFormValues = {
    name: 'bm-1',
    driver: 'ipmi',
    resource_class: 'baremetal.general',
    ipmi_address: '10.0.0.9',
    ipmi_username: 'admin',
    ipmi_password: '',
    cpus: 16,
    cpu_arch: '',
  };

  it('is empty when nothing changed', () => {
    expect(toPatch(before, { ...before })).toEqual([]);
  });

  it('replaces, adds and removes; an empty password keeps the masked one', () => {
    expect(
      toPatch(before, {
        ...before,
        name: 'bm-2',
        resource_class: '',
        cpu_arch: 'x86_64',
        cpus: 32,
      }),
    ).toEqual([
      { op: 'replace', path: '/name', value: 'bm-2' },
      { op: 'remove', path: '/resource_class' },
      { op: 'replace', path: '/properties/cpus', value: '32' },
      { op: 'add', path: '/properties/cpu_arch', value: 'x86_64' },
    ]);
    expect(toPatch(before, { ...before, ipmi_password: 'new' })).toEqual([
      { op: 'add', path: '/driver_info/ipmi_password', value: 'new' },
    ]);
  });
});
