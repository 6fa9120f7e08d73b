import { describe, expect, it } from 'vitest';
import { rangeOfPage } from '@/api/resources/managed-vms';
import { canPower, ipsOf, isTransitional } from './vm';

describe('managed VM power guards', () => {
  it('starts stopped VMs, stops running ones, reboots either', () => {
    expect(canPower({ status: 'SHUTOFF' }, 'start')).toBe(true);
    expect(canPower({ status: 'ACTIVE' }, 'start')).toBe('running');
    expect(canPower({ status: 'ACTIVE' }, 'stop')).toBe(true);
    expect(canPower({ status: 'SHUTOFF' }, 'stop')).toBe('stopped');
    expect(canPower({ status: 'SHUTOFF' }, 'reboot')).toBe(true);
    expect(canPower({ status: 'ERROR' }, 'reboot')).toBe('error');
    expect(canPower({ status: 'REBOOTING' }, 'stop')).toBe('busy');
  });
  it('knows the transitional states and splits address lists', () => {
    expect(isTransitional({ status: 'POWERING_ON' })).toBe(true);
    expect(isTransitional({ status: 'ACTIVE' })).toBe(false);
    expect(ipsOf('192.168.0.2, 192.168.0.3')).toEqual(['192.168.0.2', '192.168.0.3']);
    expect(ipsOf('')).toEqual([]);
  });
  it('turns a page into the 1-based inclusive f/t range', () => {
    expect(rangeOfPage(1, 20)).toEqual({ f: 1, t: 20 });
    expect(rangeOfPage(3, 50)).toEqual({ f: 101, t: 150 });
  });
});
