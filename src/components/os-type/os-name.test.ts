import { describe, expect, it } from 'vitest';
import { osDisplayName, rawOsOf } from './os-name';

const types = [
  {
    imageTypeName: 'CentOS 7 (64 bit)',
    operatingSystem: 'linux|CentOS 7(64-bit)',
    virtType: 'CAS',
  },
  {
    imageTypeName: 'CentOS 7 bare metal (64 bit)',
    operatingSystem: 'linux|CentOS 7(64-bit)',
    virtType: 'BareMetal',
  },
];

describe('osDisplayName', () => {
  it("uses the image type's own name, of the image's virtualization type first", () => {
    expect(osDisplayName('linux|CentOS 7(64-bit)', types, 'CAS')).toBe('CentOS 7 (64 bit)');
    expect(osDisplayName('linux|CentOS 7(64-bit)', types, 'BareMetal')).toBe(
      'CentOS 7 bare metal (64 bit)',
    );
    expect(osDisplayName('linux|CentOS 7(64-bit)', types, 'KVM')).toBe('CentOS 7 (64 bit)');
  });

  it('derives a name from a CAS value no type declares', () => {
    expect(osDisplayName('linux|CentOS 7(64-bit)')).toBe('CentOS 7 (64-bit)');
    expect(osDisplayName('windows|Microsoft Windows Server 2008 R2(64-bit)')).toBe(
      'Microsoft Windows Server 2008 R2 (64-bit)',
    );
    expect(osDisplayName('aix|AIX 7.2')).toBe('AIX 7.2');
  });

  it('names VMware guest ids', () => {
    expect(osDisplayName('windows9Server64Guest')).toBe('Windows Server 2016 (64-bit)');
    expect(osDisplayName('windows2019srvNext_64Guest')).toBe('Windows Server 2022 (64-bit)');
    expect(osDisplayName('rhel8_64Guest')).toBe('Red Hat Enterprise Linux 8 (64-bit)');
    expect(osDisplayName('centos7_64Guest')).toBe('CentOS 7 (64-bit)');
    expect(osDisplayName('ubuntu64Guest')).toBe('Ubuntu Linux (64-bit)');
    expect(osDisplayName('debian11_64Guest')).toBe('Debian GNU/Linux 11 (64-bit)');
  });

  it('shows an unknown value as it is, and nothing for none', () => {
    expect(osDisplayName('plan9Guest')).toBe('plan9Guest');
    expect(osDisplayName('Debian GNU/Linux 4 (64 bit)')).toBe('Debian GNU/Linux 4 (64 bit)');
    expect(osDisplayName('')).toBe('');
  });
});

describe('rawOsOf', () => {
  it('reads whichever field the image uses', () => {
    expect(rawOsOf({ cas_ostype: 'linux|x', vmware_ostype: null })).toBe('linux|x');
    expect(rawOsOf({ cas_ostype: null, vmware_ostype: 'ubuntu64Guest' })).toBe('ubuntu64Guest');
    expect(rawOsOf({})).toBe('');
  });
});
