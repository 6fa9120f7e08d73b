import { describe, expect, it } from 'vitest';
import { ipsOf } from './addresses';

describe('ipsOf', () => {
  it('flattens the addresses by network, fixed before floating', () => {
    const ips = ipsOf({
      addresses: {
        biz: [
          {
            addr: '172.24.4.9',
            version: 4,
            'OS-EXT-IPS:type': 'floating',
            'OS-EXT-IPS-MAC:mac_addr': 'fa:16:3e:00:00:01',
          },
          {
            addr: '10.0.0.5',
            version: 4,
            'OS-EXT-IPS:type': 'fixed',
            'OS-EXT-IPS-MAC:mac_addr': 'fa:16:3e:00:00:01',
          },
        ],
        mgmt: [
          {
            addr: '192.168.1.7',
            version: 4,
            'OS-EXT-IPS:type': 'fixed',
            'OS-EXT-IPS-MAC:mac_addr': 'fa:16:3e:00:00:02',
          },
        ],
      },
    });
    expect(ips.map((i) => `${i.network}:${i.addr}:${i.type}`)).toEqual([
      'biz:10.0.0.5:fixed',
      'mgmt:192.168.1.7:fixed',
      'biz:172.24.4.9:floating',
    ]);
  });
});
